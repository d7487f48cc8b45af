import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const ctx = { countryHint: null, contextCountries: new Set<string>() };
const read = (text: string) => parseLocationText(text, ctx).map((l) => [l.city, l.region, l.country]);

describe('a first-level region named in full after a city places the city, however many towns share its name', () => {
  it.each([
    ['Melbourne, Florida', 'Melbourne', 'Florida', 'US'],
    ['Melbourne, Florida (on-site)', 'Melbourne', 'Florida', 'US'],
    ['Palm Bay, Florida', 'Palm Bay', 'Florida', 'US'],
    ['Santa Fe, New Mexico', 'Santa Fe', 'New Mexico', 'US'],
    ['San José, California', 'San Jose', 'California', 'US'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    ['Melbourne', 'Melbourne', 'Victoria', 'AU'],
    ['Melbourne, Victoria', 'Melbourne', 'Victoria', 'AU'],
    ['Melbourne, VIC', 'Melbourne', 'Victoria', 'AU'],
    ['Melbourne FL', 'Melbourne', 'Florida', 'US'],
  ])('counter-case, unchanged: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });
});
