import { normalizeDate } from '../../../shared/normalize/dates';
import { parseLocationText } from '../../../shared/normalize/geo/location-text';

describe('dates with month names in more languages', () => {
  test.each([
    ['id', '17 Agustus 2027', '2027-08-17'],
    ['tr', '29 Ekim 2026', '2026-10-29'],
    ['tr with a dotless i', '4 Kasım 2026', '2026-11-04'],
    ['sv', '6 juni 2027', '2027-06-06'],
    ['da', '1. marts 2027', '2027-03-01'],
    ['nl', '12 oktober 2026', '2026-10-12'],
    ['cs genitive', '28. října 2026', '2026-10-28'],
    ['pl genitive', '11 listopada 2026', '2026-11-11'],
  ])('%s: %s', (_name, text, iso) => expect(normalizeDate(text)).toBe(iso));

  test('an unknown month word is still no date', () => expect(normalizeDate('12 Foobar 2026')).toBeNull());
});

const ctx = { countryHint: null, contextCountries: new Set<string>() };
const places = (text: string) => parseLocationText(text, ctx).map((l) => [l.city, l.country]);

describe('a district written after its city is no second location', () => {
  test.each([
    ['an Indonesian compass district and the province', 'Jakarta Barat, DKI Jakarta', [['Jakarta', 'ID']]],
    ['a Czech district after a dash, namesake of a Romanian town', 'Brno – Slatina', [['Brno', 'CZ']]],
  ])('%s: %s', (_name, text, expected) => expect(places(text)).toEqual(expected));

  test.each([
    [
      'two capitals across a border',
      'Berlin – Wien',
      [
        ['Berlin', 'DE'],
        ['Vienna', 'AT'],
      ],
    ],
    [
      'two cities of one country',
      'Leeds – Manchester',
      [
        ['Leeds', 'GB'],
        ['Manchester', 'GB'],
      ],
    ],
  ])('two cities stay two: %s', (_name, text, expected) => expect(places(text)).toEqual(expected));
});
