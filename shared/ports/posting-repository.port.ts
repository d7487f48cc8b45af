import type { PostingStatus } from '../schema/posting';
import type { PostingRecord, PostingSummary } from '../schema/stored-posting';
import type { OutboxEvent } from '../schema/events';
import type { PostingSearch, PostingSearchPage } from './posting-search.port';

/** Postings and their outbox events (DESIGN §4), the part of `PostingStore` that ingest and feeds use. */

/** A posting change committed atomically with the event that announces it. */
export interface PostingChange {
  record: PostingRecord;
  /** the version the change was computed from; null when the posting must not exist yet */
  expectedVersion: number | null;
  event: OutboxEvent;
}

/** Per change: committed, or refused because the stored version moved on (re-read and recompute). */
export type CommitOutcome =
  { id: string; outcome: 'committed' } | { id: string; outcome: 'conflict'; current: PostingRecord | null };

/** A page of results and the cursor for the next one (null at the end). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PostingQuery {
  status?: PostingStatus;
  sourceId?: string;
  /** only postings whose `lastChangedAt` is at or after this instant (incremental feeds) */
  changedSince?: string;
  /** only postings whose `lastChangedAt` is strictly before this instant (the lagging-syndication sweep's window) */
  changedBefore?: string;
  /** order of results; `lastChangedAt` ascending for incremental feeds, `id` otherwise */
  orderBy?: 'id' | 'lastChangedAt';
  limit?: number;
  cursor?: string | null;
}

export interface PostingRepository {
  getPosting(id: string): Promise<PostingRecord | null>;
  /** many postings by id; chunked by the adapter (Firestore `getAll` has no chunking of its own) */
  getPostings(ids: readonly string[]): Promise<Map<string, PostingRecord>>;
  /**
   * Each change is atomic (posting + outbox event in one transaction) and checked against
   * `expectedVersion`; adapters may group several changes in one transaction. Unchanged postings are
   * never passed here, so an unchanged refresh writes nothing.
   */
  commitChanges(changes: readonly PostingChange[]): Promise<CommitOutcome[]>;
  /** the summaries of many postings by id, without reading descriptions (change detection) */
  getPostingSummaries(ids: readonly string[]): Promise<Map<string, PostingSummary>>;
  /** the summaries of a source's postings (closure, change detection), optionally by status */
  listPostingSummaries(sourceId: string, status?: PostingStatus): Promise<PostingSummary[]>;
  /** postings sharing a dedup key, across sources */
  findByDedupKey(dedupKey: string): Promise<PostingSummary[]>;
  /** open postings sharing at least one of these dedup terms (`dedupTerms`): near-duplicate candidates */
  findDedupCandidates(terms: readonly string[]): Promise<PostingSummary[]>;
  queryPostings(query: PostingQuery): Promise<Page<PostingRecord>>;
  /** every posting matching the query, read in chunks: memory does not grow with the result */
  streamPostings(query: Omit<PostingQuery, 'limit' | 'cursor'>): AsyncIterable<PostingRecord>;
  /** open postings whose `validThrough` is before `now` */
  listExpired(now: string, limit: number): Promise<PostingSummary[]>;
  /** the HR console's filtered, paginated list (fast on tens of thousands of postings: served by indexes) */
  searchPostings(search: PostingSearch): Promise<PostingSearchPage>;
}

export interface OutboxRepository {
  /** unsent events, oldest first */
  listUnsent(limit: number): Promise<OutboxEvent[]>;
  markSent(eventIds: readonly string[], sentAt: string): Promise<void>;
  /** counts a failed publish attempt (the event stays unsent for the sweep) */
  recordPublishFailure(eventId: string, error: string): Promise<void>;
  getOutboxEvent(eventId: string): Promise<OutboxEvent | null>;
}
