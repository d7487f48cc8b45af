import type { RawPosting } from '../../schema/raw-posting';
import { classifyHeading } from './heading-dictionary';
import { opensMidway, type AssemblyNotes, type Block } from './blocks';
import { splitFieldLine } from './field-dictionary';
import { stripInlineMarkdown } from './inline-markdown';
import { labelAlone, strongLabelAlone } from './label-alone';
import { collapseSpace } from './records';

/**
 * A Markdown or plain-text posting is read into blocks once, by its parser; the normaliser's section finder
 * reads those blocks instead of parsing and assembling the HTML rendered from them a second time. The blocks
 * travel with the raw posting object they were read for (a WeakMap: they live exactly as long as that one
 * posting), and only while its `html` is still the rendering they were made with.
 */

/** The parser's reading of a document posting: its rendered body and the blocks the section finder reads. */
export interface DocumentReading {
  /** the body HTML the parser rendered from the blocks (`RawPosting.html`) */
  html: string;
  /** the body's blocks as the rendered HTML reads (`readAsRendered`) */
  blocks: readonly Block[];
}

const readings = new WeakMap<RawPosting, DocumentReading>();

/** Hands the section finder the blocks a document parser read for this raw posting. */
export function rememberReading(raw: RawPosting, reading: DocumentReading): void {
  readings.set(raw, reading);
}

/**
 * The blocks read for this raw posting while its body is still the rendering they came from (`html`, after
 * text repair), else null: a posting built or changed elsewhere has its HTML read as HTML.
 */
export function readingBlocks(raw: RawPosting, html: string | null): readonly Block[] | null {
  const reading = readings.get(raw);
  return reading && html !== null && reading.html === html ? reading.blocks : null;
}

/** The heading tag level `renderBlocks` writes: markup levels kept within h2–h4, every other heading an h3. */
const renderedLevel = (block: Extract<Block, { type: 'heading' }>): number =>
  block.signal === 'markup' ? Math.min(4, Math.max(2, block.level)) : 3;

/**
 * The body's blocks (title left out) as its rendered HTML presents them, which is what the description shows
 * a reader: every heading is a heading tag at its rendered level, classified by its words. Paragraphs, lists
 * and fields are the parser's. Null when the rendering may read otherwise: a heading it opens with that names
 * no section (a title there, keeping the header region open past it) or a block `readsAgainAlike` rejects;
 * only a reading of the rendering itself tells what it is there.
 */
export function readAsRendered(
  body: readonly Block[],
  options: { markdown: boolean },
  notes: AssemblyNotes | null = null,
): Block[] | null {
  const blocks: Block[] = [];
  let content = false;
  for (const block of body) {
    if (!readsAgainAlike(block, options.markdown, notes)) return null;
    if (block.type === 'heading') {
      if (block.title) continue;
      // the line it was read from classifies as its text (block-writer.ts): that line's kind, not classified again
      const line = notes?.headingLines.get(block);
      const kind = line ? line.kind : classifyHeading(block.text);
      // a heading the rendering opens with and that names no section is a title there, which keeps the header
      // region open past it: what follows may read otherwise (a "Salary: …" item a field)
      if (!content && kind === null) return null;
      blocks.push({
        type: 'heading',
        text: block.text,
        level: renderedLevel(block),
        signal: 'markup',
        kind,
        title: false,
      });
      content = true;
    } else {
      blocks.push(block);
      if (block.type !== 'field') content = true;
    }
  }
  return blocks;
}

/** An item starting with an icon ("📍 Berlin"). */
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;

/**
 * Whether the rendering of a block reads as the block itself. Not so, and left to a reading of the HTML: a
 * paragraph opening with a line that stood inside a paragraph in the source and would be a heading standing
 * alone (`opensMidway`); a heading that is a fact label ("Location"), which waits for a value on the line after
 * it once it is a heading tag; a field whose rendered line is not "Label: value" with the same key and value
 * (a label and its value on two lines, an icon, a table row, a label the re-read splits otherwise); a list with
 * an item that starts with an icon ("- 📍 Berlin"), which the rendering, without the item's marker, may read as
 * a fact.
 */
function readsAgainAlike(block: Block, markdown: boolean, notes: AssemblyNotes | null): boolean {
  if (block.type === 'paragraph') return !opensMidway(block);
  if (block.type === 'heading') return block.title || headingLabelAlone(block, notes) === null;
  if (block.type === 'list') return !block.items.some((item) => PICTOGRAPH.test(item.text));
  if (block.source === undefined) return true;
  const line = markdown ? collapseSpace(stripInlineMarkdown(block.source)) : block.source;
  // the line the field was split from splits again into its key and value
  if (line === notes?.fieldLines.get(block)) return true;
  const field = splitFieldLine(line);
  return field?.key === block.key && field.value === block.value;
}

/** `labelAlone(text, true)` of a heading, with the folded key of the line it was read from where it has one. */
function headingLabelAlone(
  block: Extract<Block, { type: 'heading' }>,
  notes: AssemblyNotes | null,
): ReturnType<typeof labelAlone> {
  const line = notes?.headingLines.get(block);
  return line ? strongLabelAlone(block.text, line.key) : labelAlone(block.text, true);
}
