import { normalizeLocations } from '../../../shared/normalize/locations';
import { nominativesOf } from '../../../shared/normalize/geo/locative-forms';
import { textsInput } from '../../support/location-input';

const read = (text: string) =>
  normalizeLocations(textsInput([text])).map((l) => ({ city: l.city, country: l.country, workplace: l.workplace }));

describe('remote work from a country keeps the country (DESIGN: remote-in-country jobs keep it)', () => {
  it.each([
    ['zdalnie z Polski', 'PL'],
    ['Praca zdalna z Polski', 'PL'],
    ['Remote ze Slovenska', 'SK'],
    ['práce z domova z Česka', 'CZ'],
    ['удалённо из России', 'RU'],
    ["a distanza dall'Italia", 'IT'],
    ["Da remoto dall'Italia", 'IT'],
    ['en remoto desde España', 'ES'],
    ['Remote from Poland', 'PL'],
    ['Remote (from Germany)', 'DE'],
    ['Remote aus Deutschland', 'DE'],
  ])('"%s" → remote in %s', (text, country) => {
    expect(read(text)).toEqual([{ city: null, country, workplace: 'remote' }]);
  });

  it('an office or remote from the country are two locations, the remote one in the country', () => {
    expect(read('Wrocław (praca hybrydowa, 2 dni w biurze) lub zdalnie z Polski')).toEqual([
      { city: 'Wrocław', country: 'PL', workplace: 'hybrid' },
      { city: null, country: 'PL', workplace: 'remote' },
    ]);
  });

  it.each([
    ['z Niemiec', 'DE'],
    ['z Czech', 'CZ'],
  ])('a Polish country name in the genitive after "z" is the country: "%s"', (text, country) => {
    expect(read(text)).toEqual([{ city: null, country, workplace: null }]);
  });

  it.each([
    // "z" is also "with": a capitalised word that declines to no place is no place
    ['Praca z Kubernetes', [{ city: null, country: null, workplace: null }]],
    ['Remote from anywhere', [{ city: null, country: null, workplace: 'remote' }]],
    // the locative after "w" reads as before
    ['Praca w Krakowie', [{ city: 'Kraków', country: 'PL', workplace: null }]],
  ])('counter-case: "%s"', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('genitive endings are read only after a "from" preposition', () => {
    expect(nominativesOf('polski', true)).toContain('polska');
    expect(nominativesOf('polski')).not.toContain('polska');
    expect(nominativesOf('krakowie')).toContain('krakow');
    expect(nominativesOf('krakowie', true)).not.toContain('krakow');
  });
});
