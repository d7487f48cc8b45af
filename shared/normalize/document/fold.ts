/**
 * Folding for dictionary look-ups: case-, accent- and width-insensitive, so "Wünschenswert",
 * "WUNSCHENSWERT" and "wunschenswert" (and full-width "ＮＩＣＥ") compare equal.
 */

const NON_ASCII = /[^\x00-\x7f]/;
/** Marks on Latin letters only: stripping marks everywhere would also strip Japanese dakuten (ガ → カ). */
const LATIN_MARKS = /(?<=[a-z])\p{M}+/gu;
const UNDECOMPOSABLE = /[đłøßæœı]/g;
const UNDECOMPOSABLE_MAP: Record<string, string> = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u00b4`]/g;
/** Arabic short-vowel and doubling marks and the tatweel stretch ('يفضّل' is 'يفضل'): optional in writing. */
const ARABIC_MARKS = /[\u0640\u064b-\u0652\u0670]/g;
const SPACES = /\s+/g;

/** The folding of lower-cased non-ASCII text, by definition: what the per-character table must agree with. */
const foldLowerSlowly = (lower: string): string =>
  lower
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(UNDECOMPOSABLE, (c) => UNDECOMPOSABLE_MAP[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(ARABIC_MARKS, '');

/**
 * Per-character folding, built once at module load for the scripts postings are written in. A character folds
 * on its own (without its neighbours) when neither it nor the start of its decomposition is a combining mark
 * or a Hangul vowel or final consonant: only those attach to the character before them under NFKD reordering,
 * mark stripping and NFC composition. Text made only of such characters folds one character at a time, with
 * no normalisation pass; any other character sends the whole text through `foldLowerSlowly`.
 */
const SLOW = 0;
const KEEP = 1;
const MAPPED = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
const CHAR_FOLD = new Map<number, string>();
const ATTACHING = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;
/** Latin, Greek, Cyrillic, Vietnamese, punctuation, kana and CJK symbols, full-width forms. */
const TABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x52f],
  [0x1e00, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x218f],
  [0x3000, 0x30ff],
  [0xff00, 0xffef],
];
/** CJK ideographs and Hangul syllables: NFKD then NFC gives each back unchanged (fold.test.ts checks every one). */
const UNCHANGED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
];

for (const [from, to] of TABLE_RANGES)
  for (let code = from; code <= to; code++) {
    const char = String.fromCharCode(code);
    if (char.toLowerCase() !== char || ATTACHING.test(char.normalize('NFKD'))) continue;
    const folded = foldLowerSlowly(char);
    CHAR_CLASS[code] = folded === char ? KEEP : MAPPED;
    if (folded !== char) CHAR_FOLD.set(code, folded);
  }
for (const [from, to] of UNCHANGED_RANGES) CHAR_CLASS.fill(KEEP, from, to + 1);

/** Lower-cased non-ASCII text folded a character at a time, or null when a character needs its neighbours. */
function foldLowerByTable(lower: string): string | null {
  let out = '';
  let start = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const kind = CHAR_CLASS[code];
    if (kind === KEEP) continue;
    if (kind === SLOW) return null;
    out += lower.slice(start, i) + CHAR_FOLD.get(code);
    start = i + 1;
  }
  return start === 0 ? lower : out + lower.slice(start);
}

/** Lower-cases, strips Latin accents (also đ, ł, ß…) and Arabic vowel marks, folds full-width forms and apostrophes, collapses spaces. */
export function foldText(text: string): string {
  let folded = text.toLowerCase();
  if (NON_ASCII.test(folded)) folded = foldLowerByTable(folded) ?? foldLowerSlowly(folded);
  // most texts are single-spaced already: the test costs less than building the same string again
  return (UNUSUAL_SPACE.test(folded) ? folded.replace(SPACES, ' ') : folded).trim();
}

/** Whitespace that collapsing would change: anything but a lone space. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

const CJK = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/**
 * Whether a dictionary term is written in a script without spaces between words (no word boundaries apply):
 * CJK, Hangul, and Thai, whose words run together ('มีประสบการณ์จะพิจารณาเป็นพิเศษ').
 */
export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}

/**
 * Compiles dictionary terms (regex fragments, already folded) into one pattern: Latin terms match at word
 * boundaries, CJK terms anywhere. Built once at module load, never per call.
 */
export function compileTerms(terms: readonly string[]): RegExp {
  const latin = terms.filter((t) => !isCjkTerm(t));
  const cjk = terms.filter(isCjkTerm);
  const parts: string[] = [];
  if (latin.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  return new RegExp(parts.join('|') || '(?!)', 'u');
}
