import { locationTextWorkplace, parseLocationText } from '../../../shared/normalize/geo/location-text';
import type { ResolveContext } from '../../../shared/normalize/geo/place-resolver';

const ctx: ResolveContext = { countryHint: null, contextCountries: new Set() };

describe('the workplace a structured location’s text states is its first location’s', () => {
  const rows: [string, string, 'remote' | 'hybrid' | 'onsite' | null][] = [
    ['a plain address', 'New York, NY', null],
    ['a country after a city', 'Nairobi, Kenya', null],
    ['remote in brackets', 'Berlin (Remote)', 'remote'],
    ['a leading hybrid word', 'Hybrid - London, UK', 'hybrid'],
    ['office days', 'Amsterdam, 3 days in office', 'hybrid'],
    ['German home office', 'Leipzig (100% Homeoffice)', 'remote'],
    ['Japanese remote allowed', '東京都渋谷区（リモート可）', 'hybrid'],
    ['anywhere in an area', 'Anywhere in LATAM', 'remote'],
    ['a bare cue', 'Remote', 'remote'],
    ['an empty text', '   ', null],
  ];
  test.each(rows)('%s: "%s" → %s', (_label, text, expected) => {
    expect(locationTextWorkplace(text, ctx)).toBe(expected);
    expect(locationTextWorkplace(text, ctx)).toBe(parseLocationText(text, ctx)[0]?.workplace ?? null);
  });
});
