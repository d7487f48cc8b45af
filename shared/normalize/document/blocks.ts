import { splitBullet } from './bullets';
import { iconField } from './fact-icons';
import { splitFactLine } from './fact-line';
import { isAnywhereKey, isFactItem, isShortStatement, statesFactAnywhere } from './facts-anywhere';
import { splitFieldLine, splitLabelAlone } from './field-dictionary';
import { classifyHeading, headingLabel, type SectionKind } from './heading-dictionary';
import { isBoldLabelValue, labelAlone } from './label-alone';
import {
  HeadingLine,
  headingFromLine,
  standaloneHeading,
  wordCount,
  type HeadingSignal,
  type LineContext,
} from './line-headings';
import { readsAsItem, sectionAfter, type LinePlace, type OpenSection } from './item-lines';
import { isDecoratedHeadingLine } from './line-records';
import type { LineRecord, ListItem } from './records';

/** A document as blocks: headings (classified once), paragraphs, lists, and "Key: value" header fields. */
export type Block =
  | { type: 'heading'; text: string; level: number; signal: HeadingSignal; kind: SectionKind | null; title: boolean }
  | { type: 'paragraph'; lines: string[]; sources: Array<string | undefined> }
  | { type: 'list'; items: ListItem[]; ordered: boolean }
  | { type: 'field'; key: string; label: string; value: string; source?: string };

export interface AssembleOptions {
  /** ALL-CAPS lines: headings whenever short ('any', plain text) or only when the dictionary knows them ('classified') */
  capsHeadings: 'any' | 'classified';
  /** whether the document starts with a header region ("Location: …" lines before the first section) */
  headerRegion: boolean;
  /** whether a heading-like first line is the title whatever it says (plain text and Markdown documents) */
  firstLineIsTitle?: boolean;
}

/** Bold and colon lines rank below every markup heading level. */
export const WEAK_HEADING_LEVEL = 7;
const MAX_UNKNOWN_LABEL_WORDS = 3;
const MAX_UNKNOWN_FIELD_VALUE = 120;

const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
/** A written label starts with a letter; an icon label ("📍") is followed by its value without a colon. */
const LABEL_START = /^[\p{L}\p{N}]/u;

/** Paragraphs (and the blocks made of them) whose first line did not start a paragraph in the source. */
const midway = new WeakSet<object>();

/**
 * Whether a paragraph's first line would read as a heading standing alone but did not start a paragraph in the
 * source: a reading of the rendered HTML, where every paragraph starts a `<p>`, may take it for a heading.
 */
export const opensMidway = (block: Block): boolean => midway.has(block);

/** Turns line records into blocks in one pass. */
class BlockAssembler {
  readonly blocks: Block[] = [];
  private paragraph: { lines: string[]; sources: Array<string | undefined> } | null = null;
  private bulletItems: ListItem[] = [];
  private inHeader: boolean;
  private hasContent = false;
  private fieldsBefore = false;
  /** the section the lines are in (item-lines.ts) */
  private section: OpenSection | null = null;
  /** a known label alone on its line ("【勤務地】"), waiting for its value on the next line */
  private pendingLabel: {
    key: string;
    label: string;
    /** a bold label without a colon ("**Location**") takes only a short value that is no sentence */
    bold: boolean;
    line: [text: string, strong: boolean, source: string | undefined, context: LineContext];
    /** the level of a markup heading that is a fact label ("### Location" then "Berlin") */
    headingLevel?: number;
  } | null = null;

  constructor(private readonly options: AssembleOptions) {
    this.inHeader = options.headerRegion;
  }

  add(record: LineRecord, context: LineContext): void {
    if (record.type === 'line' && this.valueOfPendingLabel(record.text, record.source)) return;
    if (record.type === 'break') return this.closeOpen();
    this.releasePendingLabel();
    if (record.type === 'heading' && this.waitsAsLabel(record.text, record.level, context)) return;
    if (record.type === 'heading')
      return this.heading(record.text, record.level, 'markup', classifyHeading(record.text));
    if (record.type === 'list') return this.list(record.items, record.ordered);
    this.line(record.text, record.strong, record.source, context);
  }

  finish(): Block[] {
    this.releasePendingLabel();
    this.closeOpen();
    return this.blocks;
  }

  private heading(text: string, level: number, signal: HeadingSignal, kind: SectionKind | null): void {
    this.closeOpen();
    const first = !this.hasContent && this.options.headerRegion;
    const title =
      first &&
      (kind === null ||
        (signal === 'markup' && level === 1) ||
        // a known section heading after header fields ("【勤務地】…" then "【仕事内容】") starts the body
        (this.options.firstLineIsTitle === true && signal !== 'markup' && !this.fieldsBefore));
    this.blocks.push({
      type: 'heading',
      text: headingLabel(text) || text,
      level,
      signal,
      kind: title ? null : kind,
      title,
    });
    if (!title) {
      this.inHeader = false;
      this.section = sectionAfter(this.section, { kind, signal, level });
    }
    this.hasContent = true;
  }

  private list(items: ListItem[], ordered: boolean): void {
    this.closeOpen();
    // past the header, a list made only of facts ("■勤務地：大阪市", "- Salary: …" under "Job details") is fields
    const facts = this.inHeader || items.every(isFactItem);
    const kept = facts ? items.filter((item) => !this.fieldFromItem(item)) : items;
    if (kept.length > 0) this.blocks.push({ type: 'list', items: kept, ordered });
    this.hasContent = true;
  }

  /** "Location: Berlin" or "📍 Berlin" as a header item is a field. */
  private fieldFromItem(item: ListItem): boolean {
    if (item.children.length > 0) return false;
    // "📍 Berlin | 💰 €60k": the reader split the first icon off as the item's marker
    const iconLine = item.marker && PICTOGRAPH.test(item.marker) ? `${item.marker} ${item.text}` : null;
    if (this.factsOfLine(item.text, true) || (iconLine && this.factsOfLine(iconLine, true))) return true;
    const labelled = splitFieldLine(item.text);
    const field = labelled ?? iconField(item.text, item.marker);
    if (!field?.key) return false;
    // an icon stays in the description ("📍 Madrid"): without a label it is what says what the value is
    const iconSource = !labelled && item.marker ? `${item.marker} ${item.source ?? item.text}` : undefined;
    this.pushField(field.key, field.label, field.value, iconSource ?? item.source);
    return true;
  }

  private pushField(key: string, label: string, value: string, source: string | undefined): void {
    this.blocks.push({ type: 'field', key, label, value, source });
    this.fieldsBefore = true;
  }

  private line(text: string, strong: boolean, source: string | undefined, context: LineContext, waits = true): void {
    const alone = waits ? labelAlone(text, strong) : null;
    if (alone && (this.inHeader || isAnywhereKey(alone.key))) {
      this.closeOpen();
      this.pendingLabel = { ...alone, line: [text, strong, source, context] };
      return;
    }
    const bullet = splitBullet(text);
    if (bullet && !isDecoratedHeadingLine(bullet.marker, bullet.text)) {
      this.closeParagraph();
      this.bulletItems.push({ text: bullet.text, marker: bullet.marker, children: [] });
      return;
    }
    this.closeBulletItems();
    if (this.fieldOrInlineHeading(text, source)) return;
    const view = new HeadingLine(text);
    const heading =
      headingFromLine(view, strong, this.options.capsHeadings) ?? standaloneHeading(view, context, !!this.paragraph);
    const item = heading?.signal === 'line' && readsAsItem(view, heading.kind, this.placeOf(context));
    if (heading && !item) return this.heading(text, WEAK_HEADING_LEVEL, heading.signal, heading.kind);
    const paragraph = this.paragraph ?? this.openParagraph(view, context);
    paragraph.lines.push(text);
    paragraph.sources.push(source);
    this.hasContent = true;
  }

  /**
   * A paragraph opens with this line. When the line did not start a paragraph in the source (a field or the
   * title line was pulled out from above it) but would be a heading standing alone, as it stands in the
   * rendering, the paragraph is noted (`opensMidway`).
   */
  private openParagraph(view: HeadingLine, context: LineContext): NonNullable<BlockAssembler['paragraph']> {
    const paragraph = { lines: [], sources: [] };
    if (!context.alone && !context.startsParagraph && standaloneHeading(view, { ...context, alone: true }, false))
      midway.add(paragraph);
    return (this.paragraph = paragraph);
  }

  /** Where a bare line stands in its section (item-lines.ts). */
  private placeOf(context: LineContext): LinePlace {
    const last = this.blocks[this.blocks.length - 1];
    const inItemRun =
      !this.paragraph &&
      ((last?.type === 'paragraph' && last.lines.length === 1) || (last?.type === 'heading' && !last.title));
    return { section: this.section, context, inItemRun };
  }

  /** The line after a lone label ("【勤務地】" then "東京都港区") is its value when it is one short statement. */
  private valueOfPendingLabel(text: string, source: string | undefined): boolean {
    const pending = this.pendingLabel;
    if (!pending || splitBullet(text) || splitFieldLine(text) || splitLabelAlone(text) || !isShortStatement(text))
      return false;
    if (pending.bold && !isBoldLabelValue(text, pending.key)) return false;
    this.pendingLabel = null;
    this.pushField(pending.key, pending.label, text, `${pending.line[2] ?? pending.line[0]} ${source ?? text}`);
    return true;
  }

  /**
   * A markup heading below the title that is only a fact label ("<h4>Location</h4><p>Berlin</p>", "### Salary"
   * then "€60k") waits for its value like a bold label; anything else under it keeps it a heading.
   */
  private waitsAsLabel(text: string, level: number, context: LineContext): boolean {
    if (level < 2) return false;
    const alone = labelAlone(text, true);
    if (!alone || !(this.inHeader || isAnywhereKey(alone.key))) return false;
    this.closeOpen();
    this.pendingLabel = { ...alone, bold: true, line: [text, true, undefined, context], headingLevel: level };
    return true;
  }

  /** A lone label with no value after it is read as the line it is (a heading, a paragraph). */
  private releasePendingLabel(): void {
    const pending = this.pendingLabel;
    if (!pending) return;
    this.pendingLabel = null;
    if (pending.headingLevel !== undefined)
      this.heading(pending.line[0], pending.headingLevel, 'markup', classifyHeading(pending.line[0]));
    else this.line(...pending.line, false);
  }

  /**
   * "Location: Berlin | Salary: €60k | Type: Full-time" is three fields (fact-line.ts), in the header or, where
   * every one is a fact a posting may state anywhere, past it. Each keeps its own words as its source, so the
   * description shows them one a line.
   */
  private factsOfLine(text: string, inHeaderList: boolean): boolean {
    const facts = splitFactLine(text);
    if (!facts) return false;
    const anywhere = facts.every(statesFactAnywhere);
    if (!inHeaderList && !this.inHeader && !anywhere) return false;
    this.closeParagraph();
    for (const fact of facts) {
      const source = LABEL_START.test(fact.label) ? `${fact.label}: ${fact.value}` : `${fact.label} ${fact.value}`;
      this.pushField(fact.key ?? fact.label.toLowerCase(), fact.label, fact.value, source);
    }
    return true;
  }

  /** "Location: Berlin" is a field; "Requirements: 5 years of Go" is a heading with its first line. */
  private fieldOrInlineHeading(text: string, source: string | undefined): boolean {
    if (this.factsOfLine(text, false)) return true;
    const field = splitFieldLine(text);
    if (!field) return false;
    if (field.key && (this.inHeader || statesFactAnywhere(field))) {
      this.closeParagraph();
      this.pushField(field.key, field.label, field.value, source);
      return true;
    }
    const kind = wordCount(field.label) <= 4 ? classifyHeading(field.label) : null;
    if (kind && kind !== 'other') {
      this.heading(field.label, WEAK_HEADING_LEVEL, 'colon', kind);
      this.paragraph = { lines: [field.value], sources: [undefined] };
      return true;
    }
    if (
      this.inHeader &&
      !field.key &&
      wordCount(field.label) <= MAX_UNKNOWN_LABEL_WORDS &&
      field.value.length <= MAX_UNKNOWN_FIELD_VALUE
    ) {
      this.closeParagraph();
      this.pushField(field.label.toLowerCase(), field.label, field.value, source);
      return true;
    }
    return false;
  }

  private closeOpen(): void {
    this.closeParagraph();
    this.closeBulletItems();
  }

  private closeParagraph(): void {
    const paragraph = this.paragraph;
    if (paragraph && paragraph.lines.length > 0) {
      const block: Block = { type: 'paragraph', ...paragraph };
      if (midway.has(paragraph)) midway.add(block);
      this.blocks.push(block);
    }
    this.paragraph = null;
  }

  private closeBulletItems(): void {
    if (this.bulletItems.length === 0) return;
    const items = this.bulletItems;
    this.bulletItems = [];
    this.list(items, false);
  }
}

/** Blocks of a document from its line records: which lines are headings, fields, paragraphs or list items. */
export function assembleBlocks(records: readonly LineRecord[], options: AssembleOptions): Block[] {
  const assembler = new BlockAssembler(options);
  records.forEach((record, i) => assembler.add(record, lineContext(records, i)));
  return assembler.finish();
}

function lineContext(records: readonly LineRecord[], i: number): LineContext {
  const next = records[i + 1];
  const afterBreak = next?.type === 'break' ? records[i + 2] : next;
  const previous = records[i - 1];
  const startsParagraph = previous === undefined || previous.type === 'break' || previous.type === 'heading';
  return {
    leadsList: afterBreak?.type === 'list',
    alone: startsParagraph && (next === undefined || next.type === 'break'),
    startsParagraph: startsParagraph && next?.type === 'line',
  };
}
