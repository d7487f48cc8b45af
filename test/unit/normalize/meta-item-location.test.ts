import fc from 'fast-check';
import { parseLocationText } from '../../../shared/normalize/geo/location-text';
import { normalizeLocations } from '../../../shared/normalize/locations';
import { classifyMetaItem, namesSomething } from '../../../shared/normalize/meta-items';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * A header item is a location when its text names a place or a workplace (meta-items.ts): the text's read locations
 * are asked, not the merged and refined ones normalizeLocations returns. Both must answer alike for any text.
 */
const viaLocations = (text: string): boolean =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint: null }).some(namesSomething);
const viaReading = (text: string): boolean =>
  parseLocationText(text, { countryHint: null, contextCountries: new Set() }).some(namesSomething);

const WORDS = [
  'Berlin',
  'Germany',
  'Remote',
  'remote',
  'Hybrid',
  'On-site',
  'Onsite',
  'Ibrido',
  'Milano',
  'Paris',
  'France',
  'HCMC',
  'HN',
  'Da Nang',
  'New York',
  'NY',
  'US',
  'USA',
  'Europe',
  'EMEA',
  'anywhere',
  'Worldwide',
  'Bayern',
  'München',
  '東京都',
  'リモート',
  'フルリモート',
  'Engineering',
  'Full-time',
  'Team',
  'in',
  'or',
  'for',
  '3 days in office',
  'UTC-3',
  'District 1',
  'Valencia',
  'Spain',
  'Remoto',
  'Brasil',
  'Télétravail',
];
const SEPARATORS = [', ', ' / ', ' - ', ' · ', ' | ', ' (', ') ', ' ', '; ', ' or ', ' & '];

const itemText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([word, sep], i) => (i === 0 ? word : `${sep}${word}`)).join(''));

describe('meta items read as locations', () => {
  test('the read locations name something exactly when the normalised ones do', () => {
    fc.assert(
      fc.property(itemText, (text) => {
        expect(viaReading(text)).toBe(viaLocations(text));
      }),
      { numRuns: 1500, seed: FUZZ_SEED },
    );
  });

  test.each([
    ['Milano · Ibrido', true],
    ['Berlin or remote', true],
    ['Germany, Berlin', true],
    ['Remote', true],
    ['Hybrid', true],
    ['Engineering', false],
    ['Team', false],
    ['', false],
  ])('%j names a place or workplace: %s', (text, expected) => {
    expect(viaReading(text)).toBe(expected);
    expect(viaLocations(text)).toBe(expected);
  });

  test.each([
    ['Amsterdam', 'location'],
    ['Remote (US)', 'location'],
    ['Engineering', 'department'],
  ])('%j is classified as %s', (text, role) => {
    expect(classifyMetaItem(text)).toBe(role);
  });
});
