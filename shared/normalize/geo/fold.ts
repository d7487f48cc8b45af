/**
 * Text folding for gazetteer keys: one spelling for "München", "munchen" and "MÜNCHEN", "Hà Nội" and
 * "ha noi", "Winston-Salem" and "winston salem". Keys and lookups must go through the same function.
 */

const MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const SPECIAL = /[đðßłıøæœ]/g;
const SPECIAL_MAP: Record<string, string> = { đ: 'd', ð: 'd', ß: 'ss', ł: 'l', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe' };
const ASCII_WORD = /^[a-z0-9 ]*$/;

/** Lower-cased, diacritics removed, punctuation turned into single spaces. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: plain ASCII needs no Unicode normalisation.
  if (ASCII_WORD.test(lower)) return lower.trim().replace(/ {2,}/g, ' ');
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => SPECIAL_MAP[c] ?? c)
    .replace(NON_ALNUM, ' ')
    .trim();
}

/** Removes diacritics but keeps case and punctuation ("Đà Nẵng" → "Da Nang"). */
export function stripMarks(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd'))
    .normalize('NFC');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]/u;

/** True when the character belongs to a script written without spaces between words. */
export function isCjkChar(ch: string): boolean {
  return CJK.test(ch);
}

/** True when every letter of the string is in a spaceless script (東京都, 서울, กรุงเทพ). */
export function isCjkString(text: string): boolean {
  for (const ch of text) if (!isCjkChar(ch)) return false;
  return text.length > 0;
}
