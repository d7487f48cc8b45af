import { normalizeLocations } from '../../../shared/normalize/locations';
import { remoteArea } from '../../../shared/normalize/document/workplace-answer';
import { workplaceFromText } from '../../../shared/sources/workplace';

/**
 * A workplace label that denies remote work ("No remote", Teamtailor's Swedish "Inte på distans") states an
 * on-site job. Read whole, the remote word in it said remote, and under a "remote?" label it became the remote
 * area "Remote (Inte på distans)".
 */
describe('a label denying remote work is on-site', () => {
  it.each([
    ['en', 'No remote'],
    ['en', 'Not remote'],
    ['en', 'Non-remote'],
    ['sv', 'Inte på distans'],
    ['da', 'Ikke hjemmefra'],
    ['de', 'Kein Homeoffice'],
    ['de', 'Nicht remote möglich'],
    ['fr', 'Pas de télétravail'],
    ['es', 'Sin teletrabajo'],
    ['nl', 'Geen thuiswerk'],
    ['pl', 'Brak pracy zdalnej'],
    ['fi', 'Ei etätyötä'],
  ])('%s: %s', (_lang, label) => expect(workplaceFromText(label)).toBe('onsite'));
});

describe('other labels read as before', () => {
  it.each<[string, string, 'remote' | 'hybrid' | null]>([
    ['a remote label', 'Remote', 'remote'],
    ['a Swedish remote label', 'På distans', 'remote'],
    ['a Swedish hybrid label', 'Hybrid på distans', 'hybrid'],
    ['a denial of something else', 'No hybrid', null],
    ['a bare no', 'No', null],
    ['a denial that names no arrangement', 'Sin experiencia', null],
    ['an unspecified value', 'Not specified', null],
  ])('%s (%s)', (_name, label, workplace) => expect(workplaceFromText(label)).toBe(workplace));
});

describe('under a "remote?" label a denial is no remote area', () => {
  it.each([
    ['Distansarbete', 'Inte på distans'],
    ['Remote', 'Not remote'],
    ['Homeoffice', 'Kein Homeoffice'],
  ])('%s: %s', (label, value) => expect(remoteArea(label, value)).toBeNull());

  it('a place under it still is one', () => expect(remoteArea('Distansarbete', 'Sverige')).toBe('Remote (Sverige)'));

  it('a city whose location text denies remote work is on-site', () => {
    const [place] = normalizeLocations({
      raw: [],
      texts: ['Göteborg'],
      workplace: workplaceFromText('Inte på distans'),
      bodyText: '',
      countryHint: null,
    });
    expect(place).toEqual(expect.objectContaining({ city: 'Gothenburg', workplace: 'onsite' }));
  });
});
