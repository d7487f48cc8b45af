import { longestPhraseFrom } from '../../../shared/normalize/geo/location-lexicon';
import { mayStateWorkplace } from '../../../shared/normalize/geo/location-scanner';
import { parseLocationText } from '../../../shared/normalize/geo/location-text';
import { resolvePlace } from '../../../shared/normalize/geo/place-resolver';
import { placesNamed } from '../../../shared/normalize/geo/gazetteer';

const noContext = { countryHint: null, contextCountries: new Set<string>() };
const workplacesOf = (text: string): (string | null)[] => parseLocationText(text, noContext).map((l) => l.workplace);

describe('the lexicon bounds the words of a cue or area by its first word', () => {
  const rows: [string, string][] = [
    ['remote', 'remote first'],
    ['latin', 'latin america'],
    ['100', '100 teletravail'],
    ['us', 'us time zones'],
  ];
  test.each(rows)('phrases from "%s" reach "%s"', (first, phrase) => {
    expect(longestPhraseFrom(first)).toBeGreaterThanOrEqual(phrase.split(' ').length);
  });
  test('a word that starts no phrase bounds phrases at none', () => expect(longestPhraseFrom('zzz')).toBe(0));
});

describe('a text that may state a workplace is read for it; one that cannot is not', () => {
  const may: [string, string][] = [
    ['a remote word', 'Remote (Deutschland), DE'],
    ['a Portuguese remote word', 'Remoto (Brasil), BR'],
    ['a French remote word', 'Télétravail (France), FR'],
    ['a hybrid word in brackets', 'HCMC (Hybrid), VN'],
    ['office days, in digits', 'Lyon, 2 jours au bureau'],
    ['a Japanese remote word', 'フルリモート, JP'],
    ['anywhere in an area', 'Anywhere in LATAM'],
    ['an area after a city', 'Lisboa / EMEA'],
  ];
  test.each(may)('%s: "%s"', (_label, text) => expect(mayStateWorkplace(text)).toBe(true));

  const cannot: [string, string][] = [
    ['a US address with a state code', 'Denver, CO, US'],
    ['a city and country code', 'Utrecht, NL'],
    ['a Vietnamese city', 'Đà Nẵng, VN'],
    ['a Canadian province code that starts "on site"', 'Toronto, ON'],
    ['a Brazilian city with its state', 'Rio de Janeiro, RJ, BR'],
    ['a Japanese address without a cue', '東京都渋谷区, JP'],
  ];
  test.each(cannot)('%s: "%s" states none, and reading it finds none', (_label, text) => {
    expect(mayStateWorkplace(text)).toBe(false);
    expect(workplacesOf(text).every((w) => w === null)).toBe(true);
  });
});

describe('names and cues of several words are still read whole', () => {
  const rows: [string, string, string | null, string | null][] = [
    ['Portuguese city of three words', 'Rio de Janeiro, RJ', 'Rio de Janeiro', 'BR'],
    ['Spanish city after a one-letter article', 'A Coruña, España', 'A Coruña', 'ES'],
    ['a city of three words in English', 'Salt Lake City, UT', 'Salt Lake City', 'US'],
    ['a remote phrase of three words then a place', 'Work from home - Lisboa', 'Lisbon', 'PT'],
  ];
  test.each(rows)('%s: "%s"', (_label, text, city, country) => {
    const [first] = parseLocationText(text, noContext);
    expect(first?.city ?? null).toBe(city);
    expect(first?.country ?? null).toBe(country);
  });
});

describe('resolving names that describe one place keeps the best reading', () => {
  const rows: [string, string[], string | null, string | null][] = [
    ['a city and its state code', ['Portland', 'ME'], 'Portland', 'US'],
    ['a city and its country', ['Cambridge', 'United Kingdom'], 'Cambridge', 'GB'],
    ['a city, region and country', ['Valencia', 'Valencia', 'Spain'], 'Valencia', 'ES'],
    ['a city with no fitting country', ['Berlin', 'Japan'], null, 'JP'],
  ];
  test.each(rows)('%s: %j', (_label, names, city, country) => {
    const place = resolvePlace(names.map(placesNamed), noContext);
    expect(place?.city?.name ?? null).toBe(city);
    expect(place?.country ?? null).toBe(country);
  });
});
