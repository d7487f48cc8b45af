import { RawPosting } from '../../schema/raw-posting';

/** Options for parsing a Markdown posting. */
export interface MarkdownOptions {
  url?: string | null;
}

/** Parses a Markdown posting: title from the first #-heading, "Key: value" header lines into `fields`. */
export function parseMarkdown(md: string, options: MarkdownOptions = {}): RawPosting[] {
  return [RawPosting.parse({ kind: 'markdown', url: options.url ?? null, markdown: md })];
}
