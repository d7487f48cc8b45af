import type { Clock } from '../../ports/clock.port';
import type { PostingChange, PostingQuery, PostingSearch } from '../../ports/posting-store.port';
import type { PostingStatus } from '../../schema/posting';
import type { SearchBackfillOptions } from '../search-backfill';
import { PAGE_SIZE } from '../store-limits';
import * as outbox from './embedded-outbox';
import { searchPostings } from './embedded-posting-search';
import * as postings from './embedded-postings';
import { backfillSearchColumns } from './embedded-search-backfill';
import type { SqliteDatabase } from './sqlite-database';

/**
 * The embedded store's postings, their search and their outbox events (`PostingRepository`, `OutboxRepository`):
 * the first role of `EmbeddedPostingStore`, which opens the database and adds the others.
 */
export class EmbeddedPostingMethods {
  constructor(
    protected readonly db: SqliteDatabase,
    protected readonly clock: Clock,
  ) {}

  async getPosting(id: string) {
    return postings.getPosting(this.db, id);
  }
  async getPostings(ids: readonly string[]) {
    return postings.getPostings(this.db, ids);
  }
  async getPostingSummaries(ids: readonly string[]) {
    return postings.getPostingSummaries(this.db, ids);
  }
  async commitChanges(changes: readonly PostingChange[]) {
    return postings.commitChanges(this.db, changes);
  }
  async listPostingSummaries(sourceId: string, status?: PostingStatus) {
    return postings.listPostingSummaries(this.db, sourceId, status);
  }
  async findByDedupKey(dedupKey: string) {
    return postings.findByDedupKey(this.db, dedupKey);
  }
  async findDedupCandidates(terms: readonly string[]) {
    return postings.findDedupCandidates(this.db, terms);
  }
  /** the console's search columns recomputed where they differ (`jobrelay admin backfill-search`) */
  async backfillSearchTerms(options: SearchBackfillOptions) {
    return backfillSearchColumns(this.db, options);
  }
  async queryPostings(query: PostingQuery) {
    return postings.queryPostings(this.db, query);
  }
  async *streamPostings(query: Omit<PostingQuery, 'limit' | 'cursor'>) {
    let cursor: string | null = null;
    do {
      const page = postings.queryPostings(this.db, { ...query, limit: PAGE_SIZE, cursor });
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }
  async listExpired(now: string, limit: number) {
    return postings.listExpired(this.db, now, limit);
  }
  async searchPostings(search: PostingSearch) {
    return searchPostings(this.db, search);
  }

  async listUnsent(limit: number) {
    return outbox.listUnsent(this.db, limit);
  }
  async markSent(eventIds: readonly string[], sentAt: string) {
    outbox.markSent(this.db, eventIds, sentAt);
  }
  async recordPublishFailure(eventId: string, error: string) {
    outbox.recordPublishFailure(this.db, eventId, error);
  }
  async getOutboxEvent(eventId: string) {
    return outbox.getOutboxEvent(this.db, eventId);
  }
}
