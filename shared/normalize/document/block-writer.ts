import { iconField } from './fact-icons';
import { splitFactLine } from './fact-line';
import { isFactItem, statesFactAnywhere } from './facts-anywhere';
import { splitFieldLine } from './field-dictionary';
import { headingLabel, isOwnLabel, type SectionKind } from './heading-dictionary';
import { HeadingLine, standaloneHeading, wordCount, type HeadingSignal, type LineContext } from './line-headings';
import { sectionAfter, type OpenSection } from './item-lines';
import type { ListItem } from './records';
import { WEAK_HEADING_LEVEL, type AssembleOptions, type Block } from './block-types';

/**
 * The output side of block assembly (blocks.ts reads the lines): headings, lists, paragraphs and the fields a
 * line or list item states, with the state they leave behind (header region, open section, open paragraph).
 */

const MAX_UNKNOWN_LABEL_WORDS = 3;
const MAX_UNKNOWN_FIELD_VALUE = 120;

const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
/** A written label starts with a letter; an icon label ("📍") is followed by its value without a colon. */
const LABEL_START = /^[\p{L}\p{N}]/u;

/** A paragraph being filled, line by line. */
interface OpenParagraph {
  lines: string[];
  sources: Array<string | undefined>;
}

/** Paragraphs (and the blocks made of them) whose first line did not start a paragraph in the source. */
const midway = new WeakSet<object>();

/**
 * What assembly learnt about a document's blocks that the reading of their rendering asks again
 * (document-reading.ts), so it is not read from the words a second time. Plain maps of one document's blocks:
 * a weak map filled for every heading of every document would cost more than it saves.
 */
export interface AssemblyNotes {
  /** a heading's line as the heading rules read it, where the heading's text folds and classifies as it (`isOwnLabel`) */
  readonly headingLines: Map<Block, HeadingLine>;
  /** the line `splitFieldLine` split a field block from: the block's key and value are that line's */
  readonly fieldLines: Map<Block, string>;
}

/**
 * Whether a paragraph's first line would read as a heading standing alone but did not start a paragraph in the
 * source: a reading of the rendered HTML, where every paragraph starts a `<p>`, may take it for a heading.
 */
export const opensMidway = (block: Block): boolean => midway.has(block);

/** Blocks as they are decided: what a heading, list, field or paragraph line adds and the state it leaves. */
export class BlockWriter {
  readonly blocks: Block[] = [];
  protected paragraph: OpenParagraph | null = null;
  protected bulletItems: ListItem[] = [];
  protected inHeader: boolean;
  protected hasContent = false;
  protected fieldsBefore = false;
  /** the section the lines are in (item-lines.ts) */
  protected section: OpenSection | null = null;
  /** only a document parser re-reads its rendering (`AssembleOptions.notes`): other readers note nothing */
  readonly notes: AssemblyNotes | null;

  constructor(protected readonly options: AssembleOptions) {
    this.inHeader = options.headerRegion;
    this.notes = options.notes ? { headingLines: new Map(), fieldLines: new Map() } : null;
  }

  /** `line`: the heading's line as the heading rules read it (`text` is its text), when at hand. */
  protected heading(
    text: string,
    level: number,
    signal: HeadingSignal,
    kind: SectionKind | null,
    line?: HeadingLine,
  ): void {
    this.closeOpen();
    const first = !this.hasContent && this.options.headerRegion;
    const title =
      first &&
      (kind === null ||
        (signal === 'markup' && level === 1) ||
        // a known section heading after header fields ("【勤務地】…" then "【仕事内容】") starts the body
        (this.options.firstLineIsTitle === true && signal !== 'markup' && !this.fieldsBefore));
    const label = headingLabel(text);
    const block: Block = { type: 'heading', text: label || text, level, signal, kind: title ? null : kind, title };
    this.blocks.push(block);
    if (this.notes && line && isOwnLabel(text, label)) this.notes.headingLines.set(block, line);
    if (!title) {
      this.inHeader = false;
      this.section = sectionAfter(this.section, { kind, signal, level });
    }
    this.hasContent = true;
  }

  protected list(items: ListItem[], ordered: boolean): void {
    this.closeOpen();
    // past the header, a list made only of facts ("■勤務地：大阪市", "- Salary: …" under "Job details") is fields
    const facts = this.inHeader || items.every(isFactItem);
    const kept = facts ? items.filter((item) => !this.fieldFromItem(item)) : items;
    if (kept.length > 0) this.blocks.push({ type: 'list', items: kept, ordered });
    this.hasContent = true;
  }

  /** "Location: Berlin" or "📍 Berlin" as a header item is a field. */
  protected fieldFromItem(item: ListItem): boolean {
    if (item.children.length > 0) return false;
    // "📍 Berlin | 💰 €60k": the reader split the first icon off as the item's marker
    const iconLine = item.marker && PICTOGRAPH.test(item.marker) ? `${item.marker} ${item.text}` : null;
    if (this.factsOfLine(item.text, true) || (iconLine && this.factsOfLine(iconLine, true))) return true;
    const labelled = splitFieldLine(item.text);
    const field = labelled ?? iconField(item.text, item.marker);
    if (!field?.key) return false;
    // an icon stays in the description ("📍 Madrid"): without a label it is what says what the value is
    const iconSource = !labelled && item.marker ? `${item.marker} ${item.source ?? item.text}` : undefined;
    this.pushField(field.key, field.label, field.value, iconSource ?? item.source, labelled ? item.text : undefined);
    return true;
  }

  /** `line`: the line `splitFieldLine` split into this key, label and value, where it was one. */
  protected pushField(key: string, label: string, value: string, source: string | undefined, line?: string): void {
    const block: Block = { type: 'field', key, label, value, source };
    this.blocks.push(block);
    if (line !== undefined) this.notes?.fieldLines.set(block, line);
    this.fieldsBefore = true;
  }

  /**
   * A paragraph opens with this line. When the line did not start a paragraph in the source (a field or the
   * title line was pulled out from above it) but would be a heading standing alone, as it stands in the
   * rendering, the paragraph is noted (`opensMidway`).
   */
  protected openParagraph(view: HeadingLine, context: LineContext): OpenParagraph {
    const paragraph: OpenParagraph = { lines: [], sources: [] };
    if (!context.alone && !context.startsParagraph && standaloneHeading(view, { ...context, alone: true }, false))
      midway.add(paragraph);
    return (this.paragraph = paragraph);
  }

  /**
   * "Location: Berlin | Salary: €60k | Type: Full-time" is three fields (fact-line.ts), in the header or, where
   * every one is a fact a posting may state anywhere, past it. Each keeps its own words as its source, so the
   * description shows them one a line.
   */
  protected factsOfLine(text: string, inHeaderList: boolean): boolean {
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
  protected fieldOrInlineHeading(text: string, source: string | undefined): boolean {
    if (this.factsOfLine(text, false)) return true;
    const field = splitFieldLine(text);
    if (!field) return false;
    if (field.key && (this.inHeader || statesFactAnywhere(field))) {
      this.closeParagraph();
      this.pushField(field.key, field.label, field.value, source, text);
      return true;
    }
    const label = wordCount(field.label) <= 4 ? new HeadingLine(field.label) : null;
    const kind = label ? label.kind : null;
    if (label && kind && kind !== 'other') {
      this.heading(field.label, WEAK_HEADING_LEVEL, 'colon', kind, label);
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

  protected closeOpen(): void {
    this.closeParagraph();
    this.closeBulletItems();
  }

  protected closeParagraph(): void {
    const paragraph = this.paragraph;
    if (paragraph && paragraph.lines.length > 0) {
      const block: Block = { type: 'paragraph', ...paragraph };
      if (midway.has(paragraph)) midway.add(block);
      this.blocks.push(block);
    }
    this.paragraph = null;
  }

  protected closeBulletItems(): void {
    if (this.bulletItems.length === 0) return;
    const items = this.bulletItems;
    this.bulletItems = [];
    this.list(items, false);
  }
}
