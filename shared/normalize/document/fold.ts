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
const SPACES = /\s+/g;

/** Lower-cases, strips Latin accents (also đ, ł, ß…), folds full-width forms and apostrophes, collapses spaces. */
export function foldText(text: string): string {
  let folded = text.toLowerCase();
  if (NON_ASCII.test(folded)) {
    folded = folded
      .normalize('NFKD')
      .replace(LATIN_MARKS, '')
      .normalize('NFC')
      .replace(UNDECOMPOSABLE, (c) => UNDECOMPOSABLE_MAP[c] ?? c)
      .replace(APOSTROPHES, "'");
  }
  return folded.replace(SPACES, ' ').trim();
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** Whether a dictionary term is written in a script without spaces between words (no word boundaries apply). */
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
