import { exactKey, gazetteer, type PlaceRef } from './gazetteer';
import { fold, isCjkChar } from './fold';
import {
  CJK_LEXICON,
  DISTRICT_PATTERN,
  MAX_LEXICON_WORDS,
  cueFor,
  longestPhraseFrom,
  isArea,
  isZone,
  isForwardConnector,
  isListWord,
  type WorkplaceCue,
} from './location-lexicon';
import {
  OFFICE_DAYS,
  OFFICE_DAYS_MORE,
  REMOTE_DAYS,
  REMOTE_DAYS_MORE,
  officeDaysOf,
  remoteDaysOf,
} from './attendance-patterns';
import { FROM_PREPOSITIONS, LOCATIVE_PREPOSITIONS, nominativesOf } from './locative-forms';
import { qualifyRemoteCue } from './workplace-qualifiers';

/**
 * Splits one location text into what it says, in order: places (with every gazetteer reading),
 * areas, districts, workplace cues, separators and connectors. Grouping them into locations is
 * location-grouping.ts's job.
 */

/** `dot` is a light divider (·, |, •) that ends a place but may still tie a workplace word to it. */
export type SepKind = 'comma' | 'list' | 'strong' | 'open' | 'close' | 'dash' | 'colon' | 'dot';

export type ScanItem =
  | { t: 'place'; refs: PlaceRef[]; start: number; end: number }
  | { t: 'area'; start: number; end: number; anywhere: boolean; zone: boolean }
  | { t: 'district'; refs: PlaceRef[]; start: number; end: number }
  | { t: 'cue'; cue: WorkplaceCue; days: number | null; start: number; end: number }
  | { t: 'sep'; sep: SepKind; start: number; end: number }
  | { t: 'conn'; start: number; end: number }
  | { t: 'word'; capital: boolean; start: number; end: number };

export interface Scan {
  /** the text the positions refer to (NFKC: full-width brackets and digits become ASCII) */
  text: string;
  items: ScanItem[];
}

interface Token {
  start: number;
  end: number;
  raw: string;
  folded: string;
  /** a word ("Winston" in "Winston-Salem"), or punctuation */
  word: boolean;
  /** no space before it: "-" and "." inside "Winston-Salem", "St." */
  attached: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|\n|[^\s]/gu;
const SEPARATORS: Record<string, SepKind> = {
  ',': 'comma',
  '、': 'list',
  '/': 'list',
  '&': 'list',
  '+': 'list',
  '・': 'list',
  '·': 'dot',
  '•': 'dot',
  '|': 'dot',
  ';': 'strong',
  '\n': 'strong',
  '(': 'open',
  '[': 'open',
  ')': 'close',
  ']': 'close',
  '-': 'dash',
  '–': 'dash',
  '—': 'dash',
  ':': 'colon',
  '>': 'dash',
};
const ANYWHERE = new Set([
  'anywhere',
  'worldwide',
  'global',
  'globally',
  'weltweit',
  'partout',
  'mundial',
  'any location',
]);
/**
 * A company's legal form written with dots ("Groupe Vallière S.A.S.", "Acme S.A. de C.V.", "Nordwerk B.V.") is no
 * country or state code: S.A. is not Saudi Arabia, C.V. not Cape Verde, N.V. not Nevada. Undotted "SAS" and "SA"
 * are read as before (a skill, an airline, a code the gazetteer does not index); "U.S.", "D.C." stay places.
 */
const LEGAL_FORMS = new Set(['SA', 'SAS', 'SASU', 'SARL', 'SRL', 'SpA', 'SPA', 'SL', 'SLU', 'BV', 'NV', 'CV']);
/** ISO codes that are also English words: only places when the text is not written in capitals. */
const WORD_CODES = new Set([
  'IN',
  'IT',
  'AM',
  'PM',
  'ID',
  'IS',
  'AS',
  'AT',
  'BE',
  'BY',
  'DO',
  'GO',
  'ME',
  'MY',
  'NO',
  'ON',
  'OR',
  'SO',
  'TO',
  'AN',
  'HR',
  'QA',
  'PA',
  'AI',
]);
const UPPER = /\p{Lu}/u;
const HANGUL = /^\p{Script=Hangul}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const NON_ASCII = /[^\x00-\x7f]/;

/** NFKC (full-width brackets and digits become ASCII); ASCII text is its own NFKC form. */
const nfkc = (text: string): string => (NON_ASCII.test(text) ? text.normalize('NFKC') : text);

/** Scans one location text. Never throws; unknown words come back as `word` items. */
export function scanLocationText(input: string): Scan {
  const text = nfkc(input);
  // attendance and generic districts are all counted in digits ("3 days in office", "District 1")
  const covered: ScanItem[] = DIGIT.test(text)
    ? withoutOverlaps([
        ...patternItems(text, OFFICE_DAYS, 'office-days'),
        ...patternItems(text, REMOTE_DAYS, 'remote-days'),
        // the other languages' day counts ("Zagreb (rad od kuće 2 dana tjedno)", "Oslo, 2 dager på kontoret"): a
        // location text is short, so both run on every one that holds a digit
        ...patternItems(text, OFFICE_DAYS_MORE, 'office-days'),
        ...patternItems(text, REMOTE_DAYS_MORE, 'remote-days'),
        ...patternItems(text, DISTRICT_PATTERN, 'district'),
      ])
    : [];
  const tokens = tokenize(text, covered);
  const casing = { hasLower: LOWER.test(text), hasUpper: UPPER.test(text) };
  const items = [...covered, ...scanTokens(tokens, casing)];
  items.sort((a, b) => a.start - b.start);
  return { text, items: qualifyCues(text, items) };
}

/** What may stand between a remote word and a word qualifying it: spaces, a hyphen ("Non-remote"). */
const QUALIFIER_GAP = /^[\s-]*$/u;

/** Up to two unknown words or connectors right beside item `k`, nearest first, going `step` (-1 before, 1 after). */
function neighbourWords(text: string, items: ScanItem[], k: number, step: -1 | 1): ScanItem[] {
  const found: ScanItem[] = [];
  let edge = step < 0 ? items[k]!.start : items[k]!.end;
  for (let j = k + step; j >= 0 && j < items.length && found.length < 2; j += step) {
    const item = items[j]!;
    if (item.t !== 'word' && item.t !== 'conn') break;
    const gap = step < 0 ? text.slice(item.end, edge) : text.slice(edge, item.start);
    if (!QUALIFIER_GAP.test(gap)) break;
    found.push(item);
    edge = step < 0 ? item.start : item.end;
  }
  return found;
}

/**
 * A remote word with a word beside it that qualifies it ("delvist remote", "Teletrabajo posible", "kein Remote",
 * workplace-qualifiers.ts) becomes one cue of what the two say together, the qualifying words taken into it.
 */
function qualifyCues(text: string, items: ScanItem[]): ScanItem[] {
  let out = items;
  for (let k = 0; k < out.length; k++) {
    const item = out[k]!;
    if (item.t !== 'cue' || (item.cue !== 'remote' && item.cue !== 'remote-optional')) continue;
    const before = neighbourWords(text, out, k, -1);
    const after = neighbourWords(text, out, k, 1);
    const wordsOf = (list: ScanItem[]): string[] => list.map((w) => fold(text.slice(w.start, w.end)));
    const q = qualifyRemoteCue(item.cue, wordsOf(before), wordsOf(after));
    if (!q) continue;
    const taken = new Set([...before.slice(0, q.before), ...after.slice(0, q.after)]);
    const start = q.before > 0 ? before[q.before - 1]!.start : item.start;
    const end = q.after > 0 ? after[q.after - 1]!.end : item.end;
    const cue: ScanItem = { t: 'cue', cue: q.cue, days: null, start, end };
    out = out.filter((i) => !taken.has(i)).map((i) => (i === item ? cue : i));
    k = out.indexOf(cue);
  }
  return out;
}

/** The items in order, less any that overlaps one before it (two languages' day patterns on one phrase). */
function withoutOverlaps(items: ScanItem[]): ScanItem[] {
  if (items.length < 2) return items;
  return items.filter((item, i) => !items.slice(0, i).some((o) => item.start < o.end && item.end > o.start));
}

/** A run of letters, digits and marks: every word token of the scan is one. */
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const CJK_ENTRIES = [...CJK_LEXICON.keys()];

/**
 * False when the scan of a text can find no workplace word and no "anywhere": the text has no digit (every
 * attendance pattern counts days), no spaceless-script run holding a cue or area of that lexicon, and no run
 * of words that is a cue or area phrase ("New York, NY, US", "Nairobi, Kenya"). A look at the words against
 * the lexicon only, without the gazetteer or the scan's spans.
 */
export function mayStateWorkplace(input: string): boolean {
  const text = nfkc(input);
  if (DIGIT.test(text)) return true;
  const words: string[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) {
    const run = m[0];
    // a spaceless run is read by its own lexicon: a cue or area in it is one of its entries, written out
    if (isCjkChar(run[0] ?? '')) {
      if (CJK_ENTRIES.some((entry) => run.includes(entry))) return true;
    } else words.push(fold(run));
  }
  // the scan tries phrases of consecutive words only: every one of them is among these
  return words.some((folded, i) => {
    const space = folded.indexOf(' ');
    const longest = longestPhraseFrom(space < 0 ? folded : folded.slice(0, space));
    for (let n = 1, key = folded; n <= longest && i + n <= words.length; key = `${key} ${words[i + n]}`, n++)
      if (cueFor(key) !== undefined || isArea(key)) return true;
    return false;
  });
}

function patternItems(text: string, pattern: RegExp, kind: 'office-days' | 'remote-days' | 'district'): ScanItem[] {
  const found: ScanItem[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (kind === 'district') found.push({ t: 'district', refs: [], start, end });
    else if (kind === 'office-days') found.push({ t: 'cue', cue: 'office-days', days: officeDaysOf(m), start, end });
    // remote days: fewer than five a week is hybrid
    else found.push({ t: 'cue', cue: remoteDaysOf(m) >= 5 ? 'remote' : 'hybrid', days: null, start, end });
  }
  return found;
}

function tokenize(text: string, covered: ScanItem[]): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.some((c) => start < c.end && end > c.start)) continue;
    const raw = m[0];
    const word = raw !== '\n' && LETTER_OR_DIGIT.test(raw);
    const attached = start > 0 && !SPACE.test(text[start - 1] ?? ' ');
    tokens.push({ start, end, raw, folded: word ? fold(raw) : raw, word, attached });
  }
  return tokens;
}

interface Casing {
  hasLower: boolean;
  hasUpper: boolean;
}

function scanTokens(tokens: Token[], casing: Casing): ScanItem[] {
  const items: ScanItem[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!token.word) {
      const sep = separatorOf(token, tokens[i + 1]);
      if (sep) items.push({ t: 'sep', sep, start: token.start, end: token.end });
      i += 1;
      continue;
    }
    if (isCjkChar(token.raw[0] ?? '')) {
      if (!makesOptional(token, items)) items.push(...scanCjk(token, ROAD_NUMBER.test(tokens[i + 1]?.raw ?? '')));
      i += 1;
      continue;
    }
    const match = longestMatch(tokens, i, casing);
    items.push(match.item);
    i = match.next;
  }
  return items;
}

/** Korean writes "possible" and "not possible" as words of their own: "재택근무 가능" (as リモート可), "재택근무 불가". */
const POSSIBLE = /^가능(?:합니다|함)?$/u;
const NOT_POSSIBLE = /^불가(?:능)?(?:합니다|함)?$/u;

/** Turns the remote cue just before a "(not) possible" word into remote-optional or on-site; true when it did. */
function makesOptional(token: Token, items: ScanItem[]): boolean {
  const last = items[items.length - 1];
  if (last?.t !== 'cue' || last.cue !== 'remote') return false;
  const cue = POSSIBLE.test(token.raw) ? 'remote-optional' : NOT_POSSIBLE.test(token.raw) ? 'onsite' : null;
  if (!cue) return false;
  items[items.length - 1] = { ...last, cue, end: token.end };
  return true;
}

/** "-" between words without spaces joins them ("Winston-Salem"); with spaces it separates. */
function separatorOf(token: Token, next: Token | undefined): SepKind | null {
  if (
    (token.raw === '-' || token.raw === '.' || token.raw === "'" || token.raw === '’') &&
    token.attached &&
    next?.attached
  )
    return null;
  return SEPARATORS[token.raw] ?? null;
}

/** Word-token spans starting at `from`, joined only by attached punctuation, up to `max` words. */
function spans(tokens: Token[], from: number, max: number): { words: Token[]; endIndex: number }[] {
  const out: { words: Token[]; endIndex: number }[] = [];
  const words: Token[] = [];
  for (let j = from; j < tokens.length && words.length < max; j++) {
    const t = tokens[j]!;
    if (t.word) {
      if (words.length > 0 && isCjkChar(t.raw[0] ?? '')) break;
      words.push(t);
      out.push({ words: [...words], endIndex: j + 1 });
      continue;
    }
    // "%" after a number joins it to the words after: "100% Homeoffice"
    const joiner = (t.raw === '-' || t.raw === '.' || t.raw === "'" || t.raw === '’' || t.raw === '%') && t.attached;
    if (!joiner) break;
  }
  return out;
}

function longestMatch(tokens: Token[], i: number, casing: Casing): { item: ScanItem; next: number } {
  const g = gazetteer();
  const candidates = spans(tokens, i, Math.max(g.maxWords, MAX_LEXICON_WORDS));
  for (let k = candidates.length - 1; k >= 0; k--) {
    const { words, endIndex } = candidates[k]!;
    const item = matchSpan(words, tokens, endIndex, casing);
    if (item) return namedAsRegion(item, tokens, i, endIndex) ?? { item, next: endIndex };
  }
  const locative = locativePlace(tokens, i);
  if (locative) return locative;
  const token = tokens[i]!;
  const folded = token.folded;
  if (isForwardConnector(folded)) return { item: { t: 'conn', start: token.start, end: token.end }, next: i + 1 };
  if (isListWord(folded)) return { item: { t: 'sep', sep: 'list', start: token.start, end: token.end }, next: i + 1 };
  const capital = UPPER.test(token.raw[0] ?? '');
  return { item: { t: 'word', capital, start: token.start, end: token.end }, next: i + 1 };
}

/** Words that make the name beside them a region: "Lviv region", "Salzburg state", "Province of Cebu". */
const REGION_WORDS = new Set([
  'region',
  'oblast',
  'province',
  'state',
  'prefecture',
  'voivodeship',
  'governorate',
  'krai',
]);

/**
 * A name both a city and a region bear reads as the city ("Lviv", "Salzburg"); with a region word after it, or
 * "<region word> of" before it, the text names the region: only its region readings are kept, the word with it.
 */
function namedAsRegion(
  item: ScanItem,
  tokens: Token[],
  i: number,
  endIndex: number,
): { item: ScanItem; next: number } | null {
  if (item.t !== 'place' || !item.refs.some((r) => r.kind === 'city')) return null;
  const regions = outerRegions(item.refs);
  if (regions.length === 0) return null;
  const after = tokens[endIndex];
  if (after?.word && !after.attached && REGION_WORDS.has(after.folded))
    return { item: { ...item, refs: regions, end: after.end }, next: endIndex + 1 };
  const of = tokens[i - 1];
  const word = tokens[i - 2];
  if (of?.folded === 'of' && word?.word && REGION_WORDS.has(word.folded))
    return { item: { ...item, refs: regions }, next: endIndex };
  return null;
}

/**
 * The regions a name bears, less a city's own region where another remains: "Kyiv region" is Kyiv Oblast around
 * the city, not the city of Kyiv, a region of its own; "Lviv region" keeps Lviv Oblast, the only one.
 */
function outerRegions(refs: readonly PlaceRef[]): PlaceRef[] {
  const regions = refs.filter((r) => r.kind === 'region' && !r.viaCode);
  if (regions.length < 2) return regions;
  const outer = regions.filter(
    (r) => !refs.some((c) => c.kind === 'city' && r.kind === 'region' && c.city.region === r.region),
  );
  return outer.length > 0 ? outer : regions;
}

/**
 * A capitalised word the gazetteer does not know, right after "w", "v", "в" ("Praca w Krakowie", "v Praze"), or in
 * the genitive after "z", "ze", "из" ("zdalnie z Polski", "z Krakowa", "из России"):
 * a place in the locative case, read in the nominatives its ending may come from (locative-forms.ts). A name
 * of two words declines in both ("w Zielonej Górze", "w Bielsku-Białej", "v Českých Budějovicích").
 */
function locativePlace(tokens: Token[], i: number): { item: ScanItem; next: number } | null {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (!before?.word || !isCapitalised(token)) return null;
  const genitive = FROM_PREPOSITIONS.has(before.folded);
  if (!genitive && !LOCATIVE_PREPOSITIONS.has(before.folded)) return null;
  const formsOf = (folded: string): string[] => [folded, ...nominativesOf(folded, genitive)];
  const second = secondNameWord(tokens, i);
  const pair = second === null ? [] : nominativePlaces(formsOf(token.folded), formsOf(tokens[second]!.folded));
  if (pair.length > 0)
    return { item: { t: 'place', refs: pair, start: token.start, end: tokens[second!]!.end }, next: second! + 1 };
  const refs = nominativePlaces(nominativesOf(token.folded, genitive), ['']);
  return refs.length > 0 ? { item: { t: 'place', refs, start: token.start, end: token.end }, next: i + 1 } : null;
}

const isCapitalised = (token: Token): boolean => token.word && UPPER.test(token.raw[0] ?? '');

/**
 * The word after a name word, with a space or an attached hyphen between ("Bielsku-Białej"); after a space it may
 * be lower case, as Czech and Slovak write a name's second word ("ze Spojených států"): it counts only when the
 * two words name a place together.
 */
function secondNameWord(tokens: Token[], i: number): number | null {
  const next = tokens[i + 1];
  if (next?.word && !next.attached) return i + 1;
  const after = tokens[i + 2];
  return next?.raw === '-' && next.attached && after?.attached && isCapitalised(after) ? i + 2 : null;
}

/** Cities, regions and countries the gazetteer has under any first form followed by any second form. */
function nominativePlaces(firsts: string[], seconds: string[]): PlaceRef[] {
  const g = gazetteer();
  return firsts.flatMap((a) =>
    seconds.flatMap((b) => (g.byFolded.get(b ? `${a} ${b}` : a) ?? []).filter((r) => r.kind !== 'district')),
  );
}

function matchSpan(words: Token[], tokens: Token[], endIndex: number, casing: Casing): ScanItem | null {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // A trailing attached dot belongs to the span ("U.S.", "St.").
  const dot = tokens[endIndex]?.raw === '.' && tokens[endIndex]?.attached;
  const start = first.start;
  const end = dot ? tokens[endIndex]!.end : last.end;
  const key = words.map((w) => w.folded).join(' ');
  const cue = cueFor(key) ?? bracketedOfficeCue(key, tokens, endIndex, words.length);
  if (cue) return { t: 'cue', cue, days: null, start, end };
  if (isArea(key) && (key.length > 3 || casing.hasLower === false || UPPER.test(first.raw))) {
    return { t: 'area', start, end, anywhere: ANYWHERE.has(key), zone: isZone(key) };
  }
  if (dot && words.length > 1 && LEGAL_FORMS.has(words.map((w) => w.raw).join('')))
    return { t: 'word', capital: false, start, end };
  const refs = placeRefs(key, words, casing);
  if (refs.length === 0) return null;
  const kind = refs.every((r) => r.kind === 'district') ? 'district' : 'place';
  return kind === 'district' ? { t: 'district', refs, start, end } : { t: 'place', refs, start, end };
}

/**
 * The word for an office alone in brackets after a place: "Львів (офіс) або віддалено", "Berlin (Office) or remote",
 * "Kraków (biuro)", "Praha (kancelář)": work is at that office. Outside brackets the word only names where the
 * office is ("Biuro w Warszawie", "Office in Berlin") and says nothing of the arrangement.
 */
function bracketedOfficeCue(key: string, tokens: Token[], endIndex: number, count: number): WorkplaceCue | undefined {
  if (!OFFICE_ALONE.has(key)) return undefined;
  const open = tokens[endIndex - count - 1]?.raw;
  const close = tokens[endIndex]?.raw;
  return (open === '(' || open === '（') && (close === ')' || close === '）') ? 'onsite' : undefined;
}

/** The office word of each language, folded (fold.ts), as it stands alone in brackets. */
const OFFICE_ALONE = new Set([
  'office',
  'offices',
  'buro',
  'bureau',
  'oficina',
  'escritorio',
  'ufficio',
  'kantoor',
  'biuro',
  'kancelar',
  'kancelaria',
  'офис',
  'офіс',
  'kontor',
  'kontoret',
  'toimisto',
  'birou',
  'iroda',
  'γραφειο',
  'ofis',
  'van phong',
]);

/** Spans of more words are looked up only by their folded key. */
const MAX_EXACT_WORDS = 3;

function placeRefs(key: string, words: Token[], casing: Casing): PlaceRef[] {
  const g = gazetteer();
  const capitalised = UPPER.test(words[0]!.raw[0] ?? '') || !casing.hasUpper;
  const folded = capitalised ? (g.byFolded.get(key) ?? []) : [];
  if (words.length > MAX_EXACT_WORDS) return folded;
  const exact = exactKey(words.map((w) => w.raw).join(''));
  if (casing.hasLower === false && WORD_CODES.has(exact)) return folded;
  const byExact = g.byExact.get(exact) ?? [];
  return byExact.length === 0 ? folded : [...folded, ...byExact];
}

/** Longest-match scan of a spaceless run: 東京都 + 渋谷区 + リモート可. */
function scanCjk(token: Token, numberNext = false): ScanItem[] {
  const g = gazetteer();
  const items: ScanItem[] = [];
  const text = token.raw;
  const maxLength = Math.max(g.cjkMaxLength, 8);
  let unknownStart = -1;
  let i = 0;
  // Hangul is written in words: a name starts a word or follows another name ("부산광역시해운대구"), never
  // inside an unknown word ("해운대구" holds "대구", Daegu, but is a ward of Busan)
  const wordScript = HANGUL.test(text);
  while (i < text.length) {
    const hit = unknownStart >= 0 && wordScript ? null : cjkMatchAt(text, i, maxLength, numberNext);
    if (!hit) {
      if (unknownStart < 0) unknownStart = i;
      i += 1;
      continue;
    }
    if (unknownStart >= 0) items.push(unknownCjk(text, unknownStart, i, token.start));
    unknownStart = -1;
    const start = token.start + i;
    const end = start + hit.length;
    if (hit.refs)
      items.push(
        hit.refs.every((r) => r.kind === 'district')
          ? { t: 'district', refs: hit.refs, start, end }
          : { t: 'place', refs: hit.refs, start, end },
      );
    else if (hit.lexicon === 'area') items.push({ t: 'area', start, end, anywhere: false, zone: false });
    else if (hit.lexicon) items.push({ t: 'cue', cue: hit.lexicon, days: null, start, end });
    i += hit.length;
  }
  if (unknownStart >= 0) items.push(unknownCjk(text, unknownStart, text.length, token.start));
  return items;
}

function cjkMatchAt(
  text: string,
  i: number,
  maxLength: number,
  numberNext = false,
): { length: number; refs?: PlaceRef[]; lexicon?: WorkplaceCue | 'area' } | null {
  const g = gazetteer();
  for (let len = Math.min(maxLength, text.length - i); len >= 2; len--) {
    const piece = text.slice(i, i + len);
    const lexicon = CJK_LEXICON.get(piece);
    if (lexicon) return { length: len, lexicon };
    const refs = g.byCjk.get(piece);
    if (
      refs &&
      refs.length > 0 &&
      !insideKatakanaWord(text, i, len) &&
      !(numberNext && namesStreet(text, i + len) && refs.some((r) => r.kind !== 'district')) &&
      !namesCjkStreet(text, i + len)
    )
      return { length: len, refs };
  }
  return null;
}

/**
 * A Korean road is named after a place and written as one word with its road suffix, then the building number
 * ("테헤란로 142", Teheran-ro in Gangnam; "강남대로 382"): that name is the street's, not the place's (Tehran, Iran).
 * "서울로 출근" (to Seoul: 로 is also a particle) has no number after it and stays Seoul.
 */
const ROAD_SUFFIX = /^(?:대로|번길|로|길)$/u;
const ROAD_NUMBER = /^\d/;
const namesStreet = (text: string, end: number): boolean => ROAD_SUFFIX.test(text.slice(end));

/**
 * A Chinese or Japanese street is named after a city and written with it, a compass word and the road word:
 * "南京西路" (Nanjing West Road, in Shanghai), "北京路", "广州大道", "上海街", "京都通り". The name is the street's, a
 * street is never a city: "上海静安区南京西路1788号" is in Shanghai. "北京南站" (a station), "東京通勤" stay places.
 */
const CJK_STREET = /^[东西南北中東]?(?:路|大道|大街|街|巷|弄|通り)/u;
const namesCjkStreet = (text: string, end: number): boolean =>
  end < text.length && CJK_STREET.test(text.slice(end, end + 3));

const KATAKANA = /[\p{Script=Katakana}ー]/u;
const KATAKANA_ONLY = /^[\p{Script=Katakana}ー・]+$/u;
/** Katakana names this short also open common loanwords: タイ (Thailand) in タイプ, タイトル, タイミング. */
const SHORT_KATAKANA_NAME = 2;

/**
 * Katakana loanwords are written without spaces, so a katakana place name is only one where a katakana word
 * starts: "フルタイム", "フレックスタイム制" and "パートタイム" hold タイ (Thailand) inside a word. A short name must
 * also end there ("タイプ"); a longer one may run into the next word ("ロンドンオフィス", "シンガポール拠点").
 */
function insideKatakanaWord(text: string, i: number, len: number): boolean {
  if (!KATAKANA_ONLY.test(text.slice(i, i + len))) return false;
  if (i > 0 && KATAKANA.test(text[i - 1] ?? '')) return true;
  return len <= SHORT_KATAKANA_NAME && KATAKANA.test(text[i + len] ?? '');
}

/** Unknown CJK text: a ward (…区, …구) is a district; anything else an unknown word. */
function unknownCjk(text: string, from: number, to: number, offset: number): ScanItem {
  const last = text[to - 1] ?? '';
  if (last === '区' || last === '區' || last === '구')
    return { t: 'district', refs: [], start: offset + from, end: offset + to };
  return { t: 'word', capital: false, start: offset + from, end: offset + to };
}
