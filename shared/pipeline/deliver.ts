import { PostingEvent } from '../schema/events';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { SyndicationJob } from './syndication-messages';
import { type PairOutcome, syncSyndications } from './sync-syndications';
import { fanOutPostingEvent } from './posting-event-fan-out';

export { follows, recordsOf, syncMessage } from './posting-event-fan-out';

/**
 * `deliverSyndication` (DESIGN §1): consumes `posting-events` and `syndication-requests`.
 * - A posting event (created, updated, closed, reopened) fans out to every partner the posting is on
 *   (`posting-event-fan-out.ts`): a closure therefore withdraws the posting everywhere, automatically.
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
  if (event.success) {
    const { duplicate, ...fanOut } = await fanOutPostingEvent(deps, event.data);
    return { ...fanOut, kind: duplicate ? 'duplicate' : 'posting-event' };
  }
  // retrying a message we cannot read never helps: ack it and say so loudly
  deps.logger.error('unrecognised syndication message acked without processing', {
    issues: event.error.issues.slice(0, 3),
  });
  return { ack: true, kind: 'unrecognised', pairs: [], published: 0 };
}

/** True on the last delivery Pub/Sub will make of this message (it dead-letters after it). */
const isLastDelivery = (deps: SyndicationDeps, meta: DeliveryMeta): boolean =>
  meta.deliveryAttempt !== undefined && meta.deliveryAttempt >= syndicationOptionsOf(deps).pubsubMaxDeliveryAttempts;
