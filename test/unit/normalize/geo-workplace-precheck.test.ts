import { gazetteer } from '../../../shared/normalize/geo/gazetteer';
import { longestPhraseFrom } from '../../../shared/normalize/geo/location-lexicon';
import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const noContext = { countryHint: null, contextCountries: new Set<string>() };

describe('the gazetteer bounds the words of a place name by its first word', () => {
  const rows: [string, string, string][] = [
    ['a multi-word name', 'rio', 'rio de janeiro'],
    ['a one-letter first word', 'a', 'a coruna'],
    ['a name of its own and longer ones', 'new', 'new york city'],
    ['a city named by one word', 'berlin', 'berlin'],
  ];
  test.each(rows)('%s: names from "%s" reach at least as many words as "%s"', (_label, first, name) => {
    expect(gazetteer().byFolded.get(name)?.length).toBeGreaterThan(0);
    expect(gazetteer().byFolded.longestKeyFrom(first)).toBeGreaterThanOrEqual(name.split(' ').length);
  });
  test('a word that starts no name bounds names at none', () => {
    expect(gazetteer().byFolded.longestKeyFrom('xqzw')).toBe(0);
  });
});

describe('the lexicon bounds the words of a cue or area by its first word', () => {
  const rows: [string, string][] = [
    ['remote', 'remote first'],
    ['latin', 'latin america'],
    ['100', '100 teletravail'],
  ];
  test.each(rows)('phrases from "%s" reach "%s"', (first, phrase) => {
    expect(longestPhraseFrom(first)).toBeGreaterThanOrEqual(phrase.split(' ').length);
  });
  test('a word that starts no phrase bounds phrases at none', () => expect(longestPhraseFrom('zzz')).toBe(0));
});

describe('names and cues of several words are still read whole', () => {
  const rows: [string, string, string | null, string | null][] = [
    ['Portuguese city of three words', 'Rio de Janeiro, RJ', 'Rio de Janeiro', 'BR'],
    ['Spanish city after a one-letter article', 'A Coruña, España', 'A Coruna', 'ES'],
    ['a city of three words in English', 'Salt Lake City, UT', 'Salt Lake City', 'US'],
    ['a remote phrase of three words then a place', 'Work from home - Lisboa', 'Lisbon', 'PT'],
  ];
  test.each(rows)('%s: "%s"', (_label, text, city, country) => {
    const [first] = parseLocationText(text, noContext);
    expect(first?.city ?? null).toBe(city);
    expect(first?.country ?? null).toBe(country);
  });
});
