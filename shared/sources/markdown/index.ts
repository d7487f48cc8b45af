import type { RawPosting } from '../../schema/raw-posting';
import { markdownBlocks } from '../../normalize/document/document-blocks';
import { repairText } from '../../normalize/text-repair';
import { documentPosting } from '../text/document-posting';
import { pastedPage } from '../text/pasted-page';

/** Options for parsing a Markdown posting. */
export interface MarkdownOptions {
  /** where the document came from: resolves relative links */
  url?: string | null;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Parses a Markdown posting: title from the first #-heading, "**Company:** …" / "勤務地：…" header lines
 * (and YAML front matter) into `fields` with English keys, the body rendered to HTML for the description.
 * Returns no posting for an empty document.
 */
export function parseMarkdown(md: string, options: MarkdownOptions = {}): RawPosting[] {
  const repaired = repairText(md);
  // a board's page saved as Markdown: the posting from its card's title on, without the page's chrome
  const page = pastedPage(repaired);
  const source = page ? page.text : repaired;
  if (!source.trim()) return [];
  const front = FRONT_MATTER.exec(source);
  // Front matter is "key: value" lines: read as a header, ahead of the body.
  const readable = front ? `${front[1] ?? ''}\n\n${source.slice(front[0].length)}` : source;
  return [documentPosting('markdown', source, markdownBlocks(readable), options.url ?? null, page)];
}
