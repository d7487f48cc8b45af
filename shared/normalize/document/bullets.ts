import { EMOJI_SEQUENCE } from './emoji';
import { splitSentences } from './sentences';

/**
 * Bullet markers as postings write them: "-", "*", "•", "・", "‣", "◦", "▪", emoji bullets ("✅", "👉"),
 * numbers ("1.", "1)", "(1)", "①") and letters ("a)").
 */

/** Markers that need a space after them: "-5%" and "*emphasis*" are not bullets. */
const SPACED_MARKER = /^(?:[-*+–—·]|\(?\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)])\s+/u;
/** Symbol markers that may touch the text ("•Item", "・項目"). */
const SYMBOL_MARKER = new RegExp(
  `^(?:[•・‣◦▪▫●○■□◆◇►▶▸▹➤➔➢→✓✔☑✗✘❖◎※]|[\\u2460-\\u2473\\u2776-\\u277f]|(?![©®™‼⁉])${EMOJI_SEQUENCE})[\\uFE0F\\s]*`,
  'u',
);
/**
 * Chinese and Japanese numbering, touching the text: "1、", "2．", "（3）" ("1、负责…", "（2）熟悉…"). A digit before
 * an ASCII "." stays a number ("1.5年以上"), and "一、岗位职责" (a numbered heading) is no bullet.
 */
const CJK_NUMBER_MARKER = /^(?:\d{1,2}[、．]|[（(]\d{1,2}[）)])\s*/u;
const ORDERED = /^[(（\d\u2460-\u2473\u2776-\u277fa-z]/u;
/**
 * The ASCII characters a marker can start with: the spaced markers' "-", "*", "+", "(", digits and lower-case
 * letters, and a keycap emoji's "#", "*" or digit. A line starting with any other ASCII character (a capital,
 * a space, punctuation) has no marker, which most lines show at their first character.
 */
const ASCII_MARKER_START: readonly boolean[] = Array.from({ length: 0x80 }, (_, code) =>
  /[-*+(#0-9a-z]/.test(String.fromCharCode(code)),
);

/** A line that starts with a bullet: its marker, whether it numbers items, and the text after it. */
export interface BulletLine {
  marker: string;
  ordered: boolean;
  text: string;
}

/** Splits a bullet marker off a line (leading indentation already removed); null when the line has none. */
export function splitBullet(line: string): BulletLine | null {
  const first = line.charCodeAt(0);
  if (first < 0x80 && !ASCII_MARKER_START[first]) return null;
  // Most lines start with a word: a letter not followed by "." or ")" cannot be a marker.
  if (/^\p{L}[^.)]/u.test(line) && !/^\p{Extended_Pictographic}/u.test(line)) return null;
  const match = SPACED_MARKER.exec(line) ?? SYMBOL_MARKER.exec(line) ?? CJK_NUMBER_MARKER.exec(line);
  if (!match) return null;
  const text = line.slice(match[0].length).trim();
  if (!text) return null;
  const marker = match[0].trim();
  return { marker, ordered: ORDERED.test(marker), text };
}

const TRAILING_NOISE = /[\s;,，；、·•]+$/u;
const TRAILING_PERIOD = /(?<![.\s]|\b(?:etc|inc|ltd|co|corp|e\.g|i\.e|jr|sr|approx|vs))\.$/i;
const LEADING_NOISE = /^[\s:：\-–—]+/u;

/** One list item as text: bullet marker, trailing separators and a closing full stop removed; wording kept. */
export function cleanItem(text: string): string {
  let item = text.trim();
  const bullet = splitBullet(item);
  if (bullet) item = bullet.text;
  // most items start with a word and end with one: the rewrites run only where the noise can be
  if (NOISE_START.test(item)) item = item.replace(LEADING_NOISE, '');
  if (NOISE_END.test(item)) item = item.replace(TRAILING_NOISE, '');
  if (item.endsWith('.') && splitSentences(item).length === 1) item = item.replace(TRAILING_PERIOD, '');
  return item.trim();
}

/** The first character of LEADING_NOISE and the last of TRAILING_NOISE. */
const NOISE_START = /^[\s:：\-–—]/u;
const NOISE_END = /[\s;,，；、·•]$/u;

/** Markers that dress headings more often than items ("■ 応募資格", "▼ Benefits"). */
const HEADING_MARKERS = /^[■□◆◇▼▽★☆※]$/u;

/** Whether a bullet is a decorated heading rather than an item: a heading marker before a known heading. */
export function isHeadingMarker(marker: string): boolean {
  return HEADING_MARKERS.test(marker);
}
