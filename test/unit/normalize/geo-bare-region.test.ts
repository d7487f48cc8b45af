import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const ctx = { countryHint: null, contextCountries: new Set<string>() };
const read = (text: string, hint: string | null = null) =>
  parseLocationText(text, { ...ctx, countryHint: hint }).map((l) => [l.city, l.region, l.country]);

describe('a bare first-level region name reads as the region, not a smaller town of the same name elsewhere', () => {
  it.each([
    ['Florida', null, 'Florida', 'US'],
    ['florida', null, 'Florida', 'US'],
    ['Ontario', null, 'Ontario', 'CA'],
    ['Ontario (remote)', null, 'Ontario', 'CA'],
    ['Bavaria', null, 'Bavaria', 'DE'],
    ['Bayern', null, 'Bavaria', 'DE'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    // a namesake town inside the region keeps the name
    ['Florida, Uruguay', 'Florida', 'Florida', 'UY'],
    ['Vienna', 'Vienna', 'Vienna', 'AT'],
    ['Berlin', 'Berlin', 'Berlin', 'DE'],
    ['Melbourne', 'Melbourne', 'Victoria', 'AU'],
    ['Paris, France', 'Paris', 'Île-de-France', 'FR'],
    ['London, UK', 'London', 'England', 'GB'],
    // a large town elsewhere keeps its name beside a minor region of another country
    ['Santa Barbara', 'Santa Barbara', 'California', 'US'],
  ])('counter-case: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    // a city named like its own region, with a smaller namesake elsewhere in the country, is the city
    ['Uppsala', 'Uppsala', 'Uppsala County', 'SE'],
    ['Gwangju', 'Gwangju', 'Gwangju', 'KR'],
    ['Żebbuġ', 'Żebbuġ', 'Żebbuġ', 'MT'],
  ])('a namesake city inside the region outweighs a smaller one elsewhere: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    // a region with no namesake city inside it stays the region
    ['Limburg', null, 'Limburg', 'NL'],
    ['Texas', null, 'Texas', 'US'],
    ['Uppsala län', null, 'Uppsala County', 'SE'],
  ])('counter-case: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it('the posting country still decides for the town: "Florida" on a Cuban posting is the town in Cuba', () => {
    expect(read('Florida', 'CU')).toEqual([['Florida', 'Camagüey', 'CU']]);
  });
});
