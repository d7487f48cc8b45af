import type { RawPosting } from '../../schema/raw-posting';
import { classifyHeading } from './heading-dictionary';
import { opensMidway, type Block } from './blocks';

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
 * a reader: every heading is a heading tag at its rendered level, classified by its words; the first heading
 * with nothing before it but header fields, when it names no section, is a title ("Senior Engineer" under
 * the "Company:" lines); a title heading is not in the body. Paragraphs, lists and fields are the parser's.
 * Null when a paragraph opens with a line that stood inside a paragraph in the source and would be a heading
 * standing alone (`opensMidway`): only a reading of the rendering itself tells what it is there.
 */
export function readAsRendered(body: readonly Block[]): Block[] | null {
  const blocks: Block[] = [];
  let content = false;
  for (const block of body) {
    if (block.type === 'heading') {
      if (block.title) continue;
      const kind = classifyHeading(block.text);
      const title = !content && kind === null;
      blocks.push({ type: 'heading', text: block.text, level: renderedLevel(block), signal: 'markup', kind: title ? null : kind, title });
      content = true;
    } else {
      if (opensMidway(block)) return null;
      blocks.push(block);
      if (block.type !== 'field') content = true;
    }
  }
  return blocks;
}
