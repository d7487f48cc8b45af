import { join } from 'node:path';
import type { Clock } from '../../ports/clock.port';
import type {
  PostingQuery,
  PostingSearch,
  PostingStore,
  StaleSyndicationQuery,
  SyndicationQuery,
  UnalertedSyndicationQuery,
} from '../../ports/posting-store.port';
import type { SearchBackfillOptions } from '../search-backfill';
import { backfillSearchColumns } from './embedded-search-backfill';
import type { PostingStatus } from '../../schema/posting';
import type { PostingChange } from '../../ports/posting-store.port';
import type { PartnerConfig, PartnerHealth } from '../../schema/partner';
import type { RunRecord } from '../../schema/run';
import type { SourceConfig, SourceHealth } from '../../schema/source';
import type { SyndicationRecord } from '../../schema/syndication';
import { systemClock } from '../system-clock';
import { PAGE_SIZE } from '../store-limits';
import * as config from './embedded-config';
import * as outbox from './embedded-outbox';
import * as postings from './embedded-postings';
import { searchPostings } from './embedded-posting-search';
import * as syndications from './embedded-syndications';
import { clearAlertPending, listUnalertedSyndications } from './embedded-unalerted';
import { openDatabase, type SqliteDatabase } from './sqlite-database';
import { STORE_MIGRATIONS } from './store-schema';

/** The store's file inside the data folder. */
export const STORE_FILE = 'jobrelay.sqlite';

export interface EmbeddedStoreOptions {
  /** the data folder (`JOBRELAY_DATA_DIR`); the store lives in `{dataDir}/jobrelay.sqlite` */
  dataDir?: string;
  /** or an explicit file path (`:memory:` for a private in-memory store) */
  file?: string;
  clock?: Clock;
}

/**
 * The embedded `PostingStore` (DESIGN §5: the local default): SQLite through better-sqlite3, durable under
 * the data folder, safe for several processes sharing the file (WAL, `busy_timeout`, `BEGIN IMMEDIATE` for
 * every read-check-write). Passes the same contract suite as the Firestore store.
 */
export class EmbeddedPostingStore implements PostingStore {
  private readonly db: SqliteDatabase;
  private readonly clock: Clock;

  constructor(options: EmbeddedStoreOptions) {
    const file = options.file ?? join(options.dataDir ?? '.data', STORE_FILE);
    this.db = openDatabase(file, STORE_MIGRATIONS);
    this.clock = options.clock ?? systemClock;
  }

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

  async putSource(source: SourceConfig, now: string) {
    config.sources.put(this.db, source, now);
  }
  async getSource(id: string) {
    return config.sources.get(this.db, id);
  }
  async listSources() {
    return config.sources.list(this.db);
  }
  async deleteSource(id: string) {
    config.sources.remove(this.db, id);
  }
  async updateSourceHealth(id: string, health: SourceHealth) {
    config.sources.putHealth(this.db, id, health);
  }

  async putRun(run: RunRecord) {
    config.runs.put(this.db, run);
  }
  async getRun(id: string) {
    return config.runs.get(this.db, id);
  }
  async listRuns(query: { sourceId?: string; limit: number }) {
    return config.runs.list(this.db, query);
  }

  async putPartner(partner: PartnerConfig, now: string) {
    config.partners.put(this.db, partner, now);
  }
  async getPartner(id: string) {
    return config.partners.get(this.db, id);
  }
  async listPartners() {
    return config.partners.list(this.db);
  }
  async deletePartner(id: string) {
    config.partners.remove(this.db, id);
  }
  async updatePartnerHealth(id: string, health: PartnerHealth) {
    config.partners.putHealth(this.db, id, health);
  }

  async getSyndication(postingId: string, partnerId: string) {
    return syndications.getSyndication(this.db, postingId, partnerId);
  }
  async getSyndications(partnerId: string, postingIds: readonly string[]) {
    return syndications.getSyndications(this.db, partnerId, postingIds);
  }
  async listSyndications(query: SyndicationQuery) {
    return syndications.listSyndications(this.db, query);
  }
  async listStaleSyndications(query: StaleSyndicationQuery) {
    return syndications.listStaleSyndications(this.db, query);
  }
  async listUnalertedSyndications(query: UnalertedSyndicationQuery) {
    return listUnalertedSyndications(this.db, query);
  }
  async clearAlertPending(recordIds: readonly string[]) {
    clearAlertPending(this.db, recordIds);
  }
  async listSyndicationsOfPostings(postingIds: readonly string[]) {
    return syndications.listSyndicationsOfPostings(this.db, postingIds);
  }
  async updateSyndication(
    postingId: string,
    partnerId: string,
    update: (current: SyndicationRecord | null) => SyndicationRecord | null,
  ) {
    return syndications.updateSyndication(this.db, postingId, partnerId, update);
  }

  async syndicationStats(partnerId: string) {
    return syndications.syndicationStats(this.db, partnerId);
  }

  async claimEvent(consumer: string, eventId: string, ttlSeconds: number) {
    return syndications.claimEvent(this.db, consumer, eventId, ttlSeconds, this.clock.now());
  }
  async renewEvent(consumer: string, eventId: string, ttlSeconds: number) {
    syndications.renewEvent(this.db, consumer, eventId, ttlSeconds, this.clock.now());
  }
  async hasEvent(consumer: string, eventId: string) {
    return syndications.hasEvent(this.db, consumer, eventId, this.clock.now());
  }
  async heldEvents(consumer: string, eventIds: readonly string[]) {
    return syndications.heldEvents(this.db, consumer, eventIds, this.clock.now());
  }
  async releaseEvent(consumer: string, eventId: string) {
    syndications.releaseEvent(this.db, consumer, eventId);
  }

  async getSweepMark(name: string) {
    return syndications.getSweepMark(this.db, name);
  }
  async advanceSweepMark(name: string, value: string) {
    return syndications.advanceSweepMark(this.db, name, value);
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}
