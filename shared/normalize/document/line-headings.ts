import {
  classifyFolded,
  classifyFoldedStrict,
  headingKey,
  isDecoratedHeading,
  isWholeHeading,
  type SectionKind,
} from './heading-dictionary';

/**
 * Which plain lines head a section: the signals a line without heading markup gives (bold, a trailing colon,
 * capitals, a known heading standing alone or above a list, a short question).
 */

/** How a heading was recognised, strongest first ('line': a known heading standing alone or leading a list). */
export type HeadingSignal = 'markup' | 'source' | 'bold' | 'colon' | 'caps' | 'line';

/** A line recognised as a heading: by what, and which section it opens (null: one the dictionary does not know). */
export interface LineHeading {
  signal: HeadingSignal;
  kind: SectionKind | null;
}

/** Where a line stands: whether a list follows it, and whether it is a paragraph of its own. */
export interface LineContext {
  leadsList: boolean;
  alone: boolean;
  startsParagraph: boolean;
}

const SENTENCE_END = /[.!?。！？]$/u;
/** "Wat ga je doen?", "Qui êtes-vous ?", "¿Qué ofrecemos?": a question may head a section. */
const QUESTION_END = /[?？]$/u;
const MAX_QUESTION_HEADING_WORDS = 6;
const COLON_END = /[:：]$/u;
/** Every rule here asks at most whether a line has more than this many words. */
const WORDS_COUNTED = 12;
/** Headings recognised from emphasis alone are short; longer bold lines are emphasised prose. */
const MAX_WEAK_HEADING_WORDS = WORDS_COUNTED;
const MAX_UNCLASSIFIED_BOLD_WORDS = 6;
const MAX_LEADING_HEADING_WORDS = 8;

const WORD = /\S+/g;

/** The number of words of a line, split on white space; counting stops past `atMost` (a long line is long). */
export function wordCount(text: string, atMost = Infinity): number {
  // counts the runs of non-space characters without splitting: called several times on every line
  let words = 0;
  WORD.lastIndex = 0;
  while (words <= atMost && WORD.test(text)) words++;
  return words;
}

/**
 * A line as the heading rules read it. A line is asked several questions (bold? ending in a colon? in
 * capitals? standing alone?), each of which may classify it: its word count, folded label and classifications
 * are computed once, on first use, for this line of this posting only.
 */
export class HeadingLine {
  private wordTotal = -1;
  private folded: string | undefined;
  private loose: SectionKind | null | undefined;
  private strict: SectionKind | null | undefined;
  private dressed: boolean | undefined;

  constructor(readonly text: string) {}

  get words(): number {
    // a line's exact count past WORDS_COUNTED never matters: a paragraph's words are not counted to the end
    if (this.wordTotal < 0) this.wordTotal = wordCount(this.text, WORDS_COUNTED);
    return this.wordTotal;
  }

  /** `classifyHeading` of the line. */
  get kind(): SectionKind | null {
    if (this.loose === undefined) this.loose = classifyFolded(this.key);
    return this.loose;
  }

  /** `classifyHeadingStrict` of the line. */
  get strictKind(): SectionKind | null {
    if (this.strict === undefined) this.strict = classifyFoldedStrict(this.key);
    return this.strict;
  }

  /** `isDecoratedHeading` of the line. */
  get decorated(): boolean {
    this.dressed ??= isDecoratedHeading(this.text);
    return this.dressed;
  }

  /** Whether the line is nothing but a dictionary heading ("Requirements", "Nice to have"). */
  get whole(): boolean {
    return isWholeHeading(this.key);
  }

  /** The line's folded label (`headingKey`): lower case, without numbering and dressing. */
  get key(): string {
    this.folded ??= headingKey(this.text);
    return this.folded;
  }
}

/**
 * A line in capitals: no lower-case letter, at least three capitals, and more capitals than letters without
 * case. Chinese or Japanese has no lower case either: "3、熟悉粤菜制作，了解HACCP体系；" is a requirement
 * naming an acronym, not a heading in capitals.
 */
function isCapsLine(line: HeadingLine): boolean {
  const text = line.text;
  if (text.length > 60 || /\p{Ll}/u.test(text) || SENTENCE_END.test(text) || line.words > 8) return false;
  let cased = 0;
  let uncased = 0;
  for (const char of text)
    if (/\p{Lu}/u.test(char)) cased++;
    else if (/\p{Lo}/u.test(char)) uncased++;
  return cased >= 3 && cased > uncased;
}

/**
 * A short question that may head a section: "Wat vragen wij?", "Was bringst du mit?". Only when the
 * dictionary term covers most of it (strict), so "Do you enjoy solving hard problems?" stays prose.
 */
function isHeadingQuestion(line: HeadingLine): boolean {
  return QUESTION_END.test(line.text) && line.words <= MAX_QUESTION_HEADING_WORDS;
}

/**
 * A line that its own dress makes a heading: bold, ending in a colon, or in capitals (any short one when
 * `capsHeadings` is 'any', only a known heading when 'classified').
 */
export function headingFromLine(
  line: HeadingLine,
  strong: boolean,
  capsHeadings: 'any' | 'classified',
): LineHeading | null {
  const text = line.text;
  if (line.words > MAX_WEAK_HEADING_WORDS) return null;
  const question = strong && isHeadingQuestion(line) ? line.strictKind : null;
  if (question) return { signal: 'bold', kind: question };
  if (strong && !SENTENCE_END.test(text)) {
    const kind = line.kind;
    // An unrecognised bold lead-in ("**Technical:**") introduces items of the section it is in.
    if (kind || (line.words <= MAX_UNCLASSIFIED_BOLD_WORDS && !COLON_END.test(text))) return { signal: 'bold', kind };
  }
  if (COLON_END.test(text) && line.kind) return { signal: 'colon', kind: line.kind };
  if (isCapsLine(line)) {
    const kind = line.kind;
    if (kind || capsHeadings === 'any') return { signal: 'caps', kind };
  }
  return null;
}

/**
 * A plain line is a heading when it is dressed as one (【仕事内容】), when a known heading leads a list
 * ("Requirements" then bullets), or when a line standing alone is nothing but a known heading.
 * `inParagraph`: whether the line continues a paragraph already open.
 */
export function standaloneHeading(line: HeadingLine, context: LineContext, inParagraph: boolean): LineHeading | null {
  if (line.words > MAX_LEADING_HEADING_WORDS) return null;
  // In text a heading often sits directly above its lines: a line that is nothing but a known heading,
  // starting a paragraph, counts too.
  const alone = !inParagraph && (context.alone || context.startsParagraph);
  if (SENTENCE_END.test(line.text)) {
    // A question inside a paragraph is prose; standing alone or above a list it may be a heading.
    if (!isHeadingQuestion(line) || !(alone || (context.leadsList && !inParagraph))) return null;
    const kind = line.strictKind;
    return kind ? { signal: 'line', kind } : null;
  }
  if (context.leadsList || alone || line.decorated) {
    const kind = line.decorated || context.leadsList ? line.kind : line.strictKind;
    if (kind) return { signal: 'line', kind };
  }
  return null;
}
