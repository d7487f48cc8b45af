import type { PostingStatus, QualityWarning, Workplace } from '../schema/posting';
import type { PostingRecord, PostingSummary } from '../schema/stored-posting';
import type { OutboxEvent } from '../schema/events';
import type { SourceConfig, SourceHealth, StoredSource } from '../schema/source';
import type { RunRecord } from '../schema/run';
import type { PartnerConfig, PartnerHealth, StoredPartner } from '../schema/partner';
import type { SyndicationRecord, SyndicationStatus } from '../schema/syndication';

/**
 * Storage for everything Jobrelay keeps (DESIGN §4): postings, their outbox events, sources, runs, partners,
 * syndication records and processed-event markers. Firestore in the cloud, SQLite when embedded; both pass
 * one contract suite (`test/support/contracts`).
 */

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

/**
 * The HR console's search (issue 8): every given filter must hold. Results are newest change first
 * (`lastChangedAt`, then id, descending); with a `board` status other than `none`, newest board change first
 * (the syndication record's `updatedAt`), since that is the list a recruiter reads ("rejected lately").
 */
export interface PostingSearch {
  status?: PostingStatus;
  sourceId?: string;
  /** ISO 3166-1 alpha-2: at least one location in this country */
  country?: string;
  /** at least one location with this workplace */
  workplace?: Workplace;
  /** carries this quality warning */
  warning?: QualityWarning;
  /** each word begins a word of the title or the company name, ignoring case and accents (`posting-search.ts`) */
  text?: string;
  /** the posting's record with this partner has this status; `none`: it has no record with the partner */
  board?: { partnerId: string; status: SyndicationStatus | 'none' };
  limit?: number;
  cursor?: string | null;
}

/** What a row of the console's list shows: the posting without its description and long lists. */
export type PostingListItem = Pick<
  PostingRecord,
  | 'id'
  | 'source'
  | 'title'
  | 'company'
  | 'department'
  | 'employmentTypes'
  | 'locations'
  | 'status'
  | 'quality'
  | 'datePosted'
  | 'version'
  | 'lastChangedAt'
  | 'duplicateOf'
>;

/** A search result: the posting and, when the search filtered on a board status, that board's record. */
export interface PostingSearchHit {
  posting: PostingListItem;
  board: Pick<SyndicationRecord, 'partnerId' | 'status' | 'updatedAt' | 'reasons'> | null;
}

/**
 * One page of search hits. A page holds at most `limit` hits and may hold fewer while `nextCursor` is set
 * (a store that filters part of a search in memory stops after a bounded read); null `nextCursor` is the end.
 */
export interface PostingSearchPage {
  hits: PostingSearchHit[];
  nextCursor: string | null;
  /** how many postings match in all, where the store can count them cheaply; null where it cannot */
  total: number | null;
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

export interface SourceRepository {
  /** creates or replaces configurations; health is kept */
  putSource(config: SourceConfig, now: string): Promise<void>;
  getSource(id: string): Promise<StoredSource | null>;
  listSources(): Promise<StoredSource[]>;
  deleteSource(id: string): Promise<void>;
  updateSourceHealth(id: string, health: SourceHealth): Promise<void>;
}

export interface RunRepository {
  putRun(run: RunRecord): Promise<void>;
  getRun(id: string): Promise<RunRecord | null>;
  /** most recent first */
  listRuns(query: { sourceId?: string; limit: number }): Promise<RunRecord[]>;
}

export interface PartnerRepository {
  putPartner(config: PartnerConfig, now: string): Promise<void>;
  getPartner(id: string): Promise<StoredPartner | null>;
  listPartners(): Promise<StoredPartner[]>;
  deletePartner(id: string): Promise<void>;
  updatePartnerHealth(id: string, health: PartnerHealth): Promise<void>;
}

export interface SyndicationQuery {
  postingId?: string;
  partnerId?: string;
  status?: SyndicationStatus;
  /**
   * only records whose `updatedAt` is at or after this instant (incremental JSON feeds). Results stay in id
   * order; an adapter that cannot filter on it may ignore it (callers filter again), at the cost of reads.
   */
  updatedSince?: string;
  limit?: number;
  cursor?: string | null;
}

/** Records left in one status since before an instant (the stuck-syndication sweep, `sweep-syndications.ts`). */
export interface StaleSyndicationQuery {
  status: SyndicationStatus;
  /** only records whose `updatedAt` is strictly before this instant */
  updatedBefore: string;
  limit: number;
  cursor?: string | null;
}

/** Records whose sweep claim still awaits its alert (`resent.alertPending`), claimed before an instant. */
export interface UnalertedSyndicationQuery {
  /** only records whose claim (`updatedAt`, which the claim sets) is strictly before this instant */
  claimedBefore: string;
  limit: number;
  cursor?: string | null;
}

export interface SyndicationRepository {
  getSyndication(postingId: string, partnerId: string): Promise<SyndicationRecord | null>;
  listSyndications(query: SyndicationQuery): Promise<Page<SyndicationRecord>>;
  /**
   * One partner's records of many postings, by posting id (a posting with no record with the partner is
   * absent): a delivery of a batch (an Indexing API job holds up to 100 postings) reads its pairs in one call
   * instead of one read per pair. Chunked by the adapter.
   */
  getSyndications?(partnerId: string, postingIds: readonly string[]): Promise<Map<string, SyndicationRecord>>;
  /**
   * Read-modify-write in one transaction: `update` receives the current record (or null) and returns the
   * new one, or null to leave it as it is. Returns the record as stored afterwards.
   */
  updateSyndication(
    postingId: string,
    partnerId: string,
    update: (current: SyndicationRecord | null) => SyndicationRecord | null,
  ): Promise<SyndicationRecord | null>;
  /** records in a status not updated since before an instant, least recently updated first, page by page */
  listStaleSyndications(query: StaleSyndicationQuery): Promise<Page<SyndicationRecord>>;
  /**
   * Records a stuck sweep claimed and whose alert may never have been logged (`resent.alertPending`), claimed
   * before `claimedBefore`, in id order, page by page. Few records ever carry the flag (a claim clears it
   * within seconds), so an adapter may select on the flag alone and filter the instant as it reads: a page may
   * then hold fewer than `limit` records while `nextCursor` is set. Optional: without it a claim whose alert
   * was lost is alerted on one threshold later, when the pending pass finds the pair stale again.
   */
  listUnalertedSyndications?(query: UnalertedSyndicationQuery): Promise<Page<SyndicationRecord>>;
  /**
   * Clears `resent.alertPending` on these records (ids `{postingId}__{partnerId}`) in batched writes, leaving the
   * rest of each record, `updatedAt` included, as it is; an id without a record is ignored. The sweep calls it
   * once per page, right after the page's alert is logged. Optional: without it each record is cleared in its
   * own transaction.
   */
  clearAlertPending?(recordIds: readonly string[]): Promise<void>;
  /**
   * Every record of each of these postings, by posting id, each posting's records in id order; a posting with
   * no record is absent. The lagging-syndication sweep reads a page of changed postings' records with it
   * instead of one query per posting. Chunked by the adapter (Firestore `in` takes at most 30 values).
   */
  listSyndicationsOfPostings(postingIds: readonly string[]): Promise<Map<string, SyndicationRecord[]>>;
  /**
   * Optional, for cheap feed ETags: how many of a partner's records are live and the newest `updatedAt`
   * among all its records (Firestore: a count aggregation and one ordered read). Without it, feeds hash
   * the partner's records instead.
   */
  syndicationStats?(partnerId: string): Promise<{ live: number; lastUpdatedAt: string | null }>;
}

export interface ProcessedEventRepository {
  /**
   * Marks `eventId` as processed by `consumer`; true the first time, false when it already was (at-least-once
   * delivery: the consumer skips the duplicate). Markers expire after `ttlSeconds`.
   */
  claimEvent(consumer: string, eventId: string, ttlSeconds: number): Promise<boolean>;
  /** gives a claim back, so a delivery that failed half-way is processed again */
  releaseEvent(consumer: string, eventId: string): Promise<void>;
  /**
   * Moves an existing, unexpired claim's expiry to `ttlSeconds` from now (a lease kept alive while its
   * holder works); does nothing when there is no such claim.
   */
  renewEvent?(consumer: string, eventId: string, ttlSeconds: number): Promise<void>;
  /** whether `eventId` holds an unexpired claim for `consumer` (a read: it claims nothing) */
  hasEvent?(consumer: string, eventId: string): Promise<boolean>;
  /**
   * Which of `eventIds` hold an unexpired claim for `consumer`: `hasEvent` for many ids in one batched read
   * (the stuck sweep checks a page's delivery leases with it). Chunked by the adapter.
   */
  heldEvents?(consumer: string, eventIds: readonly string[]): Promise<Set<string>>;
}

/**
 * Where a periodic sweep keeps its place between runs (the lagging-syndication sweep's watermark,
 * `sweep-syndications.ts`): one small value per sweep name, opaque to the store.
 */
export interface SweepMarkRepository {
  /** the sweep's mark, or null before it first stored one */
  getSweepMark(name: string): Promise<string | null>;
  /**
   * Stores `value` when there is no mark yet or the stored one sorts before it (plain string order), in one
   * transaction: two overlapping sweeps never move a mark back. True when stored.
   */
  advanceSweepMark(name: string, value: string): Promise<boolean>;
}

export interface PostingStore
  extends
    PostingRepository,
    OutboxRepository,
    SourceRepository,
    RunRepository,
    PartnerRepository,
    SyndicationRepository,
    ProcessedEventRepository,
    SweepMarkRepository {
  /** releases connections; the store is unusable afterwards */
  close(): Promise<void>;
}
