import { z } from 'zod';
import { JobPosting } from './posting';
import { Timestamp } from './common';

/**
 * A posting as stored in `postings/{id}`: the contract object with its bookkeeping beside it (DESIGN §3, §4).
 * Bookkeeping never takes part in `contentHash`.
 */
export const PostingBookkeeping = z.object({
  version: z.number().int().min(1),
  firstSeenAt: Timestamp,
  lastChangedAt: Timestamp,
  closedAt: Timestamp.nullable(),
  /** why it closed: missing from a successful refresh, past validThrough, or closed by its source */
  closedReason: z.enum(['missing', 'expired', 'source']).nullable().default(null),
  /** requisition id where there is one, else normalised company + title + location */
  dedupKey: z.string(),
  /** 64-bit SimHash of the description text, hex: near-duplicate fingerprint */
  fingerprint: z.string(),
  /**
   * lookup terms for duplicate detection: `key:{dedupKey}` and the four 16-bit bands of the fingerprint under
   * the company, so candidates are found by the terms a posting shares with them, not by reading the company
   */
  dedupTerms: z.array(z.string()).default([]),
  /** the canonical posting this one duplicates (not syndicated twice) */
  duplicateOf: z.string().nullable().default(null),
  /** source tags, copied so partner filters need no source lookup */
  tags: z.array(z.string()).default([]),
  /**
   * `validThrough` as one UTC instant, so stores can query expiry with one comparison (`validThrough` may be
   * a date or carry any offset). A date alone counts until the end of that day everywhere (UTC−12).
   */
  expiresAt: Timestamp.nullable().default(null),
  /**
   * The request that made this version, when it carried an `Idempotency-Key` (a hash of the caller and key,
   * never the key): a retry whose reply was lost finds its own change here and is answered as the first time
   * (`ingest-replay.ts`). Absent when the change came without a key.
   */
  lastChange: z
    .object({
      requestKey: z.string(),
      version: z.number().int().min(1),
      outcome: z.enum(['created', 'updated', 'reopened', 'closed']),
      changedFields: z.array(z.string()).default([]),
    })
    .optional(),
});
export type PostingBookkeeping = z.infer<typeof PostingBookkeeping>;

export const PostingRecord = JobPosting.extend(PostingBookkeeping.shape);
export type PostingRecord = z.infer<typeof PostingRecord>;

/** The small projection change detection and closure need, readable without the description. */
export const PostingSummary = PostingRecord.pick({
  id: true,
  contentHash: true,
  status: true,
  version: true,
  dedupKey: true,
  fingerprint: true,
  duplicateOf: true,
  validThrough: true,
}).extend({ sourceId: z.string() });
export type PostingSummary = z.infer<typeof PostingSummary>;
