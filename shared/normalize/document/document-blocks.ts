import type { Document } from 'domhandler';
import { assembleBlocks, type Block } from './blocks';
import { htmlRecords } from './html-records';
import { textRecords } from './line-records';
import { parseHtmlShared } from './parse-html';

/** Blocks the career-page parser already assembled from a DOM it handed over (`rememberDocument`), by that DOM. */
const assembled = new WeakMap<Document, readonly Block[]>();

/**
 * Records the blocks `htmlBlocks` would assemble (header region read) from a DOM offered with
 * `rememberDocument`, so the normaliser's read of that body does not assemble them again. Keyed by the DOM
 * object, never by text: it lives as long as that one posting's DOM.
 */
export function rememberBlocks(document: Document, blocks: readonly Block[]): void {
  assembled.set(document, blocks);
}

/**
 * Blocks of an HTML body (parsed once per distinct body, see parse-html.ts; `parsed`: a DOM that reads as `html`).
 * Read only: the blocks the career-page parser handed on are returned as they are, not copied.
 */
export function htmlBlocks(
  html: string,
  options: { headerRegion: boolean } = { headerRegion: true },
  parsed?: Document,
): readonly Block[] {
  const document = parsed ?? parseHtmlShared(html);
  const known = options.headerRegion ? assembled.get(document) : undefined;
  if (known) return known;
  return assembleBlocks(htmlRecords(document), {
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
    notes: true,
  });
}

/** Blocks of a plain-text document. */
export function textBlocks(text: string): Block[] {
  return assembleBlocks(textRecords(text, { markdown: false }), {
    capsHeadings: 'any',
    headerRegion: true,
    firstLineIsTitle: true,
    notes: true,
  });
}
