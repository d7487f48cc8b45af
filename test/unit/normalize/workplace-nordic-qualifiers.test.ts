import { normalizeLocations } from '../../../shared/normalize/locations';
import { workplaceFromText } from '../../../shared/sources/workplace';

/**
 * Nordic remote statuses with a qualifier, as Teamtailor and Nordic postings write them: "Helt på distans"
 * (fully remote), "Delvis på distans" (partly remote, i.e. hybrid), "Osittain etänä".
 */
const workplaceIn = (text: string) =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint: null })[0]?.workplace;

describe('qualified Nordic remote statuses', () => {
  it.each<[string, string, 'remote' | 'hybrid']>([
    ['sv fully', 'Helt på distans', 'remote'],
    ['sv fully (fullt)', 'Fullt på distans', 'remote'],
    ['sv partly', 'Delvis på distans', 'hybrid'],
    ['da/nb fully from home', 'Helt hjemmefra', 'remote'],
    ['da/nb partly from home', 'Delvis hjemmefra', 'hybrid'],
    ['fi partly', 'Osittain etänä', 'hybrid'],
  ])('a label: %s (%s)', (_name, label, workplace) => expect(workplaceFromText(label)).toBe(workplace));

  it.each<[string, string, 'remote' | 'hybrid']>([
    ['sv fully', 'Malmö, helt på distans', 'remote'],
    ['sv partly', 'Malmö (delvis på distans)', 'hybrid'],
    ['nb partly remote', 'Bergen – delvis remote', 'hybrid'],
  ])('a location text: %s (%s)', (_name, text, workplace) => expect(workplaceIn(text)).toBe(workplace));
});

describe('the qualifier alone names nothing', () => {
  it.each([['Helt'], ['Delvis']])('%s', (label) => expect(workplaceFromText(label)).toBeNull());
});
