import type { RawPosting } from '../../schema/raw-posting';
import type { JsonObject } from '../json-values';
import type { ParserOptions } from '../raw-posting-builder';
import { extractJobPostingNodes, jobPostingNodesIn } from './extract-jsonld';
import { mapJobPosting } from './map-job-posting';

/** `<html lang="en-GB">` → "en-GB". */
export const pageLanguageOf = (html: string): string | null =>
  /<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)/i.exec(html)?.[1] ?? null;

/**
 * Every schema.org JobPosting on an HTML page → raw postings (one per distinct posting: pages that repeat
 * the same markup twice yield it once).
 */
export function parseJsonLdPage(html: string, options: ParserOptions): RawPosting[] {
  return mapNodes(extractJobPostingNodes(html), { ...options, pageLanguage: pageLanguageOf(html) });
}

/** JSON-LD given as a JSON document of its own (a JobPosting, an array, a `@graph`). */
export function parseJsonLdDocument(json: unknown, options: ParserOptions): RawPosting[] {
  return mapNodes(jobPostingNodesIn(json), { ...options, pageLanguage: null });
}

function mapNodes(nodes: JsonObject[], options: ParserOptions & { pageLanguage: string | null }): RawPosting[] {
  const seen = new Set<string>();
  const postings = nodes
    .map((node) => mapJobPosting(node, options))
    .filter((posting) => {
      const key = JSON.stringify([posting.externalId, posting.url, posting.title, posting.html?.length]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return postings.length > 1 ? postings.map(withDistinctId) : postings;
}

/** Several postings on one page without identifiers would share the page URL as id: the title tells them apart. */
const withDistinctId = (posting: RawPosting): RawPosting =>
  posting.externalId !== null || posting.title === null
    ? posting
    : { ...posting, externalId: `${posting.url ?? ''}#${posting.title}` };
