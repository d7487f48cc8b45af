import { RawPosting } from '../../schema/raw-posting';

/** Options for parsing a career page. */
export interface HtmlPageOptions {
  /** the page's own URL: resolves relative apply links */
  url?: string | null;
}

/**
 * Parses a career page without JSON-LD into raw postings: the posting's main content (site chrome dropped),
 * its title, a meta list near the title and the apply link.
 */
export function parseHtmlPage(html: string, options: HtmlPageOptions = {}): RawPosting[] {
  return [RawPosting.parse({ kind: 'html', url: options.url ?? null, html })];
}
