import { gazetteer, placesNamed } from '../../../shared/normalize/geo/gazetteer';
import { CITY_ALIASES, DISTRICTS, REGION_ALIASES, COUNTRY_ALIASES } from '../../../shared/normalize/geo/curated-places';
import { fold } from '../../../shared/normalize/geo/fold';
import { parseNumber, findAmounts } from '../../../shared/normalize/money/amounts';

describe('the gazetteer covers the places postings name', () => {
  const g = gazetteer();
  const regionsOf = (country: string): number => [...g.regions.values()].filter((r) => r.country === country).length;
  test('every ISO 3166-1 country is there', () => expect(g.countries.size).toBeGreaterThanOrEqual(249));
  test('well over a thousand cities are there', () =>
    expect(new Set([...g.cities.values()]).size).toBeGreaterThan(10_000));
  const subdivisions: [string, number][] = [
    ['US', 51],
    ['JP', 47],
    ['DE', 16],
    ['CA', 13],
    ['AU', 8],
    ['IN', 36],
    ['VN', 63],
  ];
  test.each(subdivisions)('%s has its %i first-level regions', (country, count) =>
    expect(regionsOf(country)).toBeGreaterThanOrEqual(count),
  );
  test.each(CITY_ALIASES.map((row) => [row[0], row[1]]))('curated city %s (%s) exists', (name, country) => {
    expect(g.cities.get(`${name}|${country}`)).toBeDefined();
  });
  test.each(DISTRICTS.map((row) => [row[0], row[1]]))('district parent %s (%s) exists', (name, country) => {
    expect(g.cities.get(`${name}|${country}`)).toBeDefined();
  });
  test.each(REGION_ALIASES.map((row) => [row[0], row[1]]))('curated region %s-%s exists', (country, code) => {
    expect(g.regions.get(`${country}-${code}`)).toBeDefined();
  });
  test.each(COUNTRY_ALIASES.map((row) => [row[0]]))('curated country %s exists', (code) =>
    expect(g.countries.get(code!)).toBeDefined(),
  );
  const names: [string, string, string][] = [
    ['東京', 'city', 'Tokyo'],
    ['大阪', 'city', 'Osaka'],
    ['München', 'city', 'Munich'],
    ['Köln', 'city', 'Cologne'],
    ['Wien', 'city', 'Vienna'],
    ['Praha', 'city', 'Prague'],
    ['Lisboa', 'city', 'Lisbon'],
    ['HCMC', 'city', 'Ho Chi Minh City'],
    ['Sài Gòn', 'city', 'Ho Chi Minh City'],
    ['Hà Nội', 'city', 'Hanoi'],
    ['NYC', 'city', 'New York'],
    ['Bayern', 'region', 'Bavaria'],
    ['神奈川県', 'region', 'Kanagawa'],
    ['NSW', 'region', 'New South Wales'],
    ['Deutschland', 'country', 'Germany'],
  ];
  test.each(names)('%s names a %s called %s', (spelling, kind, name) => {
    const found = placesNamed(spelling).find((r) => r.kind === kind);
    const got =
      found?.kind === 'city'
        ? found.city.name
        : found?.kind === 'region'
          ? found.region.name
          : found?.kind === 'country'
            ? found.country.name
            : null;
    expect(got).toBe(name);
  });
});

describe('fold gives one spelling for every way of writing a name', () => {
  const rows: [string, string][] = [
    ['München', 'munchen'],
    ['MÜNCHEN', 'munchen'],
    ['Hà Nội', 'ha noi'],
    ['Đà Nẵng', 'da nang'],
    ['Winston-Salem', 'winston salem'],
    ['  St. Louis ', 'st louis'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
  ];
  test.each(rows)('%j → %j', (text, folded) => expect(fold(text)).toBe(folded));
});

describe('parseNumber reads locale number formats', () => {
  const rows: [string, number][] = [
    ['65.000', 65000],
    ['65,000', 65000],
    ['65 000', 65000],
    ["65'000", 65000],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['24.50', 24.5],
    ['1,5', 1.5],
    ['1.000.000', 1000000],
    ['12', 12],
  ];
  test.each(rows)('%j → %d', (text, value) => expect(parseNumber(text)).toBe(value));
});

describe('findAmounts reads multipliers and currencies next to numbers', () => {
  const rows: [string, number, string | null][] = [
    ['$165K', 165000, '$'],
    ['600万円', 6000000, '円'],
    ['1億2000万円', 120000000, '円'],
    ['12 LPA', 1200000, null],
    ['30 triệu', 30000000, null],
    ['€2.5 Mio.', 2500000, '€'],
    ['3,500 USD', 3500, 'USD'],
    ['5 mil R$', 5000, 'R$'],
  ];
  test.each(rows)('%j → %d', (text, value, currency) => {
    const [amount] = findAmounts(text);
    expect(amount?.value).toBe(value);
    expect(amount?.currency ?? null).toBe(currency);
  });
});
