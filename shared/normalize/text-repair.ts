import { decodeHTML } from 'entities';
import { repairMojibake } from './document/mojibake';

/** Entity-escaped markup ("&lt;p&gt;", Greenhouse's `content`) with no real tag beside it. */
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(?:\s|&gt;|\/)/i;
const REAL_TAG = /<\/?[a-z][a-z0-9]*[\s>/]/i;
const MAX_UNESCAPE_ROUNDS = 2;
const NEWLINES = /\r\n?|[\u2028\u2029\u0085]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * Terminal escape sequences (ECMA-48 CSI, "ESC [ 31 m"): text copied out of a terminal or a log carries them,
 * and dropping only the ESC would leave "[31m" in a title. A lone C1 byte (0x9B is "›" read as Latin-1) is
 * dropped alone, never with the text after it.
 */
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]/g;
const SPACE_LIKE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/** Zero-width space, word joiner, BOM and soft hyphen: invisible and meaningless here (ZWJ/ZWNJ carry meaning in some scripts and stay). */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
const INNER_SPACE_RUN = /(?<=\S)[ \t]{2,}(?=\S)/g;
const TRAILING_SPACE = /[ \t]+(?=\n)/g;
const BLANK_LINES = /\n{3,}/g;
const LEADING_BLANK_LINES = /^(?:[ \t]*\n)+/;
const NON_ASCII = /[^\x00-\x7f]/;
/** SPACE_LIKE or INVISIBLE: one test for the two replaces (accented text has neither). */
const ODD_SPACE = /[\u00a0\u00ad\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/;
/**
 * What every mojibake run starts with (mojibake.ts): a UTF-8 lead byte read as Windows-1252 (Â–ô) followed by
 * a continuation byte read the same way. Accented text ("é", "ô" before a letter) has none, so it skips the
 * repair's run-by-run replace.
 */
const MOJIBAKE_PAIR =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
/**
 * Anything one of the control, space-like, inner-space or trailing-space passes of `repairText` would change:
 * HAS_CONTROL, ODD_SPACE, a tab, or a space before a space or a line break.
 */
const NEEDS_TIDY =
  /[\u0000-\u0008\t\u000b-\u001f\u007f-\u00a0\u00ad\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| [ \n]/;
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
  if (mayHoldMojibake(repaired)) repaired = repairMojibake(repaired);
  // most bodies hold nothing the control, space and spacing passes change: one scan instead of six skips them
  if (!NEEDS_TIDY.test(repaired)) return trimLines(composed(repaired));
  if (HAS_CONTROL.test(repaired))
    repaired = repaired.replace(ESCAPE_SEQUENCE, '').replace(NEWLINES, '\n').replace(CONTROL, '');
  if (NON_ASCII.test(repaired) && mayHoldOddSpace(repaired))
    repaired = repaired.replace(SPACE_LIKE, ' ').replace(INVISIBLE, '');
  repaired = composed(repaired);
  if (repaired.includes('  ') || repaired.includes('\t')) repaired = repaired.replace(INNER_SPACE_RUN, ' ');
  if (repaired.includes(' \n') || repaired.includes('\t\n')) repaired = repaired.replace(TRAILING_SPACE, '');
  return trimLines(repaired);
}

/** The text NFC-normalised where it holds a combining mark (NFC changes nothing else, and adds no space or tab). */
const composed = (text: string): string =>
  NON_ASCII.test(text) && COMBINING.test(text) ? text.normalize('NFC') : text;

/** Blank-line runs cut to one blank line, leading blank lines and trailing white space dropped. */
function trimLines(text: string): string {
  const tidy = text.includes('\n\n\n') ? text.replace(BLANK_LINES, '\n\n') : text;
  return tidy.replace(LEADING_BLANK_LINES, '').trimEnd();
}

/** Whether `repairMojibake` could change the text (without a lead-continuation pair it returns it as is). */
export const mayHoldMojibake = (text: string): boolean => MOJIBAKE_PAIR.test(text);

/** Whether the text holds a space-like or invisible character that repair replaces or drops. */
export const mayHoldOddSpace = (text: string): boolean => ODD_SPACE.test(text);

function unescapeMarkup(text: string): string {
  let result = text;
  for (let round = 0; round < MAX_UNESCAPE_ROUNDS && ESCAPED_TAG.test(result) && !REAL_TAG.test(result); round++) {
    result = decodeHTML(result);
  }
  return result;
}

/** Line breaks and tabs: a one-line field (a title, a city, an item) reads them as a space. */
const LINE_SPACE = /[ \t]*[\t\n\r\u0085\u2028\u2029][\s\u0085\u2028\u2029]*/g;
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const DOUBLE_SPACE = / {2,}/g;

/**
 * A string of the output without control characters: terminal escape sequences and C0/C1 controls removed;
 * a multi-line text (the description) keeps \n and \t, a one-line field turns line breaks and tabs into a
 * space. Strings without a control character come back as they are (one test per string).
 */
export function stripControls(text: string, multiline: boolean): string {
  // a description is full of \n: only a character it would lose or change sends it through the passes
  if (!(multiline ? HAS_CONTROL : ANY_CONTROL).test(text)) return text;
  const unescaped = text.replace(ESCAPE_SEQUENCE, '');
  if (multiline) return unescaped.replace(NEWLINES, '\n').replace(CONTROL, '');
  return unescaped.replace(LINE_SPACE, ' ').replace(CONTROL, '').replace(DOUBLE_SPACE, ' ').trim();
}

/**
 * Every string in a posting's content without control characters (see `stripControls`): the one place they
 * are removed from what leaves the normaliser, whatever field a source put them in (a JSON feed's title, a
 * structured city, a salary text, an entity like "&#27;" decoded by the HTML parser). Only `description`
 * is multi-line. Objects and arrays are copied only where a string changed.
 */
export function scrubControls<T>(value: T, multiline = false): T {
  if (typeof value === 'string') return stripControls(value, multiline) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return scrubItems(value, multiline) as T;
  return scrubRecord(value as Record<string, unknown>, multiline) as T;
}

// plain loops: the walk visits every value of every posting, and entry pairs and callbacks cost more than the test
function scrubItems(items: unknown[], multiline: boolean): unknown[] {
  let copy: unknown[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const clean = scrubControls(item, multiline);
    if (clean !== item) (copy ??= [...items])[i] = clean;
  }
  return copy ?? items;
}

function scrubRecord(record: Record<string, unknown>, multiline: boolean): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const clean = scrubControls(item, multiline || key === 'description');
    if (clean !== item) (copy ??= { ...record })[key] = clean;
  }
  return copy ?? record;
}
