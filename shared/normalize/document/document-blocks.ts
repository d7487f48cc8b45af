import { assembleBlocks, type Block } from './blocks';
import { htmlRecords } from './html-records';
import { textRecords } from './line-records';
import { parseHtmlShared } from './parse-html';

/** Blocks of an HTML body (parsed once per distinct body, see parse-html.ts). */
export function htmlBlocks(html: string, options: { headerRegion: boolean } = { headerRegion: true }): Block[] {
  return assembleBlocks(htmlRecords(parseHtmlShared(html)), {
    capsHeadings: 'classified',
    headerRegion: options.headerRegion,
  });
}

/** Blocks of a Markdown document. */
export function markdownBlocks(markdown: string): Block[] {
  return assembleBlocks(textRecords(markdown, { markdown: true }), {
    capsHeadings: 'any',
    headerRegion: true,
    firstLineIsTitle: true,
  });
}

/** Blocks of a plain-text document. */
export function textBlocks(text: string): Block[] {
  return assembleBlocks(textRecords(text, { markdown: false }), {
    capsHeadings: 'any',
    headerRegion: true,
    firstLineIsTitle: true,
  });
}
