import type { HeadingSignal } from './line-headings';
import type { SectionKind } from './heading-dictionary';
import type { ListItem } from './records';

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
  /** whether to note what assembly learnt for the re-read of the blocks' rendering (document parsers, blocks.ts) */
  notes?: boolean;
}

/** Bold and colon lines rank below every markup heading level. */
export const WEAK_HEADING_LEVEL = 7;
