import { z } from 'zod';
import { Slug } from '../schema/common';

/**
 * Messages on topic `syndication-requests`. One message carries one partner and at most 100 postings;
 * webhook partners always get one posting per message. Why: Pub/Sub retries a message as a whole, so a
 * slow or failing partner must never make another partner's delivery repeat, and one failing posting must
 * never hold back another's. Each message means "bring these (posting, partner) pairs in line with what
 * is wanted": the handler reads the current posting and record, so a stale or repeated message does
 * nothing, and messages may arrive in any order.
 */
export const SyndicationJob = z.object({
  kind: z.literal('syndication.sync'),
  partnerId: Slug,
  postingIds: z.array(z.string().min(1)).min(1).max(100),
  /** what caused it: a request id or a posting event id (kept in the record's history) */
  cause: z.string().min(1),
});
export type SyndicationJob = z.infer<typeof SyndicationJob>;

/** Postings per message for partners that take batches (feeds, Indexing API: batches of up to 100). */
export const MAX_POSTINGS_PER_JOB = 100;
