import { splitBullet } from './bullets';
import { isAnywhereKey, isShortStatement } from './facts-anywhere';
import { splitFieldLine, splitLabelAlone } from './field-dictionary';
import { isBoldLabelValue, labelAlone } from './label-alone';
import { HeadingLine, headingFromLine, standaloneHeading, type LineContext } from './line-headings';
import { readsAsItem, type LinePlace } from './item-lines';
import { isDecoratedHeadingLine } from './line-records';
import type { LineRecord } from './records';
import { WEAK_HEADING_LEVEL, type AssembleOptions, type Block } from './block-types';
import { BlockWriter, type AssemblyNotes } from './block-writer';

export { WEAK_HEADING_LEVEL, type AssembleOptions, type Block } from './block-types';
export { opensMidway, type AssemblyNotes } from './block-writer';

/** Turns line records into blocks in one pass: which lines are labels, items, headings, fields or prose. */
class BlockAssembler extends BlockWriter {
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

  add(record: LineRecord, context: LineContext): void {
    if (record.type === 'line' && this.valueOfPendingLabel(record.text, record.source)) return;
    if (record.type === 'break') return this.closeOpen();
    this.releasePendingLabel();
    if (record.type === 'heading' && this.waitsAsLabel(record.text, record.level, context)) return;
    if (record.type === 'heading') return this.markupHeading(record.text, record.level);
    if (record.type === 'list') return this.list(record.items, record.ordered);
    this.line(record.text, record.strong, record.source, context);
  }

  finish(): Block[] {
    this.releasePendingLabel();
    this.closeOpen();
    return this.blocks;
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
    if (heading && !item) return this.heading(text, WEAK_HEADING_LEVEL, heading.signal, heading.kind, view);
    const paragraph = this.paragraph ?? this.openParagraph(view, context);
    paragraph.lines.push(text);
    paragraph.sources.push(source);
    this.hasContent = true;
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
    if (pending.headingLevel !== undefined) this.markupHeading(pending.line[0], pending.headingLevel);
    else this.line(...pending.line, false);
  }

  /** A heading its markup makes one, of the section its words name. */
  private markupHeading(text: string, level: number): void {
    const line = new HeadingLine(text);
    this.heading(text, level, 'markup', line.kind, line);
  }
}

/** Blocks of a document from its line records: which lines are headings, fields, paragraphs or list items. */
export function assembleBlocks(records: readonly LineRecord[], options: AssembleOptions): Block[] {
  const assembler = new BlockAssembler(options);
  records.forEach((record, i) => assembler.add(record, lineContext(records, i)));
  const blocks = assembler.finish();
  if (assembler.notes) notesOf.set(blocks, assembler.notes);
  return blocks;
}

/**
 * What assembly learnt about a document parser's blocks (`AssembleOptions.notes`), by the blocks array itself (the
 * object, not its text): the parser reads its rendering right after assembling it. Dropped with the blocks.
 */
const notesOf = new WeakMap<readonly Block[], AssemblyNotes>();

/** What assembly learnt about these blocks (block-writer.ts), when they were assembled with notes; else null. */
export const assemblyNotes = (blocks: readonly Block[]): AssemblyNotes | null => notesOf.get(blocks) ?? null;

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
