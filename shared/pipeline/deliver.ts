import { PostingEvent } from '../schema/events';
import type { StoredPartner } from '../schema/partner';
import type { SyndicationRecord } from '../schema/syndication';
import { describeError } from '../errors';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { CONSUMER } from './syndication-context';
import { SyndicationJob } from './syndication-messages';
import { type PairOutcome, settleInPlace, syncSyndications } from './sync-syndications';

/**
 * `deliverSyndication` (DESIGN §1): consumes `posting-events` and `syndication-requests`.
 * - A posting event (created, updated, closed, reopened) fans out: feed partners are settled at once (no
 *   call to make), and every webhook / Indexing API partner the posting is on, or is being sent to, gets
 *   its own `syndication.sync` message, so one slow partner never makes the others' deliveries repeat. A
 *   closure therefore withdraws the posting everywhere, automatically. The event id is claimed first: a
 *   redelivered event changes nothing.
 * - A `syndication.sync` message brings its pairs in line (see `syncSyndications`).
 * The answer says whether to ack (2xx) or have Pub/Sub redeliver (any other status).
 */

export interface DeliverResult {
  ack: boolean;
  /** what the message was, for the log line */
  kind: 'posting-event' | 'syndication-sync' | 'duplicate' | 'unrecognised';
  pairs: PairOutcome[];
  /** fan-out messages published */
  published: number;
}

export interface DeliveryMeta {
  /** Pub/Sub push `deliveryAttempt` (present when the subscription has a dead-letter policy) */
  deliveryAttempt?: number;
}

/** Handles one message from either topic. */
export async function deliver(
  deps: SyndicationDeps,
  message: unknown,
  meta: DeliveryMeta = {},
): Promise<DeliverResult> {
  const job = SyndicationJob.safeParse(message);
  if (job.success) {
    const result = await syncSyndications(deps, job.data, isLastDelivery(deps, meta));
    if (!result.ack)
      deps.logger.info('syndication sync will be redelivered', {
        partnerId: job.data.partnerId,
        deliveryAttempt: meta.deliveryAttempt,
      });
    return { ack: result.ack, kind: 'syndication-sync', pairs: result.pairs, published: 0 };
  }
  const event = PostingEvent.safeParse(message);
  if (event.success) return fanOutPostingEvent(deps, event.data);
  // retrying a message we cannot read never helps: ack it and say so loudly
  deps.logger.error('unrecognised syndication message acked without processing', {
    issues: event.error.issues.slice(0, 3),
  });
  return { ack: true, kind: 'unrecognised', pairs: [], published: 0 };
}

/** True on the last delivery Pub/Sub will make of this message (it dead-letters after it). */
const isLastDelivery = (deps: SyndicationDeps, meta: DeliveryMeta): boolean =>
  meta.deliveryAttempt !== undefined && meta.deliveryAttempt >= syndicationOptionsOf(deps).pubsubMaxDeliveryAttempts;

/** Every record of a posting, page by page. */
export async function recordsOf(deps: Pick<SyndicationDeps, 'store'>, postingId: string): Promise<SyndicationRecord[]> {
  const records: SyndicationRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.store.listSyndications({ postingId, limit: 200, cursor });
    records.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return records;
}

/** True when a record takes part in the posting's changes: wanted on the partner, or a withdrawal in flight. */
export const follows = (r: SyndicationRecord): boolean =>
  r.desired === 'publish' || r.status === 'pending' || r.deliveredVersion !== null;

async function fanOutPostingEvent(deps: SyndicationDeps, event: PostingEvent): Promise<DeliverResult> {
  const options = syndicationOptionsOf(deps);
  if (!(await deps.store.claimEvent(CONSUMER.fanOut, event.id, options.processedEventTtlSeconds)))
    return { ack: true, kind: 'duplicate', pairs: [], published: 0 };
  try {
    const postingId = event.data.postingId;
    const records = (await recordsOf(deps, postingId)).filter(follows);
    const posting = records.length > 0 ? await deps.store.getPosting(postingId) : null;
    const pairs: PairOutcome[] = [];
    let published = 0;
    for (const record of records) {
      const partner = await deps.store.getPartner(record.partnerId);
      if (!partner) continue;
      if (partner.config.delivery === 'feed') pairs.push(await settleFeed(deps, partner, posting, record, event.id));
      else {
        await deps.bus.publish('syndication-requests', syncMessage(record, event.id));
        published += 1;
      }
    }
    return { ack: true, kind: 'posting-event', pairs, published };
  } catch (error) {
    // give the claim back so the redelivery does the whole fan-out again (each step is idempotent)
    await deps.store.releaseEvent(CONSUMER.fanOut, event.id);
    deps.logger.error('posting event fan-out failed; it will be redelivered', {
      eventId: event.id,
      error: describeError(error),
    });
    return { ack: false, kind: 'posting-event', pairs: [], published: 0 };
  }
}

async function settleFeed(
  deps: SyndicationDeps,
  partner: StoredPartner,
  posting: Awaited<ReturnType<SyndicationDeps['store']['getPosting']>>,
  record: SyndicationRecord,
  cause: string,
): Promise<PairOutcome> {
  const stored = await settleInPlace(deps, partner, posting, record.postingId, cause);
  return {
    postingId: record.postingId,
    partnerId: record.partnerId,
    outcome: 'settled',
    status: (stored ?? record).status,
  };
}

/** The message for one pair; the ordering key keeps one pair's messages in order when ordering is on. */
export const syncMessage = (record: Pick<SyndicationRecord, 'postingId' | 'partnerId' | 'id'>, cause: string) => ({
  data: {
    kind: 'syndication.sync',
    partnerId: record.partnerId,
    postingIds: [record.postingId],
    cause,
  } satisfies SyndicationJob,
  attributes: { kind: 'syndication.sync', partnerId: record.partnerId },
  orderingKey: record.id,
});
