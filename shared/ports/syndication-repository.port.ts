import type { SyndicationRecord, SyndicationStatus } from '../schema/syndication';
import type { Page } from './posting-repository.port';

/** Syndication records, one per (posting, partner) pair (part of `PostingStore`). */

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

/** One record's read-modify-write in `updateSyndications`: the new record, or null to leave it as it is. */
export interface SyndicationUpdate {
  postingId: string;
  partnerId: string;
  update: (current: SyndicationRecord | null) => SyndicationRecord | null;
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
  /**
   * `updateSyndication` for many records in ONE transaction: each `update` sees its record as stored and all
   * the records it changes are stored together or none is (a conflict re-runs every update on fresh reads).
   * Returns, per update in order, the record as written, or null when its update left it as it was. The stuck
   * sweep claims a chunk of its pairs with it: one commit instead of one transaction per pair, with the same
   * claim rule (a record that moved on since the sweep read it is not claimed). Callers keep the list short
   * (`CLAIM_CHUNK`). Optional: without it each is its own `updateSyndication`.
   */
  updateSyndications?(updates: readonly SyndicationUpdate[]): Promise<Array<SyndicationRecord | null>>;
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
