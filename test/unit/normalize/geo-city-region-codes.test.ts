import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const read = (text: string, hint: string | null = null) =>
  parseLocationText(text, { countryHint: hint, contextCountries: new Set<string>() }).map((l) => [
    l.city,
    l.region,
    l.country,
  ]);

describe('"City, CODE" with no country after it: a code that is the city\'s own region is that region', () => {
  it.each([
    // first-level ISO 3166-2 codes the gazetteer does not index as state abbreviations
    ['Nürnberg, BY', 'Nuremberg', 'Bavaria', 'DE'],
    ['München (BY)', 'Munich', 'Bavaria', 'DE'],
    ['Nürnberg BY', 'Nuremberg', 'Bavaria', 'DE'],
    ['Berlin, BE', 'Berlin', 'Berlin', 'DE'],
    ['Stuttgart, BW', 'Stuttgart', 'Baden-Württemberg', 'DE'],
    ['Salzburg, 5', 'Salzburg', 'Salzburg', 'AT'],
    ['Graz, 6', 'Graz', 'Styria', 'AT'],
    ['Kraków, 12', 'Kraków', 'Lesser Poland Voivodeship', 'PL'],
    // a province code is read as the region it lies in
    ['Milano, MI', 'Milan', 'Lombardy', 'IT'],
    ['Genova, GE', 'Genoa', 'Liguria', 'IT'],
    ['Genova (GE)', 'Genoa', 'Liguria', 'IT'],
    ['Valencia, V', 'Valencia', 'Valencian Community', 'ES'],
    ['Alicante, A', 'Alicante', 'Valencian Community', 'ES'],
    // a country's own abbreviation of a state, dotted or not, where it is not the ISO code (MX-NLE, MX-BCN)
    ['Monterrey, N.L.', 'Monterrey', 'Nuevo León', 'MX'],
    ['Monterrey, NL', 'Monterrey', 'Nuevo León', 'MX'],
    ['San Pedro Garza García, N.L.', 'San Pedro Garza García', 'Nuevo León', 'MX'],
    ['Tijuana, B.C.', 'Tijuana', 'Baja California', 'MX'],
    ['Mexicali BC', 'Mexicali', 'Baja California', 'MX'],
    // a French département number in brackets is the region it lies in, and confirms the French town
    ['Saint-Denis (93)', 'Saint-Denis', 'Île-de-France', 'FR'],
    ['Nanterre (92)', 'Nanterre', 'Île-de-France', 'FR'],
    ['Lyon (69)', 'Lyon', 'Auvergne-Rhône-Alpes', 'FR'],
    ['Marseille (13)', 'Marseille', "Provence-Alpes-Côte d'Azur", 'FR'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    // the code's usual reading where the city is in that state
    ['Paris, TX', 'Paris', 'Texas', 'US'],
    ['Portland, OR', 'Portland', 'Oregon', 'US'],
    ['Valencia, CA', 'Valencia', 'California', 'US'],
    ['Perth, WA', 'Perth', 'Western Australia', 'AU'],
    ['Pune, MH', 'Pune', 'Maharashtra', 'IN'],
    ['Toronto, ON', 'Toronto', 'Ontario', 'CA'],
    ["St. John's, NL", "St. John's", 'Newfoundland and Labrador', 'CA'],
    ['Vancouver, BC', 'Vancouver', 'British Columbia', 'CA'],
    ['Amsterdam, NL', 'Amsterdam', 'North Holland', 'NL'],
    ['Minsk, BY', 'Minsk', 'Minsk', 'BY'],
    // a code naming another region of the city's country is no region of it: Vienna's 3rd district
    ['Wien 3', 'Vienna', 'Vienna', 'AT'],
    // a bracketed number after a town of another country is no département
    ['Springfield (92)', 'Springfield', 'Massachusetts', 'US'],
    ['Saint-Denis', 'Saint-Denis', null, 'RE'],
  ])('counter-case: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    ['Kleinmachnow, BB', 'DE', 'Brandenburg', 'DE'],
    ['Kleinmachnow, BY', 'DE', 'Bavaria', 'DE'],
    ['Zwaanshoek, NH', 'NL', 'North Holland', 'NL'],
    ['Sant Just Desvern, CT', 'ES', 'Catalonia', 'ES'],
  ])(
    "a town the gazetteer lacks takes the code as a region of the posting's country: %s (%s)",
    (text, hint, region, country) => {
      expect(read(text, hint)).toEqual([[text.split(',')[0], region, country]]);
    },
  );

  it("counter-case: without the posting's country, a lacked town keeps the code's usual reading", () => {
    expect(read('Smalltown, MI')).toEqual([['Smalltown', 'Michigan', 'US']]);
    expect(read('Kleinmachnow, BY')).toEqual([['Kleinmachnow', null, 'BY']]);
  });
});

describe('a town the gazetteer lacks keeps the lower-case particles of its name', () => {
  it.each([
    ['Zell am See, 5, AT', 'Zell am See', 'Salzburg', 'AT'],
    ['Zell am See, Austria', 'Zell am See', null, 'AT'],
    ['Rothenburg ob der Tauber, Germany', 'Rothenburg ob der Tauber', null, 'DE'],
    ['Villafranca del Bierzo, Spain', 'Villafranca del Bierzo', null, 'ES'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    // a preposition of place is no particle: the town is the word after it
    ['Office in Smalltown, Germany', 'Smalltown', null, 'DE'],
    // a particle leading to no further word names no town
    ['Zell am, AT', null, null, 'AT'],
  ])('counter-case: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });
});

describe('a town the gazetteer lacks, read through a namesake elsewhere, keeps the words of its name before it', () => {
  it.each([
    ['Thuận An, Bình Dương', 'Thuận An', 'Binh Duong', 'VN'],
    ['North Kingston, Ontario', 'North Kingston', 'Ontario', 'CA'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    ['Kingston, Ontario', 'Kingston', 'Ontario', 'CA'],
    ['Tân Uyên, Bình Dương', 'Tan Uyen', 'Binh Duong', 'VN'],
    ['Madrid Centro, Spain', 'Madrid', 'Community of Madrid', 'ES'],
  ])('counter-case: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });
});
