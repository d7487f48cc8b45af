import { normalizeLocations, type LocationInput } from '../../../shared/normalize/locations';

const input = (texts: string[]): LocationInput => ({
  raw: [],
  texts,
  workplace: null,
  bodyText: '',
  countryHint: null,
});
const read = (text: string) => normalizeLocations(input([text]))[0];

describe('cities of countries writing another script resolve from their other Latin names (GeoNames)', () => {
  it.each([
    ['an English exonym with -s', 'Patras', 'Patra', 'GR'],
    ['an English exonym, with the country', 'Heraklion, Greece', 'Irakleio', 'GR'],
    ['a German exonym', 'Saloniki', 'Thessaloniki', 'GR'],
    ['a Russian-based romanisation', 'Kharkov', 'Kharkiv', 'UA'],
    ['a Russian-based romanisation, another city', 'Nikolaev', 'Mykolaiv', 'UA'],
    ['a historical exonym', 'Lemberg', 'Lviv', 'UA'],
    ['a German exonym of a capital', 'Moskau', 'Moscow', 'RU'],
    ['a Hebrew city romanised another way', 'Beer Sheva', 'Beersheba', 'IL'],
  ])('%s: %s', (_name, text, city, country) => {
    expect(read(text)).toMatchObject({ city, country });
  });

  it('a name a much smaller city bears elsewhere goes to the larger one; its region keeps the smaller one', () => {
    expect(read('Odessa')).toMatchObject({ city: 'Odesa', country: 'UA' });
    expect(read('Odessa, TX')).toMatchObject({ city: 'Odessa', region: 'Texas', country: 'US' });
  });

  it("a region's own name stays the region, not the city in it", () => {
    expect(read('DKI Jakarta')).toMatchObject({ city: null, region: 'DKI Jakarta', country: 'ID' });
  });

  it('a country name a city also bears in another language stays the country', () => {
    expect(read('Monaco')).toMatchObject({ country: 'MC' });
  });
});

describe('a city inside a same-named region is not outranked by another region of its spelling', () => {
  it.each([
    ['the Russian-based spelling of a city region', 'Kiev', 'Kyiv', 'Kyiv'],
    ['the city region', 'Kyiv', 'Kyiv', 'Kyiv'],
  ])('%s: %s', (_name, text, city, region) => {
    expect(read(text)).toMatchObject({ city, region, country: 'UA' });
  });

  it.each([
    ['Kiev Oblast', 'Kyiv Oblast', 'UA'],
    ['Moscow Oblast', 'Moscow Oblast', 'RU'],
  ])('the oblast named as such stays the oblast: %s', (text, region, country) => {
    expect(read(text)).toMatchObject({ city: null, region, country });
  });
});
