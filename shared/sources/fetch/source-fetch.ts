import type { HttpFetcher, Validators } from '../../ports/http-fetcher.port';
import type { Logger } from '../../ports/logger.port';
import type { SourceKind } from '../../schema/posting';
import type { RunError } from '../../schema/run';

/**
 * What a fetch adapter (one per source kind) needs and produces. Fetching is kept apart from parsing: an
 * adapter returns the documents it fetched (board JSON, XML, detail pages), and `parseDocuments` turns
 * them into raw postings, so network time and parse time can be told apart and a 304 costs no parsing.
 */

export interface FetchContext {
  fetcher: HttpFetcher;
  /** conditional-GET validators kept from the last successful run, by URL */
  validators: Readonly<Record<string, Validators>>;
  logger: Logger;
  /**
   * True once the run's time budget is spent (a Pub/Sub push must be answered within its ack deadline):
   * detail pages not yet fetched are left for the next run and the read is marked incomplete.
   */
  isOutOfTime?: () => boolean;
}

/** How a document is read: by `parseInput` for its kind, by the source's selectors, or as an Indeed-style feed. */
export type DocumentFormat = 'input' | 'selectors' | 'indeed-feed';

/** One fetched document that holds postings (a board export, a page of a board, a detail page). */
export interface FetchedDocument {
  url: string;
  kind: SourceKind;
  format: DocumentFormat;
  content: string;
}

export interface SourceFetchResult {
  /** every list document answered 304: nothing changed since the last run, nothing to parse */
  notModified: boolean;
  documents: FetchedDocument[];
  /** validators to keep for the next run (list documents only; a detail page is always fetched) */
  validators: Record<string, Validators>;
  /** false when a listed posting could not be fetched: the run must close nothing */
  complete: boolean;
  /** problems that did not fail the run (a detail page that timed out) */
  errors: RunError[];
  /** pages skipped because robots.txt disallows them */
  disallowed: number;
  /** detail pages that answered 404/410 (the posting was withdrawn between list and detail) */
  gone: number;
}

/** Starts a result for a fetch that has not found anything yet. */
export function emptyResult(): SourceFetchResult {
  return { notModified: false, documents: [], validators: {}, complete: true, errors: [], disallowed: 0, gone: 0 };
}

/** The fetch stopped at a limit before reading everything: the run ingests what it read and closes nothing. */
export function markTruncated(result: SourceFetchResult, message: string, code = 'SOURCE.TOO_MANY_PAGES'): void {
  result.complete = false;
  result.errors.push({ code, message, url: null });
}
