/**
 * Filling the console's search fields of postings stored before they existed, or stored when the search
 * terms were computed differently (`posting-search.ts`): Firestore's `searchTerms` array, SQLite's
 * `search_text` / `facets` columns. A pass reads postings in id order a page at a time and rewrites only
 * those whose fields differ from what the posting gives now, so running it again writes nothing.
 * `jobrelay admin backfill-search` drives it; both stores implement it.
 */

export interface SearchBackfillOptions {
  /** where the previous page ended (null: from the start) */
  cursor: string | null;
  /** postings read in this page (1–500) */
  limit: number;
  /** count what would change without writing */
  dryRun: boolean;
}

export interface SearchBackfillPage {
  /** postings read */
  scanned: number;
  /** postings whose search fields were (or, in a dry run, would be) rewritten */
  updated: number;
  /** postings changed by someone else between the read and the write: their writer stored fresh fields */
  skipped: number;
  /** pass to the next page; null when every posting has been read */
  nextCursor: string | null;
}

/** A store that can fill its search fields. */
export interface SearchBackfillStore {
  backfillSearchTerms(options: SearchBackfillOptions): Promise<SearchBackfillPage>;
}

/** Whether a store implements the backfill. */
export const canBackfillSearch = (store: object): store is SearchBackfillStore =>
  typeof (store as Partial<SearchBackfillStore>).backfillSearchTerms === 'function';

/** Page sizes are 1–500 (a Firestore batch's write limit and a bounded read). */
export const backfillLimitOf = (limit: number): number => Math.min(Math.max(Math.trunc(limit) || 1, 1), 500);
