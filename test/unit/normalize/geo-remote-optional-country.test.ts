import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const ctx = { countryHint: null, contextCountries: new Set<string>() };
const read = (text: string) =>
  parseLocationText(text, ctx).map((l) => ({ city: l.city, country: l.country, workplace: l.workplace }));

describe('"remote possible" over a whole country or a wider area is remote within it', () => {
  it.each([
    ['US, friendly', 'Remote-friendly (US only)', [{ city: null, country: 'US', workplace: 'remote' }]],
    ['Germany, possible', 'Germany (remote possible)', [{ city: null, country: 'DE', workplace: 'remote' }]],
    ['Canada, optional', 'Canada - remote optional', [{ city: null, country: 'CA', workplace: 'remote' }]],
    ['Japanese, whole country', '日本国内（リモート可）', [{ city: null, country: 'JP', workplace: 'remote' }]],
    [
      'an alternative after two offices',
      'Austin, TX; Chicago, IL; or Remote-friendly (US only)',
      [
        { city: 'Austin', country: 'US', workplace: null },
        { city: 'Chicago', country: 'US', workplace: null },
        { city: null, country: 'US', workplace: 'remote' },
      ],
    ],
  ])('%s: %s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a city', 'Berlin, remote possible', 'hybrid'],
    ['a city in brackets', 'London (remote friendly)', 'hybrid'],
    ['a city with its country', 'Munich, Germany (remote possible)', 'hybrid'],
    ['a city in Japanese', '東京都渋谷区（リモート可）', 'hybrid'],
  ])('counter-case, at %s it stays hybrid: %s', (_name, text, workplace) => {
    expect(read(text)).toEqual([expect.objectContaining({ workplace })]);
  });
});
