import { EMOJI_SEQUENCE } from './emoji';
import { compileTerms, foldText } from './fold';
import { HEADING_TABLES, type SectionKind } from './heading-terms';

export type { SectionKind } from './heading-terms';

/** One compiled pattern per table, built once at module load. */
const COMPILED: ReadonlyArray<readonly [SectionKind, RegExp]> = HEADING_TABLES.map(
  ([kind, terms]) => [kind, compileTerms(terms)] as const,
);

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

/** A heading as its words: numbering, symbols, brackets and the closing colon removed. */
/** Whether a line is dressed as a heading: 【仕事内容】, ■ 応募資格, [Requirements], ▼ Benefits. */
export function isDecoratedHeading(text: string): boolean {
  return DECORATED.test(text.trim());
}

export function headingLabel(text: string): string {
  const label = text.replace(LEADING_DECORATION, '').replace(TRAILING_DECORATION, '').trim();
  const wrapped = WRAPPED.exec(label);
  return wrapped ? (wrapped[1] ?? '').trim() : label;
}

/**
 * Like `classifyHeading`, but only when the dictionary term is most of the label ("Requirements",
 * "仕事内容"), not a word inside a longer phrase ("5 years of experience"): for lines that are headings only
 * by standing alone.
 */
export function classifyHeadingStrict(text: string): SectionKind | null {
  if (text.length > MAX_HEADING_CHARS * 2) return null;
  const folded = foldText(headingLabel(text));
  if (!folded || folded.length > MAX_HEADING_CHARS) return null;
  for (const [candidate, pattern] of COMPILED) {
    const match = pattern.exec(folded);
    if (match) return match[0].length / folded.length >= STRICT_COVERAGE ? candidate : null;
  }
  return null;
}

/**
 * What a heading announces, from a multilingual dictionary with cue-word fallbacks ("you will" → duties,
 * "you have" → requirements, "bonus" → nice to have, "offer" → benefits); null when it says nothing we know.
 */
export function classifyHeading(text: string): SectionKind | null {
  if (text.length > MAX_HEADING_CHARS * 2) return null;
  const folded = foldText(headingLabel(text));
  if (!folded || folded.length > MAX_HEADING_CHARS) return null;
  return COMPILED.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}
