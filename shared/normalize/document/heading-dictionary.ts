import { EMOJI_SEQUENCE } from './emoji';
import { foldText } from './fold';
import { firstTable, kindOfTable, wholeLabelTable, type WholeLabel } from './heading-matcher';
import type { SectionKind } from './heading-terms';

export type { SectionKind } from './heading-terms';

/** Numbering, symbols and whole emoji (emoji.ts) before a heading's words, and symbols and emoji after them. */
const LEADING_DECORATION = new RegExp(
  `^(?:[\\s#*_>~=+\\-–—•・◆◇■□●○▶►▼▽★☆※【「『《〈|¿¡]|${EMOJI_SEQUENCE}|\\uFE0F|(?:\\d{1,2}|[ivx]{1,4})[.)](?=\\s))+`,
  'iu',
);
const TRAILING_DECORATION = new RegExp(`(?:[\\s:：.!?！？】」』》〉*_~=\\-–—|]|${EMOJI_SEQUENCE}|\\uFE0F)+$`, 'u');
const DECORATED = /^(?:【[^】]{1,40}】|\[[^\]]{1,40}\]|「[^」]{1,40}」|[■□◆◇▼▽▶►●○★☆※#][^\n]{1,40})$/u;
const WRAPPED = /^[[(]([^\])]*)[\])]$/;
const MAX_HEADING_CHARS = 120;
const STRICT_COVERAGE = 0.6;

/** Whether a line is dressed as a heading: 【仕事内容】, ■ 応募資格, [Requirements], ▼ Benefits. */
export function isDecoratedHeading(text: string): boolean {
  return DECORATED.test(text.trim());
}

/**
 * Characters that cannot begin a leading decoration: printable ASCII but the decoration symbols, digits (a
 * number, a keycap), the roman numerals i, v, x and the brackets a wrapped label opens with; Latin letters
 * but the dotted and dotless i; kana, CJK ideographs and Hangul. No emoji starts with one of these.
 */
const PLAIN_START =
  /^[!"$%&'),./:;<?@\\\]^`{}a-hj-uwyzA-HJ-UWYZ\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u012f\u0132-\u024f\u3041-\u30fa\u4e00-\u9fff\uac00-\ud7a3]/;
/**
 * Characters that cannot end a trailing decoration: printable ASCII but the closing symbols (an emoji never
 * ends in ASCII: a keycap ends in U+20E3), Latin letters, kana, CJK ideographs and Hangul.
 */
const PLAIN_END =
  /["#$%&'()+,/;<>@[\\\]^`{}0-9a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u3041-\u30fa\u4e00-\u9fff\uac00-\ud7a3]$/;

/** A heading as its words: numbering, symbols, brackets and the closing colon removed. */
export function headingLabel(text: string): string {
  // each pattern runs only where the first or last character could be decoration
  const lead = PLAIN_START.test(text) ? text : text.replace(LEADING_DECORATION, '');
  const label = (PLAIN_END.test(lead) ? lead : lead.replace(TRAILING_DECORATION, '')).trim();
  const wrapped = WRAPPED.exec(label);
  return wrapped ? (wrapped[1] ?? '').trim() : label;
}

/**
 * Whether `label`, the `headingLabel` of `text`, is its own label: then it has the line's folded key
 * (`headingKey(label) === headingKey(text)`, which is `foldText(label)` for a label of a heading's length), so
 * it classifies as the line did. A line with no words left (`label` empty) is none.
 */
export const isOwnLabel = (text: string, label: string): boolean =>
  label !== '' && text.length <= MAX_HEADING_CHARS * 2 && headingLabel(label) === label;

/** Every whole spelling of a dictionary term, answered once at module load (heading-matcher.ts). */
const WHOLE_LABELS = wholeLabelTable(STRICT_COVERAGE);

/**
 * The folded label of a heading-like line (`foldText(headingLabel(text))`), for a line read several ways: fold
 * once, then classify loosely and strictly from it. Empty when the line is too long to be a heading.
 */
export function headingKey(text: string): string {
  if (text.length > MAX_HEADING_CHARS * 2) return '';
  const folded = foldText(headingLabel(text));
  return folded.length <= MAX_HEADING_CHARS ? folded : '';
}

/** The longest whole spelling: a longer label is none, and is not hashed to find that out (a line of prose often). */
const LONGEST_WHOLE_LABEL = longestKey(WHOLE_LABELS);

function longestKey(labels: ReadonlyMap<string, unknown>): number {
  let longest = 0;
  for (const label of labels.keys()) longest = Math.max(longest, label.length);
  return longest;
}

/** The whole-label entry of a folded label, if it is one. */
const wholeLabel = (folded: string): WholeLabel | undefined =>
  folded.length <= LONGEST_WHOLE_LABEL ? WHOLE_LABELS.get(folded) : undefined;

/** Whether a folded label is nothing but a dictionary heading ("requirements", "nice to have", "vos missions"). */
export const isWholeHeading = (folded: string): boolean => wholeLabel(folded) !== undefined;

/** `classifyHeading` of a line whose `headingKey` is `folded`. */
export function classifyFolded(folded: string): SectionKind | null {
  if (!folded) return null;
  const whole = wholeLabel(folded);
  if (whole) return whole.kind;
  const found = firstTable(folded);
  return found ? kindOfTable(found.table) : null;
}

/** `classifyHeadingStrict` of a line whose `headingKey` is `folded`. */
export function classifyFoldedStrict(folded: string): SectionKind | null {
  if (!folded) return null;
  const whole = wholeLabel(folded);
  if (whole) return whole.strictKind;
  const found = firstTable(folded);
  return found && found.match.length / folded.length >= STRICT_COVERAGE ? kindOfTable(found.table) : null;
}

/**
 * Like `classifyHeading`, but only when the dictionary term is most of the label ("Requirements",
 * "仕事内容"), not a word inside a longer phrase ("5 years of experience"): for lines that are headings only
 * by standing alone.
 */
export function classifyHeadingStrict(text: string): SectionKind | null {
  return classifyFoldedStrict(headingKey(text));
}

/**
 * What a heading announces, from a multilingual dictionary with cue-word fallbacks ("you will" → duties,
 * "you have" → requirements, "bonus" → nice to have, "offer" → benefits); null when it says nothing we know.
 */
export function classifyHeading(text: string): SectionKind | null {
  return classifyFolded(headingKey(text));
}
