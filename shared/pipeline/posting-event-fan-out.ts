import type { PostingEvent } from '../schema/events';
import type { StoredPartner } from '../schema/partner';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationRecord } from '../schema/syndication';
import { describeError } from '../errors';
import { allBounded } from './bounded-all';
import { readPartners } from './partner-reads';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { CONSUMER } from './syndication-context';
import type { SyndicationJob } from './syndication-messages';
import { type PairOutcome, settleInPlace } from './sync-syndications';

/**
 * A posting event's fan-out (DESIGN §4: changes flow to every partner the posting is on). Feed partners are
 * settled in place (there is no call to make); every webhook / Indexing API partner the posting is on, or is
 * being sent to, gets its own `syndication.sync` message, so one slow partner never makes the others'
 * deliveries repeat. The event id is claimed first, so a redelivered event changes nothing; when any step
 * fails the claim is given back (once every step in flight has settled) and the event is redelivered, which
 * repeats the whole fan-out: each step is idempotent (a settled pair skips a cause it applied, a sync message
 * re-reads its pair).
 *
 * Reads: the posting's records in one query, then the posting and each distinct partner at once; the
 * settles and publishes run `fanOutConcurrency` at a time. Before, each record read its partner and
 * published in turn, so a posting on k partners took 2k round trips one after another.
 */

/** What a fan-out did: whether to ack, the pairs settled in place, and the sync messages published. */
export interface FanOutResult {
  ack: boolean;
  duplicate: boolean;
  pairs: PairOutcome[];
  published: number;
}

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

/** Fans one posting event out to the partners its posting is on; see the module comment. */
export async function fanOutPostingEvent(deps: SyndicationDeps, event: PostingEvent): Promise<FanOutResult> {
  const options = syndicationOptionsOf(deps);
  if (!(await deps.store.claimEvent(CONSUMER.fanOut, event.id, options.processedEventTtlSeconds)))
    return { ack: true, duplicate: true, pairs: [], published: 0 };
  try {
    const steps = await fanOutSteps(deps, event.data.postingId, event.id, options.fanOutConcurrency);
    const pairs = steps.filter((s): s is PairOutcome => s !== null && s !== 'published');
    return { ack: true, duplicate: false, pairs, published: steps.filter((s) => s === 'published').length };
  } catch (error) {
    // give the claim back so the redelivery does the whole fan-out again (each step is idempotent)
    await deps.store.releaseEvent(CONSUMER.fanOut, event.id);
    deps.logger.error('posting event fan-out failed; it will be redelivered', {
      eventId: event.id,
      error: describeError(error),
    });
    return { ack: false, duplicate: false, pairs: [], published: 0 };
  }
}

/** Settles or publishes each following pair: a pair outcome, `published`, or null for a partner now gone. */
async function fanOutSteps(
  deps: SyndicationDeps,
  postingId: string,
  cause: string,
  concurrency: number,
): Promise<(PairOutcome | 'published' | null)[]> {
  const records = (await recordsOf(deps, postingId)).filter(follows);
  if (records.length === 0) return [];
  const [posting, partners] = await Promise.all([
    deps.store.getPosting(postingId),
    readPartners(
      deps.store,
      records.map((r) => r.partnerId),
    ),
  ]);
  return allBounded(records, concurrency, async (record) => {
    const partner = partners.get(record.partnerId);
    if (!partner) return null;
    if (partner.config.delivery === 'feed') return settleFeed(deps, partner, posting, record, cause);
    await deps.bus.publish('syndication-requests', syncMessage(record, cause));
    return 'published' as const;
  });
}

async function settleFeed(
  deps: SyndicationDeps,
  partner: StoredPartner,
  posting: PostingRecord | null,
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
