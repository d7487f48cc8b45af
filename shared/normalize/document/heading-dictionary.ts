import { compileTerms, foldText } from './fold';
import { HEADING_TABLES, type SectionKind } from './heading-terms';

export type { SectionKind } from './heading-terms';

/** One compiled pattern per table, built once at module load. */
const COMPILED: ReadonlyArray<readonly [SectionKind, RegExp]> = HEADING_TABLES.map(([kind, terms]) => [kind, compileTerms(terms)] as const);

const LEADING_DECORATION = /^(?:[\s#*_>~=+\-–—•・◆◇■□●○▶►▼▽★☆※【「『《〈|]|\p{Extended_Pictographic}|\uFE0F|(?:\d{1,2}|[ivx]{1,4})[.)](?=\s))+/iu;
const TRAILING_DECORATION = /(?:[\s:：.!?！？】」』》〉*_~=\-–—|]|\p{Extended_Pictographic}|\uFE0F)+$/u;
const WRAPPED = /^[[(]([^\])]*)[\])]$/;
const MAX_HEADING_CHARS = 120;

/** A heading as its words: numbering, symbols, brackets and the closing colon removed. */
export function headingLabel(text: string): string {
  const label = text.replace(LEADING_DECORATION, '').replace(TRAILING_DECORATION, '').trim();
  const wrapped = WRAPPED.exec(label);
  return wrapped ? (wrapped[1] ?? '').trim() : label;
}

/**
 * What a heading announces, from a multilingual dictionary with cue-word fallbacks ("you will" → duties,
 * "you have" → requirements, "bonus" → nice to have, "offer" → benefits); null when it says nothing we know.
 */
export function classifyHeading(text: string): SectionKind | null {
  const folded = foldText(headingLabel(text));
  if (!folded || folded.length > MAX_HEADING_CHARS) return null;
  for (const [kind, pattern] of COMPILED) {
    if (pattern.test(folded)) return kind;
  }
  return null;
}
