/**
 * Decimal digits of the scripts postings are written in besides ASCII: Arabic-Indic (٠–٩, Arab states),
 * Extended Arabic-Indic (۰–۹, Persian and Urdu), Devanagari (०–९, Hindi, Marathi, Nepali), Bengali (০–৯) and
 * Thai (๐–๙); with the Arabic decimal and thousands separators (٫ ٬). Numbers are read by ASCII patterns
 * (`\d` matches no other digits), so a text is given its ASCII digits before a number is read from it:
 * "۳ ماه" is "3 ماه", "१८ छुट्टियाँ" is "18 छुट्टियाँ", "۳۵٬۰۰۰" is "35,000".
 * Unicode digit blocks: https://www.unicode.org/charts/ (Nd general category).
 */
const NATIVE_DIGIT = /[\u0660-\u066c\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/g;

/** An ASCII or native decimal digit: a text holding none states no number. */
export const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/;

/** Zero of each block, by its code point's block start. */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];

function asciiOf(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x066b) return '.';
  if (code === 0x066c) return ',';
  const zero = ZEROS.find((z) => code >= z && code <= z + 9);
  return zero === undefined ? char : String.fromCharCode(0x30 + code - zero);
}

/** The text with every native decimal digit as its ASCII digit; the same string when it holds none. */
export function asciiDigits(text: string): string {
  NATIVE_DIGIT.lastIndex = 0;
  return NATIVE_DIGIT.test(text) ? text.replace(NATIVE_DIGIT, asciiOf) : text;
}
