import type { RawPosting } from '../../schema/raw-posting';
import { textBlocks } from '../../normalize/document/document-blocks';
import { repairText } from '../../normalize/text-repair';
import { documentPosting } from './document-posting';
import { withoutOtherJobsTail } from './other-jobs-tail';
import { pastedPage } from './pasted-page';

/** Options for parsing a plain-text posting. */
export interface TextOptions {
  /** where the text came from: resolves relative links */
  url?: string | null;
}

/**
 * Parses a plain-text posting: title from the first line, "Key: value" header lines ("Location: …",
 * "給与：…", "Lieu : …") into `fields` with English keys, "Heading:" and ALL-CAPS lines as section headings,
 * the body rendered to HTML for the description. Returns no posting for an empty text.
 */
export function parseText(text: string, options: TextOptions = {}): RawPosting[] {
  const repaired = repairText(text);
  // a board's page copied whole: the posting from its card's title on, without the page's chrome
  const page = pastedPage(repaired);
  const source = page ? page.text : withoutOtherJobsTail(repaired);
  if (!source.trim()) return [];
  return [documentPosting('text', source, textBlocks(source), options.url ?? null, page)];
}
