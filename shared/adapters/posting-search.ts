import type { PostingListItem, PostingSearch } from '../ports/posting-store.port';
import { PostingRecord } from '../schema/stored-posting';

/**
 * The meaning of the console's posting search (`PostingStore.searchPostings`), shared by both stores so they
 * answer alike: text is matched word by word — every query word must begin a word of the title or the
 * company name, ignoring case and accents ("ingé" finds "Ingénieur", "eng" finds "Engineer"); Chinese,
 * Japanese and Korean runs have no spaces, so they are read as overlapping two-character pieces, which makes
 * any two or more characters of a title findable. Facets (country, workplace, quality warning) are exact terms.
 * Firestore keeps `searchTermsOf` in an array field (queried with `array-contains`); SQLite keeps the words
 * and facets in indexed text columns.
 */

/** Longest word prefix kept as a term: longer query words are checked in memory after a term match. */
export const MAX_PREFIX = 12;
const MAX_TITLE_WORDS = 30;
const MAX_COMPANY_WORDS = 10;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Lower case without accents: compatibility forms unified (full-width letters), Latin/Greek/Cyrillic
 * diacritics dropped ("Ingénieur" → "ingenieur"), everything else recomposed, so Japanese voiced kana
 * (バ is not ハ) and Korean syllables stay what they are.
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]+/g, '')
    .normalize('NFC')
    .toLowerCase();

/** A word, or its two-character pieces when it is written in a script without spaces. */
function piecesOf(word: string): string[] {
  if (!CJK.test(word) || word.length <= 2) return [word];
  const pieces: string[] = [];
  for (let i = 0; i + 2 <= word.length; i++) pieces.push(word.slice(i, i + 2));
  return pieces;
}

/** The searchable words of a text, folded, at most `max` of them. */
export function wordsOf(text: string, max = Number.POSITIVE_INFINITY): string[] {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, max);
  return words.flatMap(piecesOf);
}

/** The words a posting is found by: its title's and its company's. */
export function searchWordsOf(posting: Pick<PostingRecord, 'title' | 'company'>): string[] {
  return [
    ...new Set([...wordsOf(posting.title, MAX_TITLE_WORDS), ...wordsOf(posting.company.name ?? '', MAX_COMPANY_WORDS)]),
  ];
}

/** The exact-match terms of a posting: `c:{country}`, `p:{workplace}`, `w:{warning}`. */
export function facetTermsOf(posting: Pick<PostingRecord, 'locations' | 'quality'>): string[] {
  const terms = new Set<string>();
  for (const location of posting.locations) {
    if (location.country) terms.add(`c:${location.country}`);
    if (location.workplace) terms.add(`p:${location.workplace}`);
  }
  for (const warning of posting.quality.warnings) terms.add(`w:${warning}`);
  return [...terms];
}

/** Every prefix (up to `MAX_PREFIX` characters) of every word, as `q:` terms. */
export function textTermsOf(words: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const word of words) {
    const chars = [...word];
    for (let n = 1; n <= Math.min(chars.length, MAX_PREFIX); n++) terms.add(`q:${chars.slice(0, n).join('')}`);
  }
  return [...terms];
}

/** All terms of a posting (Firestore's `searchTerms` field). */
export const searchTermsOf = (
  posting: Pick<PostingRecord, 'title' | 'company' | 'locations' | 'quality'>,
): string[] => [...textTermsOf(searchWordsOf(posting)), ...facetTermsOf(posting)];

/** The query's words (folded and split like a posting's). */
export const queryWordsOf = (text: string | undefined): string[] => [...new Set(wordsOf(text ?? ''))];

/** The facet terms a search requires. */
export function requiredFacetTerms(search: PostingSearch): string[] {
  return [
    ...(search.country ? [`c:${search.country}`] : []),
    ...(search.workplace ? [`p:${search.workplace}`] : []),
    ...(search.warning ? [`w:${search.warning}`] : []),
  ];
}

/** The term of a query word: its first `MAX_PREFIX` characters. */
export const termOfWord = (word: string): string => `q:${[...word].slice(0, MAX_PREFIX).join('')}`;

/** Whether every query word begins one of the posting's words. */
export const matchesWords = (postingWords: readonly string[], queryWords: readonly string[]): boolean =>
  queryWords.every((q) => postingWords.some((w) => w.startsWith(q)));

/** Whether a posting satisfies every filter of a search except its board filter (which needs the records). */
export function matchesSearch(posting: PostingListItem, search: PostingSearch): boolean {
  if (search.status && posting.status !== search.status) return false;
  if (search.sourceId && posting.source.id !== search.sourceId) return false;
  const facets = new Set(facetTermsOf(posting));
  if (!requiredFacetTerms(search).every((term) => facets.has(term))) return false;
  return matchesWords(searchWordsOf(posting), queryWordsOf(search.text));
}

/** Searches are limited to pages of 1–200 hits (50 by default). */
export const searchLimitOf = (search: PostingSearch): number => Math.min(Math.max(search.limit ?? 50, 1), 200);

/** The stored fields a list row is made of: Firestore projects them, SQLite parses only them. */
const ListItemRecord = PostingRecord.pick({
  id: true,
  source: true,
  title: true,
  company: true,
  department: true,
  employmentTypes: true,
  locations: true,
  status: true,
  quality: true,
  datePosted: true,
  version: true,
  lastChangedAt: true,
  duplicateOf: true,
});

/** The field paths of a list row (a Firestore `select` / field mask). */
export const LIST_ITEM_FIELDS: readonly string[] = Object.keys(ListItemRecord.shape);

/** A list row from a stored document holding at least the list fields, validated. */
export const listItemFrom = (data: unknown): PostingListItem => listItemOf(ListItemRecord.parse(data) as PostingRecord);

/** The list fields of a stored posting. */
function listItemOf(record: PostingRecord): PostingListItem {
  const {
    id,
    source,
    title,
    company,
    department,
    employmentTypes,
    locations,
    status,
    quality,
    datePosted,
    version,
    lastChangedAt,
    duplicateOf,
  } = record;
  return {
    id,
    source,
    title,
    company,
    department,
    employmentTypes,
    locations,
    status,
    quality,
    datePosted,
    version,
    lastChangedAt,
    duplicateOf,
  };
}
