/**
 * Text folding for gazetteer keys: one spelling for "München", "munchen" and "MÜNCHEN", "Hà Nội" and
 * "ha noi", "Winston-Salem" and "winston salem". Keys and lookups must go through the same function.
 *
 * Folding works character by character with a memo: Unicode normalisation is slow per call, and the
 * distinct non-ASCII characters of a run are few, so each is normalised once per process.
 */

const MARKS = /\p{M}+/gu;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const SPECIAL = /[đðßłıøæœ]/g;
const SPECIAL_MAP: Record<string, string> = { đ: 'd', ð: 'd', ß: 'ss', ł: 'l', ı: 'i', ø: 'o', æ: 'ae', œ: 'oe' };
const charCache = new Map<string, string>();

/** The folded form of one non-ASCII character: lower case, no marks; a space if it is no letter or digit. */
function foldChar(ch: string): string {
  let folded = charCache.get(ch);
  if (folded !== undefined) return folded;
  folded = ch
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => SPECIAL_MAP[c] ?? c)
    .replace(NON_ALNUM, ' ');
  charCache.set(ch, folded);
  return folded;
}

/** Only ASCII letters and digits: such a text folds to its lower case. */
const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

/** Lower-cased, diacritics removed, punctuation turned into single spaces, trimmed. */
export function fold(text: string): string {
  // most words a scan folds are plain ASCII ("Berlin", "NY"): one native call instead of a loop joining characters
  if (ASCII_ALNUM.test(text)) return text.toLowerCase();
  let out = '';
  let pendingSpace = false;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    let piece: string;
    if (code < 128) {
      if (code >= 65 && code <= 90) piece = String.fromCharCode(code + 32);
      else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) piece = ch;
      else piece = ' ';
    } else piece = foldChar(ch);
    for (const p of piece) {
      if (p === ' ') {
        pendingSpace = out.length > 0;
        continue;
      }
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += p;
    }
  }
  return out;
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
  const code = ch.charCodeAt(0);
  return code >= 0x0e00 && CJK.test(ch);
}

/** True when every letter of the string is in a spaceless script (東京都, 서울, กรุงเทพ). */
export function isCjkString(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(0) < 0x0e00) return false;
  for (const ch of text) if (!isCjkChar(ch)) return false;
  return true;
}
