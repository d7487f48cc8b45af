import type { Firestore } from '@google-cloud/firestore';
import type { Clock } from '../../ports/clock.port';
import type {
  PostingChange,
  PostingQuery,
  PostingSearch,
  PostingStore,
  StaleSyndicationQuery,
  SyndicationQuery,
  SyndicationUpdate,
  UnalertedSyndicationQuery,
} from '../../ports/posting-store.port';
import type { PostingStatus } from '../../schema/posting';
import type { PartnerConfig, PartnerHealth } from '../../schema/partner';
import type { RunRecord } from '../../schema/run';
import type { SourceConfig, SourceHealth } from '../../schema/source';
import type { SyndicationRecord } from '../../schema/syndication';
import { PAGE_SIZE } from '../store-limits';
import { systemClock } from '../system-clock';
import { collection, guarded, type FirestoreContext } from './firestore-collections';
import { commitChanges } from './firestore-commit';
import * as config from './firestore-config';
import * as outbox from './firestore-outbox';
import * as postings from './firestore-postings';
import { searchPostings } from './firestore-posting-search';
import { backfillSearchTerms } from './firestore-search-backfill';
import type { SearchBackfillOptions } from '../search-backfill';
import * as markers from './firestore-markers';
import * as syndications from './firestore-syndications';
import { clearAlertPending, listUnalertedSyndications } from './firestore-unalerted';

export interface FirestoreStoreOptions {
  /** a client created once per process and reused across invocations */
  firestore: Firestore;
  /** prepended to every collection name (tests isolate themselves with one) */
  collectionPrefix?: string;
  clock?: Clock;
}

/**
 * The Firestore `PostingStore` (DESIGN §4) on the real `@google-cloud/firestore` client: posting and outbox
 * event in one transaction, version-checked; chunked `getAll`; projections for summaries; hashed document
 * ids. Its queries need the indexes in `firestore-indexes.ts`. Passes the same contract suite as the embedded store.
 */
export class FirestorePostingStore implements PostingStore {
  private readonly ctx: FirestoreContext;
  private readonly clock: Clock;

  constructor(options: FirestoreStoreOptions) {
    this.ctx = { db: options.firestore, prefix: options.collectionPrefix ?? '' };
    this.clock = options.clock ?? systemClock;
  }

  async getPosting(id: string) {
    const snapshot = await guarded(`read postings/${id}`, () => collection(this.ctx, 'postings').doc(id).get());
    return snapshot.exists ? postings.toPostingRecord(snapshot) : null;
  }
  getPostings = (ids: readonly string[]) => postings.getPostings(this.ctx, ids);
  getPostingSummaries = (ids: readonly string[]) => postings.getPostingSummaries(this.ctx, ids);
  commitChanges = (changes: readonly PostingChange[]) => commitChanges(this.ctx, changes);
  listPostingSummaries = (sourceId: string, status?: PostingStatus) =>
    postings.listPostingSummaries(this.ctx, sourceId, status);
  findByDedupKey = (dedupKey: string) => postings.findByDedupKey(this.ctx, dedupKey);
  findDedupCandidates = (terms: readonly string[]) => postings.findDedupCandidates(this.ctx, terms);
  queryPostings = (query: PostingQuery) => postings.queryPostings(this.ctx, query);
  /** `searchTerms` written where missing or stale (`jobrelay admin backfill-search`) */
  backfillSearchTerms = (options: SearchBackfillOptions) => backfillSearchTerms(this.ctx, options);
  listExpired = (now: string, limit: number) => postings.listExpired(this.ctx, now, limit);
  searchPostings = (search: PostingSearch) => searchPostings(this.ctx, search);

  async *streamPostings(query: Omit<PostingQuery, 'limit' | 'cursor'>) {
    let cursor: string | null = null;
    do {
      const page = await postings.queryPostings(this.ctx, { ...query, limit: PAGE_SIZE, cursor });
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }

  listUnsent = (limit: number) => outbox.listUnsent(this.ctx, limit);
  markSent = (eventIds: readonly string[], sentAt: string) => outbox.markSent(this.ctx, eventIds, sentAt);
  recordPublishFailure = (eventId: string, error: string) => outbox.recordPublishFailure(this.ctx, eventId, error);
  getOutboxEvent = (eventId: string) => outbox.getOutboxEvent(this.ctx, eventId);

  putSource = (source: SourceConfig, now: string) => config.sources.put(this.ctx, source, now);
  getSource = (id: string) => config.sources.get(this.ctx, id);
  listSources = () => config.sources.list(this.ctx);
  deleteSource = (id: string) => config.sources.remove(this.ctx, id);
  updateSourceHealth = (id: string, health: SourceHealth) => config.sources.putHealth(this.ctx, id, health);

  putRun = (run: RunRecord) => config.runs.put(this.ctx, run);
  getRun = (id: string) => config.runs.get(this.ctx, id);
  listRuns = (query: { sourceId?: string; limit: number }) => config.runs.list(this.ctx, query);

  putPartner = (partner: PartnerConfig, now: string) => config.partners.put(this.ctx, partner, now);
  getPartner = (id: string) => config.partners.get(this.ctx, id);
  listPartners = () => config.partners.list(this.ctx);
  deletePartner = (id: string) => config.partners.remove(this.ctx, id);
  updatePartnerHealth = (id: string, health: PartnerHealth) => config.partners.putHealth(this.ctx, id, health);

  getSyndication = (postingId: string, partnerId: string) =>
    syndications.getSyndication(this.ctx, postingId, partnerId);
  getSyndications = (partnerId: string, postingIds: readonly string[]) =>
    syndications.getSyndications(this.ctx, partnerId, postingIds);
  listSyndications = (query: SyndicationQuery) => syndications.listSyndications(this.ctx, query);
  listStaleSyndications = (query: StaleSyndicationQuery) => syndications.listStaleSyndications(this.ctx, query);
  listUnalertedSyndications = (query: UnalertedSyndicationQuery) => listUnalertedSyndications(this.ctx, query);
  clearAlertPending = (recordIds: readonly string[]) => clearAlertPending(this.ctx, recordIds);
  listSyndicationsOfPostings = (postingIds: readonly string[]) =>
    syndications.listSyndicationsOfPostings(this.ctx, postingIds);
  updateSyndication = (
    postingId: string,
    partnerId: string,
    update: (current: SyndicationRecord | null) => SyndicationRecord | null,
  ) => syndications.updateSyndication(this.ctx, postingId, partnerId, update);
  updateSyndications = (updates: readonly SyndicationUpdate[]) => syndications.updateSyndications(this.ctx, updates);
  syndicationStats = (partnerId: string) => syndications.syndicationStats(this.ctx, partnerId);

  claimEvent = (consumer: string, eventId: string, ttlSeconds: number) =>
    markers.claimEvent(this.ctx, consumer, eventId, ttlSeconds, this.clock.now());
  renewEvent = (consumer: string, eventId: string, ttlSeconds: number) =>
    markers.renewEvent(this.ctx, consumer, eventId, ttlSeconds, this.clock.now());
  hasEvent = (consumer: string, eventId: string) => markers.hasEvent(this.ctx, consumer, eventId, this.clock.now());
  heldEvents = (consumer: string, eventIds: readonly string[]) =>
    markers.heldEvents(this.ctx, consumer, eventIds, this.clock.now());
  releaseEvent = (consumer: string, eventId: string) => markers.releaseEvent(this.ctx, consumer, eventId);

  getSweepMark = (name: string) => markers.getSweepMark(this.ctx, name);
  advanceSweepMark = (name: string, value: string) => markers.advanceSweepMark(this.ctx, name, value);

  /** The client is shared (created once per process); closing the store leaves it to its owner. */
  async close(): Promise<void> {}
}
