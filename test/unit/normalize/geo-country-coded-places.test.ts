import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const read = (text: string, hint: string | null = null) =>
  parseLocationText(text, { countryHint: hint, contextCountries: new Set<string>() }).map((l) => [
    l.city,
    l.region,
    l.country,
    l.text,
  ]);

describe('"City, REGIONCODE, COUNTRYCODE[, postcode]": the country written last decides the code between', () => {
  it.each([
    // a first-level code of that country is its region, not Belarus, Michigan, New Hampshire or Utah
    ['Nürnberg, BY, DE', 'Nuremberg', 'Bavaria', 'DE'],
    ['Hannover, NI, DE', 'Hanover', 'Lower Saxony', 'DE'],
    ['Kleinmachnow, BB, DE', 'Kleinmachnow', 'Brandenburg', 'DE'],
    ['Lyon, ARA, FR', 'Lyon', 'Auvergne-Rhône-Alpes', 'FR'],
    ['Lille, HDF, FR', 'Lille', 'Hauts-de-France', 'FR'],
    ['Amsterdam, NH, NL', 'Amsterdam', 'North Holland', 'NL'],
    ['Utrecht, UT, NL', 'Utrecht', 'Utrecht', 'NL'],
    ['Bern, BE, CH', 'Bern', 'Bern', 'CH'],
    ['Bruxelles, BRU, BE', 'Brussels', 'Brussels', 'BE'],
    ['Sevilla, SE, ES', 'Seville', 'Andalusia', 'ES'],
    ['Warszawa, MZ, PL', 'Warsaw', 'Masovian Voivodeship', 'PL'],
    ['Kraków, 12, PL', 'Kraków', 'Lesser Poland Voivodeship', 'PL'],
    ['Osaka, 27, JP', 'Osaka', 'Osaka', 'JP'],
    ['Wien, 9, AT', 'Vienna', 'Vienna', 'AT'],
    ['Guadalajara, JAL, MX', 'Guadalajara', 'Jalisco', 'MX'],
    ['Pune, MH, IN', 'Pune', 'Maharashtra', 'IN'],
    // an Italian, Spanish or Belgian province code is read as the region it lies in
    ['Milano, MI, IT', 'Milan', 'Lombardy', 'IT'],
    ['Torino, TO, IT', 'Turin', 'Piedmont', 'IT'],
    ['Bolzano, BZ, IT', 'Bolzano', 'Trentino-Alto Adige/Südtirol', 'IT'],
    ['Villaggio Nuovo, MI, IT', 'Villaggio Nuovo', 'Lombardy', 'IT'],
    ['Barcelona, B, ES', 'Barcelona', 'Catalonia', 'ES'],
    ['Getafe, M, ES', 'Getafe', 'Community of Madrid', 'ES'],
    ['Gent, VOV, BE', 'Ghent', 'Flemish', 'BE'],
    // a code the country does not have (a French département) is no place: the city gives the region
    ['Lyon, 69, FR', 'Lyon', 'Auvergne-Rhône-Alpes', 'FR'],
    // the country by name
    ['Milano, MI, Italy', 'Milan', 'Lombardy', 'IT'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country, text]]);
  });

  it.each([
    ['Nürnberg, BY, DE, 90431', 'Nuremberg', 'Bavaria', 'DE'],
    ['Madrid, M, ES, 28001', 'Madrid', 'Community of Madrid', 'ES'],
    ['Curitiba, PR, BR, 80000-000', 'Curitiba', 'Paraná', 'BR'],
    ['Kingston, ON, CA, K7L 3N6', 'Kingston', 'Ontario', 'CA'],
  ])('a postcode after the country is no place, and the text stays as written: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country, text]]);
  });

  it.each([
    'Nürnberg, BY, DE; Milano, MI, IT',
    'Nürnberg, BY, DE / Milano, MI, IT',
    'Nürnberg, BY, DE or Milano, MI, IT',
  ])('each of several coded places is read by its own country: %s', (text) => {
    expect(read(text).map((l) => l.slice(0, 3))).toEqual([
      ['Nuremberg', 'Bavaria', 'DE'],
      ['Milan', 'Lombardy', 'IT'],
    ]);
  });

  it.each([
    // no country last: read as before
    ['Paris, TX', 'Paris', 'Texas', 'US'],
    ['Kingston, ON', 'Kingston', 'Ontario', 'CA'],
    // the country last agrees with the code's usual reading
    ['Austin, TX, US, 78701', 'Austin', 'Texas', 'US'],
    ['Toronto, ON, CA', 'Toronto', 'Ontario', 'CA'],
    ['San Francisco, CA, US', 'San Francisco', 'California', 'US'],
    ['Dallas, TX, USA', 'Dallas', 'Texas', 'US'],
    ['München, Bavaria, DE', 'Munich', 'Bavaria', 'DE'],
  ])('counter-case: %s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country, text]]);
  });

  it('counter-case: a town known only outside the last country keeps a country code before it as a place', () => {
    expect(read('Lisbon, PT, ES').map((l) => l.slice(0, 3))).toEqual([
      ['Lisbon', 'Lisbon', 'PT'],
      [null, null, 'ES'],
    ]);
  });

  it('counter-case: two cities before a country stay two places', () => {
    expect(read('Berlin, Munich, DE').map((l) => l.slice(0, 3))).toEqual([
      ['Berlin', 'Berlin', 'DE'],
      ['Munich', 'Bavaria', 'DE'],
    ]);
  });
});
