import type { RawPosting } from '../../schema/raw-posting';
import type { SourceConfig } from '../../schema/source';
import { describeError } from '../../errors';
import type { RunError } from '../../schema/run';
import { parseInput } from '../parse-input';
import { parseIndeedFeed } from '../feed/parse-indeed-feed';
import { parseWithSelectors } from './selector-parser';
import type { FetchedDocument } from './source-fetch';

/** Raw postings of a fetch, and the documents that could not be read. */
export interface ParsedDocuments {
  postings: RawPosting[];
  errors: RunError[];
}

/**
 * Turns fetched documents into raw postings: ATS exports and JSON-LD pages through `parseInput`, `html`
 * pages through the source's selectors, Indeed-style feeds through their own parser. A board document
 * that cannot be read fails the run (its postings are unknown); an unreadable detail page is one error.
 */
export function parseDocuments(source: SourceConfig, documents: readonly FetchedDocument[]): ParsedDocuments {
  const postings: RawPosting[] = [];
  const errors: RunError[] = [];
  const detailPages = source.kind === 'smartrecruiters' || source.kind === 'jsonld' || source.kind === 'html';
  for (const doc of documents) {
    try {
      postings.push(...parseDocument(source, doc));
    } catch (error) {
      if (!detailPages) throw error;
      errors.push({ ...describeError(error), url: doc.url });
    }
  }
  return { postings, errors };
}

function parseDocument(source: SourceConfig, doc: FetchedDocument): RawPosting[] {
  switch (doc.format) {
    case 'indeed-feed':
      return parseIndeedFeed(doc.content, { url: doc.url });
    case 'selectors':
      return source.kind === 'html' ? parseWithSelectors(doc.content, doc.url, source.selectors) : [];
    default:
      return parseInput(doc.content, { kind: doc.kind, url: doc.url });
  }
}
