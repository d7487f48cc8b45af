import { isBoilerplateNotice } from './boilerplate-notices';
import { cleanItem } from './bullets';
import { WEAK_HEADING_LEVEL, type Block } from './blocks';
import type { SectionKind } from './heading-dictionary';
import { statesOptional } from './nice-cues';
import { itemText } from './records';
import { splitSentences } from './sentences';

/** The posting body split by meaning. */
export interface CollectedSections {
  about: string[];
  responsibilities: string[];
  must: string[];
  nice: string[];
  benefits: string[];
  techStack: string[];
  other: string[];
  /** "Key: value" header fields found in the body, by English key */
  fields: Record<string, string[]>;
  /** every heading met and the section it opened (null: a title or a sub-heading that kept its section) */
  headings: Array<{ text: string; section: SectionKind | null }>;
}

interface Segment {
  kind: SectionKind | 'preamble';
  level: number;
  blocks: Block[];
}

/** Lines of one paragraph shorter than this read as separate statements (a duty per line) rather than wrapped prose. */
const MAX_STATEMENT_LINE = 160;
const TECH_SEPARATORS = /\s*[,、，/|;•·]\s*/u;

/** Groups blocks under their headings and turns each group into items of its section. */
export function collectSections(blocks: readonly Block[]): CollectedSections {
  const result: CollectedSections = {
    about: [],
    responsibilities: [],
    must: [],
    nice: [],
    benefits: [],
    techStack: [],
    other: [],
    fields: {},
    headings: [],
  };
  let segment: Segment = { kind: 'preamble', level: 0, blocks: [] };
  const segments: Segment[] = [segment];
  for (const block of blocks) {
    if (block.type === 'field') (result.fields[block.key] ??= []).push(block.value);
    else if (block.type !== 'heading') segment.blocks.push(block);
    else if (opensSection(block, segment)) {
      segment = { kind: block.kind ?? 'other', level: block.level, blocks: [] };
      segments.push(segment);
      result.headings.push({ text: block.text, section: segment.kind as SectionKind });
    } else result.headings.push({ text: block.text, section: null });
  }
  for (const kept of withoutTranslation(segments)) addSegment(result, kept);
  for (const key of ITEM_KEYS) result[key] = unique(result[key]);
  for (const key of JOB_ITEM_KEYS)
    if (result[key].some(isBoilerplateNotice)) result[key] = result[key].filter(isJobItem);
  moveOptionalRequirements(result);
  return result;
}

const ITEM_KEYS = ['about', 'responsibilities', 'must', 'nice', 'benefits', 'techStack', 'other'] as const;
/** The sections whose items are the job's: a notice (equal opportunity, fraud warning, data protection) is none. */
const JOB_ITEM_KEYS = ['responsibilities', 'must', 'nice', 'benefits'] as const;
const isJobItem = (item: string): boolean => !isBoilerplateNotice(item);

/** Sections a translation repeats; a repeated "other" or preamble says nothing. */
const TRANSLATED_KINDS: ReadonlySet<Segment['kind']> = new Set([
  'about',
  'description',
  'responsibilities',
  'must',
  'nice',
  'benefits',
  'techStack',
]);
const MIN_TRANSLATED_LISTS = 2;

const listCount = (segment: Segment): number =>
  segment.blocks.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0);

/**
 * A posting written twice, in two languages (Canada, Belgium, Switzerland: "La version française suit"): the
 * same sections again, in the same order, with lists of the same lengths and other words. The second version
 * is a translation; its items would count every duty and requirement twice. Only the first version is read.
 */
function withoutTranslation(segments: Segment[]): Segment[] {
  if (segments.length > MAX_SEGMENTS) return segments;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) {
      const length = mirroredLength(segments, i, j);
      if (length > 0) return [...segments.slice(0, j), ...segments.slice(j + length)];
    }
  return segments;
}

const MAX_SEGMENTS = 40;
const MIN_TRANSLATED_ITEMS = 4;

/** How many sections from `j` repeat those from `i` (kinds, list lengths, other words); 0 when too few to tell. */
function mirroredLength(segments: Segment[], i: number, j: number): number {
  let length = 0;
  let lists = 0;
  let items = 0;
  for (; i + length < j && j + length < segments.length; length++) {
    const a = segments[i + length];
    const b = segments[j + length];
    if (!a || !b || !TRANSLATED_KINDS.has(a.kind) || a.kind !== b.kind) break;
    const count = listCount(a);
    if (count !== listCount(b)) break;
    if (count > 0 && firstItem(a) === firstItem(b)) return 0;
    if (count > 0) lists++;
    items += count;
  }
  return lists >= MIN_TRANSLATED_LISTS && items >= MIN_TRANSLATED_ITEMS ? length : 0;
}

const firstItem = (segment: Segment): string | undefined => {
  const list = segment.blocks.find((b) => b.type === 'list');
  return list?.type === 'list' ? list.items[0]?.text : undefined;
};

/** A must-have item that calls itself optional ("Spanish is a plus", "Kotlin mile widziany") is a nice-to-have. */
function moveOptionalRequirements(result: CollectedSections): void {
  const optional = result.must.filter(statesOptional);
  if (optional.length === 0) return;
  result.must = result.must.filter((item) => !optional.includes(item));
  result.nice = unique([...result.nice, ...optional]);
}

/**
 * A title does not open a section; neither does an unrecognised sub-heading ("Technical", "Soft skills")
 * under a recognised section: its items stay where they are.
 */
function opensSection(heading: Extract<Block, { type: 'heading' }>, current: Segment): boolean {
  if (heading.title) return false;
  if (heading.kind !== null) return true;
  const underRecognised = current.kind !== 'preamble' && current.kind !== 'other';
  const level = heading.signal === 'markup' || heading.signal === 'source' ? heading.level : WEAK_HEADING_LEVEL;
  return !(underRecognised && level > current.level);
}

/** A segment's list items (cleaned, one per item) and its paragraphs' lines, read in one pass over its blocks. */
function readSegment(segment: Segment): { listItems: string[]; paragraphs: string[][] } {
  const listItems: string[] = [];
  const paragraphs: string[][] = [];
  for (const block of segment.blocks) {
    if (block.type === 'paragraph') paragraphs.push(block.lines);
    else if (block.type === 'list')
      for (const item of block.items) {
        const text = cleanItem(itemText(item));
        if (isItem(text)) listItems.push(text);
      }
  }
  return { listItems, paragraphs };
}

/** Each paragraph as one line of prose, added to `into`. */
function pushProse(into: string[], paragraphs: readonly string[][]): void {
  for (const lines of paragraphs) into.push(lines.length === 1 ? (lines[0] as string) : lines.join(' '));
}

function addSegment(result: CollectedSections, segment: Segment): void {
  const { listItems, paragraphs } = readSegment(segment);
  switch (segment.kind) {
    case 'preamble':
      pushProse(result.about, paragraphs);
      pushAll(result.other, listItems);
      return;
    case 'about':
      pushProse(result.about, paragraphs);
      pushAll(result.about, listItems);
      return;
    case 'description':
      // Without bullets, a column of one-line statements under "Job description" is the list of duties.
      if (listItems.length === 0 && paragraphs.some(isStatementColumn)) {
        for (const lines of paragraphs)
          if (isStatementColumn(lines)) result.responsibilities.push(...statements(lines));
          else result.about.push(lines.join(' '));
        return;
      }
      pushProse(result.about, paragraphs);
      pushAll(result.responsibilities, listItems);
      return;
    case 'other':
      pushProse(result.other, paragraphs);
      pushAll(result.other, listItems);
      return;
    case 'techStack':
      result.techStack.push(
        ...(listItems.length > 0
          ? listItems
          : paragraphs
              .flat()
              .flatMap((line) => line.split(TECH_SEPARATORS))
              .map(cleanItem)
              .filter(isItem)),
      );
      return;
    default: {
      // A section with a list has the list's items; its trailing prose ("Rate: €500 per day.") stays in the text only.
      if (segment.kind === 'benefits' && listItems.length === 0) {
        result.benefits.push(
          ...paragraphs.flatMap((lines) => commaListOf(lines) ?? statements(lines).flatMap(enumerated)),
        );
        return;
      }
      result[segment.kind].push(...(listItems.length > 0 ? listItems : paragraphs.flatMap(statements)));
    }
  }
}

/** Items of a section written without bullets: a line per statement, or the sentences of a paragraph. */
function statements(lines: string[]): string[] {
  const perLine = lines.length > 1 && lines.every((line) => line.length <= MAX_STATEMENT_LINE);
  return (perLine ? lines : lines.flatMap(splitSentences)).map(cleanItem).filter(isItem);
}

const MIN_COLUMN_LINES = 3;
const STATEMENT_START = /^[\p{Lu}\p{Lo}\p{N}]/u;
const STATEMENT_END = /[.!?;。！？；]$/u;

/**
 * A paragraph written as a list without bullets: three or more short lines, each starting a sentence, all
 * ending alike (all with a full stop, or none). Hard-wrapped prose breaks mid-sentence, so its lines end unlike.
 */
function isStatementColumn(lines: string[]): boolean {
  if (lines.length < MIN_COLUMN_LINES) return false;
  if (!lines.every((line) => line.length <= MAX_STATEMENT_LINE && STATEMENT_START.test(line))) return false;
  const ended = lines.filter((line) => STATEMENT_END.test(line)).length;
  return (
    ended === lines.length ||
    ended === 0 ||
    (ended === lines.length - 1 && !STATEMENT_END.test(lines[lines.length - 1] ?? ''))
  );
}

/** A letter or digit: an item of only symbols or punctuation is no item. Compiled once (a literal here is a new RegExp per call). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isItem = (text: string): boolean => WORD_CHARACTER.test(text);

const pushAll = (into: string[], items: readonly string[]): void => {
  for (const item of items) into.push(item);
};

/**
 * Marks that only ever enumerate: the ideographic comma and semicolons (a Latin comma also runs inside a sentence),
 * and a space between Chinese or Japanese characters, which those languages never put between words: boards print
 * perks as tags ("五险一金  补充医疗保险  带薪年假  餐补" on BOSS直聘). Korean spaces its words, so Hangul is not one.
 */
const ENUMERATION =
  /\s*[、；;]\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;
const MIN_ENUMERATED = 3;
const MAX_ENUMERATED_CHARS = 40;

/**
 * Benefits written as one line of short perks ("五险一金、带薪年假15天、年度体检、餐补", "Gym; lunch; bonus") are
 * one item per perk; a line with a longer part stays one item.
 */
function enumerated(item: string): string[] {
  const parts = item
    .split(ENUMERATION)
    .map((part) => cleanItem(part).replace(/[。．.]+$/u, ''))
    .filter(isItem);
  return parts.length >= MIN_ENUMERATED && parts.every((p) => p.length <= MAX_ENUMERATED_CHARS) ? parts : [item];
}

/** The words a comma list's last part may open with: "…, Dental insurance and Paid time off". */
const LAST_CONJUNCTION = /^(?:and|or|&|und|sowie|et|y|e|en|og|och|i|oraz|a)\s+/iu;
/** A subject or verb opening the line: a sentence that lists, not a list ("We offer great pay, training, …"). */
const SENTENCE_OPENING =
  /^(?:we|you|our|your|all|this|the|wir|sie|unser\w*|nous|vous|notre|nos|ofrecemos|offriamo|oferecemos|bieten|offer\w*)\b/iu;
const MAX_LIST_PART_WORDS = 4;
const wordsIn = (text: string): number => text.split(/\s+/).length;

/**
 * A line of short perks joined by Latin commas, as Indeed prints them ("401(k), Dental insurance, Health
 * insurance, Paid time off"): one item per perk. A sentence is no such list (it ends in a stop, or a part runs
 * longer than a few words: "We offer great pay, training and growth."), and neither is an adjective list sharing
 * the last part's noun ("Medical, dental, vision insurance").
 */
function commaListOf(lines: readonly string[]): string[] | null {
  if (lines.length !== 1) return null;
  const line = lines[0]!.trim();
  if (!line.includes(',') || STATEMENT_END.test(line) || /[.!?。！？]\s/u.test(line) || SENTENCE_OPENING.test(line))
    return null;
  const parts = line
    .split(/\s*,\s*/)
    .map((part, i, all) => (i === all.length - 1 ? part.replace(LAST_CONJUNCTION, '') : part));
  if (parts.length < MIN_ENUMERATED || !parts.every(isItem)) return null;
  if (parts.some((p) => p.length > MAX_ENUMERATED_CHARS || wordsIn(p) > MAX_LIST_PART_WORDS)) return null;
  // single lower-case words before a longer last part qualify its noun ("Medical, dental, vision insurance");
  // capitalised ones are nouns of their own ("Urlaubsgeld, Weihnachtsgeld, betriebliche Altersvorsorge")
  const leading = parts.slice(0, -1);
  const sharedNoun =
    leading.every((p) => wordsIn(p) === 1) &&
    leading.slice(1).some((p) => /^\p{Ll}/u.test(p)) &&
    wordsIn(parts[parts.length - 1]!) > 1;
  return sharedNoun ? null : parts.map(cleanItem);
}

/** The items without repeats, first occurrence kept; the same array when nothing repeats (most sections). */
export function unique(items: string[]): string[] {
  if (items.length < 2 || (items.length <= MAX_PAIRWISE && !repeats(items))) return items;
  return [...new Set(items)];
}

/** A section's few items are compared pair by pair, which costs less than filling a Set (most differ in length). */
const MAX_PAIRWISE = 16;

function repeats(items: readonly string[]): boolean {
  for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (items[i] === items[j]) return true;
  return false;
}
