/**
 * Small markers the pipeline keeps beside its records (part of `PostingStore`): processed-event claims and
 * leases, and where periodic sweeps keep their place.
 */

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
