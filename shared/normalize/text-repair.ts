import { decodeHTML } from 'entities';
import { repairMojibake } from './document/mojibake';

/** Entity-escaped markup ("&lt;p&gt;", Greenhouse's `content`) with no real tag beside it. */
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(?:\s|&gt;|\/)/i;
const REAL_TAG = /<\/?[a-z][a-z0-9]*[\s>/]/i;
const MAX_UNESCAPE_ROUNDS = 2;
const NEWLINES = /\r\n?|[\u2028\u2029\u0085]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPACE_LIKE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Zero-width space, word joiner, BOM and soft hyphen: invisible and meaningless here (ZWJ/ZWNJ carry meaning in some scripts and stay). */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
const INNER_SPACE_RUN = /(?<=\S)[ \t]{2,}(?=\S)/g;
const TRAILING_SPACE = /[ \t]+(?=\n)/g;
const BLANK_LINES = /\n{3,}/g;
const LEADING_BLANK_LINES = /^(?:[ \t]*\n)+/;
const NON_ASCII = /[^\x00-\x7f]/;
/** Anything the control-character pass would change: C0/C1 controls other than \n and \t, CR, Unicode line breaks. */
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
/** Combining marks and conjoining jamo: the only text NFC changes. */
const COMBINING =
  /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u1100-\u11ff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a]/;

/**
 * Repairs text as sources mangle it: entity-escaped HTML is decoded (once, or twice when it was escaped
 * twice), mojibake undone, control characters removed (\n and \t kept), NBSP and other space characters
 * made spaces, zero-width characters and BOMs dropped, runs of spaces inside lines collapsed, and the
 * text NFC-normalised. Leading indentation is kept: nested Markdown and text lists depend on it.
 */
export function repairText(text: string): string {
  let repaired = unescapeMarkup(text);
  repaired = repairMojibake(repaired);
  if (HAS_CONTROL.test(repaired)) repaired = repaired.replace(NEWLINES, '\n').replace(CONTROL, '');
  if (NON_ASCII.test(repaired)) {
    repaired = repaired.replace(SPACE_LIKE, ' ').replace(INVISIBLE, '');
    if (COMBINING.test(repaired)) repaired = repaired.normalize('NFC');
  }
  if (repaired.includes('  ') || repaired.includes('\t')) repaired = repaired.replace(INNER_SPACE_RUN, ' ');
  if (repaired.includes(' \n') || repaired.includes('\t\n')) repaired = repaired.replace(TRAILING_SPACE, '');
  if (repaired.includes('\n\n\n')) repaired = repaired.replace(BLANK_LINES, '\n\n');
  return repaired.replace(LEADING_BLANK_LINES, '').trimEnd();
}

function unescapeMarkup(text: string): string {
  let result = text;
  for (let round = 0; round < MAX_UNESCAPE_ROUNDS && ESCAPED_TAG.test(result) && !REAL_TAG.test(result); round++) {
    result = decodeHTML(result);
  }
  return result;
}
