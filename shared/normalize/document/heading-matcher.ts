import { compileTerms, isCjkTerm } from './fold';
import { HEADING_TABLES, type SectionKind } from './heading-terms';
import { expandTerm } from './term-expansions';

/**
 * Which heading table a folded label falls in. The rule (heading-terms.ts): the first table, in order, whose
 * pattern matches anywhere in the label. `firstTableSlowly` is that rule as written, one regex per table in
 * turn; `firstTable` gives the same answer with less work:
 * - a label that is nothing but a dictionary term ("requisitos", "what we are looking for") is answered from a
 *   Map of every spelling the terms have (term-expansions.ts), filled once at module load;
 * - for any other label, only the tables that have a term starting the way one of the label's words starts
 *   are tried, in order. A job title or a sentence usually leaves none, and no regex runs at all.
 */

/** The tables' compiled patterns, in order (built once at module load). */
const TABLE_PATTERNS: readonly RegExp[] = HEADING_TABLES.map(([, terms]) => compileTerms(terms));
const KINDS: readonly SectionKind[] = HEADING_TABLES.map(([kind]) => kind);

/** A folded label's table (an index into HEADING_TABLES) and the text of that table's first match. */
export interface TableMatch {
  table: number;
  match: string;
}

/** The rule as written: each table's pattern in turn; null when none matches. */
export function firstTableSlowly(folded: string): TableMatch | null {
  return firstTableOf(folded, ALL_TABLES);
}

/** The first of the tables in `mask` (a bit per table) whose pattern matches. */
function firstTableOf(folded: string, mask: number): TableMatch | null {
  for (let table = 0; table < TABLE_PATTERNS.length; table++) {
    if ((mask & (1 << table)) === 0) continue;
    const match = TABLE_PATTERNS[table]?.exec(folded);
    if (match) return { table, match: match[0] };
  }
  return null;
}

const ALL_TABLES = (1 << HEADING_TABLES.length) - 1;

/**
 * Where the terms of each table can start. A Latin term matches only where no letter or digit precedes it
 * (fold.ts: compileTerms), so its match starts with one of its spellings' first three characters at the start
 * of the label or after a character that is not an ASCII letter or digit (a superset of where the regex
 * allows it). A CJK term matches anywhere, starting with one of its spellings' first character. A term with no
 * such prefix (an unreadable fragment, a one-letter spelling) puts its table in `always`.
 */
interface TermStarts {
  /** a Latin term's first three characters, or two for a two-letter one (`startKey`) → the tables (bits) */
  wordStarts: Map<number, number>;
  /** the first character (UTF-16 unit) of a CJK term → the tables (bits) having such a term */
  charStarts: Map<number, number>;
  always: number;
  /** whether a Latin term has a two-letter spelling ("ux"): keys ending in END are looked up too */
  twoLetters: boolean;
}

/** Where CJK scripts start: a CJK term whose first character comes before this puts its table in `always`. */
const CJK_FROM = 0x2e80;
/**
 * Three characters as one small integer: letters, digits, space, apostrophe and hyphen each have a code of
 * their own, every other character shares one (so different ones may meet: that only adds candidates), and
 * END stands for the end of a two-letter term.
 */
const END = 0;
const OTHER = 40;
function charCode(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x60;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 27;
  return code === 0x20 ? 37 : code === 0x27 ? 38 : code === 0x2d ? 39 : OTHER;
}
const startKey = (a: number, b: number, c: number): number => (a * 41 + b) * 41 + c;

const STARTS: TermStarts = termStarts();

function termStarts(): TermStarts {
  const starts: TermStarts = { wordStarts: new Map(), charStarts: new Map(), always: 0, twoLetters: false };
  const add = (map: Map<number, number>, key: number, table: number): void => {
    map.set(key, (map.get(key) ?? 0) | (1 << table));
  };
  HEADING_TABLES.forEach(([, terms], table) => {
    for (const term of terms) {
      const prefixes = expandTerm(term) ?? literalPrefix(term);
      if (!isCjkTerm(term) && prefixes?.some((prefix) => prefix.length === 2)) starts.twoLetters = true;
      const cjk = isCjkTerm(term);
      const unusable = (prefix: string): boolean => (cjk ? prefix.charCodeAt(0) < CJK_FROM : prefix.length < 2);
      if (!prefixes || prefixes.some((prefix) => prefix === '' || unusable(prefix))) starts.always |= 1 << table;
      else if (cjk) for (const prefix of prefixes) add(starts.charStarts, prefix.charCodeAt(0), table);
      else for (const prefix of prefixes) add(starts.wordStarts, wordStartKey(prefix, 0, prefix.length > 2), table);
    }
  });
  return starts;
}

/**
 * The literal characters every match of a fragment begins with ("^why (?!this\b…)" → "why "), as the only
 * prefix; null when there are none or the fragment has alternatives of its own at the top level.
 */
function literalPrefix(term: string): string[] | null {
  if (hasTopLevelAlternative(term)) return null;
  const run = /^\^?([\p{L}\p{N} ']*)([?*{]?)/u.exec(term);
  const literal = run?.[2] ? (run[1] ?? '').slice(0, -1) : (run?.[1] ?? '');
  return literal ? [literal] : null;
}

function hasTopLevelAlternative(term: string): boolean {
  let depth = 0;
  for (let i = 0; i < term.length; i++) {
    const char = term[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/** ASCII letters and digits: after one, no Latin term can start (the regex's lookbehind refuses it). */
const isAsciiWordChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);

/** The `startKey` of the three characters of `text` from `at` (two and END when `three` is false). */
function wordStartKey(text: string, at: number, three: boolean): number {
  const first = charCode(text.charCodeAt(at));
  const second = charCode(text.charCodeAt(at + 1));
  return startKey(first, second, three ? charCode(text.charCodeAt(at + 2)) : END);
}

/** The tables (bits) that may match somewhere in a folded label: those whose terms can start where it allows. */
export function candidateTables(folded: string): number {
  const { wordStarts, charStarts, twoLetters } = STARTS;
  let mask = STARTS.always;
  let wordStart = true;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code >= CJK_FROM) mask |= charStarts.get(code) ?? 0;
    if (wordStart && i + 1 < folded.length) {
      if (i + 2 < folded.length) mask |= wordStarts.get(wordStartKey(folded, i, true)) ?? 0;
      if (twoLetters) mask |= wordStarts.get(wordStartKey(folded, i, false)) ?? 0;
    }
    wordStart = !isAsciiWordChar(code);
  }
  return mask;
}

/** Same answer as `firstTableSlowly`: only the tables a label's word starts allow are tried. */
export function firstTable(folded: string): TableMatch | null {
  const mask = candidateTables(folded);
  return mask === 0 ? null : firstTableOf(folded, mask);
}

/** What a label that is a whole spelling of a term gets, loosely and strictly. */
export interface WholeLabel {
  kind: SectionKind | null;
  /** its table's first match covers enough of it (`classifyHeadingStrict`'s rule) */
  strictKind: SectionKind | null;
}

/**
 * Every spelling of every expandable term, with the answer the rule gives for it (by `firstTable`, which
 * agrees with the rule). Built once at module load from the dictionary alone; `strictCoverage` is the strict
 * rule's share of the label a match must cover.
 */
export function wholeLabelTable(strictCoverage: number): ReadonlyMap<string, WholeLabel> {
  const table = new Map<string, WholeLabel>();
  for (const [, terms] of HEADING_TABLES)
    for (const term of terms)
      for (const spelling of expandTerm(term) ?? []) {
        if (table.has(spelling) || !isFoldedLabel(spelling)) continue;
        const found = firstTable(spelling);
        const kind = found ? (KINDS[found.table] ?? null) : null;
        const covers = found !== null && found.match.length / spelling.length >= strictCoverage;
        table.set(spelling, { kind, strictKind: covers ? kind : null });
      }
  return table;
}

/** A spelling a folded heading label can be: trimmed, single-spaced, lower case (fold.ts never yields others). */
const isFoldedLabel = (spelling: string): boolean =>
  spelling !== '' && spelling === spelling.trim() && !/\s\s|[A-Z]/.test(spelling);

/** The section kind of a table index. */
export const kindOfTable = (table: number): SectionKind => KINDS[table] as SectionKind;
