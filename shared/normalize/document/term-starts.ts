import { isCjkTerm } from './fold';
import { expandTerm } from './term-expansions';

/**
 * A cheap test of which dictionary tables could match a folded text, before any of their regexes runs.
 *
 * A Latin term matches only where no letter or digit precedes it (fold.ts: compileTerms), so a match starts
 * with one of its spellings' first three characters, at the start of the text or after a character that is
 * not an ASCII letter or digit (a superset of where the regex allows it). A CJK term matches anywhere,
 * starting with one of its spellings' first character. A table none of whose terms can start anywhere in a
 * text cannot match it. A term with no such prefix (an unreadable fragment, a one-letter spelling) puts its
 * table among those always tried.
 */

/** Where CJK scripts start: a CJK term whose first character comes before this is always tried. */
const CJK_FROM = 0x2e80;
/** Thai, a script without spaces between words too (fold.ts: isCjkTerm), below CJK_FROM. */
const THAI_FROM = 0x0e00;
const THAI_TO = 0x0e7f;
/** Whether a character starts terms that match anywhere (CJK, Hangul, Thai). */
const isScriptless = (code: number): boolean => code >= CJK_FROM || (code >= THAI_FROM && code <= THAI_TO);
/** Spellings worth listing for a term's first characters (only their prefixes are kept). */
const PREFIX_EXPANSIONS = 4096;
const END = 0;
const OTHER = 40;

/**
 * One character of a three-character key: letters, digits, space, apostrophe and hyphen each have a code of
 * their own, every other character shares one (different ones may meet: that only adds candidates); END
 * stands for the end of a two-letter term.
 */
function charCode(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x60;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 27;
  return code === 0x20 ? 37 : code === 0x27 ? 38 : code === 0x2d ? 39 : OTHER;
}

/** The key of the three characters of `text` from `at` (two and END when `three` is false). */
function wordStartKey(text: string, at: number, three: boolean): number {
  const first = charCode(text.charCodeAt(at));
  const second = charCode(text.charCodeAt(at + 1));
  return (first * 41 + second) * 41 + (three ? charCode(text.charCodeAt(at + 2)) : END);
}

/** ASCII letters and digits: after one, no Latin term can start (the regex's lookbehind refuses it). */
const isAsciiWordChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);

/** The first characters of dictionary tables' terms (a bit per table, up to 30 tables), built at module load. */
export class TermStarts {
  /** a Latin term's first three characters, or two for a two-letter one → the tables having such a term */
  private readonly wordStarts = new Map<number, number>();
  /** the first character (UTF-16 unit) of a CJK term → the tables having such a term */
  private readonly charStarts = new Map<number, number>();
  private always = 0;
  /** whether a Latin term has a two-letter spelling ("ux"): keys ending in END are looked up too */
  private twoLetters = false;

  /** The starts of each table's terms (folded regex fragments, as compileTerms takes them). */
  static of(tables: ReadonlyArray<readonly string[]>): TermStarts {
    const starts = new TermStarts();
    tables.forEach((terms, table) => terms.forEach((term) => starts.addTerm(term, 1 << table)));
    return starts;
  }

  private addTerm(term: string, bit: number): void {
    const prefixes = expandTerm(term, PREFIX_EXPANSIONS) ?? literalPrefix(term);
    const cjk = isCjkTerm(term);
    const usable = (prefix: string): boolean => (cjk ? isScriptless(prefix.charCodeAt(0)) : prefix.length >= 2);
    if (!prefixes || !prefixes.every(usable)) {
      this.always |= bit;
      return;
    }
    for (const prefix of prefixes) {
      const [map, key] = cjk
        ? [this.charStarts, prefix.charCodeAt(0)]
        : [this.wordStarts, wordStartKey(prefix, 0, prefix.length > 2)];
      map.set(key, (map.get(key) ?? 0) | bit);
      if (!cjk && prefix.length === 2) this.twoLetters = true;
    }
  }

  /** The tables (bits) whose terms can start somewhere in `folded`: no other table can match it. */
  candidates(folded: string): number {
    let mask = this.always;
    let wordStart = true;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      if (isScriptless(code)) mask |= this.charStarts.get(code) ?? 0;
      if (wordStart && i + 1 < folded.length) {
        if (i + 2 < folded.length) mask |= this.wordStarts.get(wordStartKey(folded, i, true)) ?? 0;
        if (this.twoLetters) mask |= this.wordStarts.get(wordStartKey(folded, i, false)) ?? 0;
      }
      wordStart = !isAsciiWordChar(code);
    }
    return mask;
  }
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
