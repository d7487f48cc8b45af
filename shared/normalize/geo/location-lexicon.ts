import { fold } from './fold';
import { CJK_CUES, CUE_PHRASES, type WorkplaceCue } from './workplace-vocabulary';

/**
 * Words around places in location texts: workplace arrangements in several languages, areas wider
 * than a country, list separators and connectors. Phrases are stored folded (see fold.ts).
 */

export type { WorkplaceCue } from './workplace-vocabulary';

/** Areas wider than one country: a remote-in-EMEA location keeps its text and has no country. */
const AREAS = [
  'emea',
  'europe',
  'european union',
  'eu',
  'eea',
  'europa',
  'latam',
  'latin america',
  'south america',
  'central america',
  'north america',
  'americas',
  'the americas',
  'apac',
  'asia pacific',
  'asia',
  'southeast asia',
  'south east asia',
  'sea',
  'middle east',
  'mena',
  'africa',
  'sub saharan africa',
  'oceania',
  'anz',
  'nordics',
  'nordic',
  'scandinavia',
  'dach',
  'benelux',
  'cee',
  'eastern europe',
  'western europe',
  'central europe',
  'northern europe',
  'southern europe',
  'uk and ireland',
  'uk i',
  'worldwide',
  'global',
  'globally',
  'anywhere',
  'international',
  'any location',
  'multiple locations',
  'various locations',
  'weltweit',
  'partout',
  'mundial',
  'toàn quốc',
  'nationwide',
];
/** Time zones and time-zone ranges: they narrow a remote area ("UTC-3 to UTC-6"), they are no place of their own. */
const ZONES = [
  'us timezones',
  'us time zones',
  'european timezones',
  'european time zones',
  'americas timezones',
  'emea timezones',
  'eu timezones',
  'cet',
  'cest',
  'eet',
  'wet',
  'utc',
  'gmt',
  'est',
  'edt',
  'cst',
  'mst',
  'pst',
  'pdt',
  'ist',
  'jst',
  'aest',
  'brt',
];
const CJK_AREAS = ['全国', '海外', '欧州', 'ヨーロッパ', 'アジア', '全世界'];

/** Connectors that point a workplace word at the places after it ("remote in", "hybrid for"). */
const FORWARD_CONNECTORS = [
  'for',
  'in',
  'within',
  'from',
  'across',
  'based in',
  'anywhere in',
  'only in',
  'en',
  'in der',
  'im',
  'aus',
  'à',
  'tại',
  'ở',
  'innerhalb',
  'innerhalb von',
  'in ganz',
  'uberall in',
  'partout en',
  'dans toute la',
  'en todo',
  'en toda',
  'em todo',
  'in tutta',
  'w calej',
  // pl, cs, sk, ru "in", before a place in the locative (locative-forms.ts)
  'w',
  'we',
  'v',
  've',
  'в',
  'во',
  'elsewhere in',
  'anywhere within',
];
/** Words that join alternatives: each side is its own location. */
const LIST_WORDS = [
  'or',
  'and',
  'oder',
  'und',
  'ou',
  'et',
  'o',
  'y',
  'e',
  'hoặc',
  'và',
  'lub',
  'albo',
  'nebo',
  'alebo',
  'или',
];

const cueByPhrase = new Map<string, WorkplaceCue>();
for (const [cue, phrases] of Object.entries(CUE_PHRASES) as [WorkplaceCue, readonly string[]][]) {
  for (const p of phrases) cueByPhrase.set(fold(p), cue);
}
const zoneSet = new Set(ZONES.map(fold));
const areaSet = new Set([...AREAS, ...ZONES].map(fold));
const forwardSet = new Set(FORWARD_CONNECTORS.map(fold));
const listSet = new Set(LIST_WORDS.map(fold));

/** The longest cue or area phrase in words, to bound n-gram lookups. */
export const MAX_LEXICON_WORDS = Math.min(
  6,
  Math.max(...[...cueByPhrase.keys(), ...areaSet].map((phrase) => phrase.split(' ').length)),
);

const longestPhrase = new Map<string, number>();
for (const phrase of [...cueByPhrase.keys(), ...areaSet]) {
  const words = phrase.split(' ');
  longestPhrase.set(words[0]!, Math.max(longestPhrase.get(words[0]!) ?? 0, words.length));
}

/** The most words of a cue or area phrase that starts with this folded word (0 when none does). */
export function longestPhraseFrom(firstWord: string): number {
  return longestPhrase.get(firstWord) ?? 0;
}

/** The workplace cue a folded phrase is, or undefined. */
export function cueFor(folded: string): WorkplaceCue | undefined {
  return cueByPhrase.get(folded);
}

/** True when a folded phrase names an area wider than a country (EMEA, Europe, anywhere). */
export function isArea(folded: string): boolean {
  return areaSet.has(folded);
}

/** True when a folded phrase is a time zone ("UTC", "CET", "US timezones"): it narrows an area, it is none. */
export function isZone(folded: string): boolean {
  return zoneSet.has(folded);
}

/** True when a folded word points a workplace word at the places after it. */
export function isForwardConnector(folded: string): boolean {
  return forwardSet.has(folded);
}

/** True when a folded word separates alternatives ("or", "und", "và"). */
export function isListWord(folded: string): boolean {
  return listSet.has(folded);
}

/** Spaceless-script cues and areas, for the longest-match scan of 東京都渋谷区（リモート可）. */
export const CJK_LEXICON: ReadonlyMap<string, WorkplaceCue | 'area'> = new Map<string, WorkplaceCue | 'area'>([
  ...Object.entries(CJK_CUES),
  ...CJK_AREAS.map((a) => [a, 'area'] as [string, 'area']),
]);

export { OFFICE_DAYS } from './attendance-patterns';

/** Districts written generically: "District 1", "Quận 3", "Q.7", "8e arrondissement", "3. Bezirk". */
export const DISTRICT_PATTERN =
  /\b(?:district|dist\.?|quận|quan|q\.?)\s*\d{1,2}\b|\b\d{1,2}\s*(?:st|nd|rd|th|e|er|ème|eme|\.)?\s*(?:arrondissement|bezirk)\b|\b(?:ward|borough)\s*\d{1,2}\b/giu;
