import type { StoredPartner } from '../schema/partner';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationRecord } from '../schema/syndication';
import type { SyndicationJob } from './syndication-messages';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { limitsOf, nowIso, partnerContext } from './syndication-context';
import { type Goal, type Operation, goalFor, mustNotCall, operationFor } from './syndication-plan';
import { settle } from './syndication-record';
import { deliverWebhookChange } from './webhook-delivery';
import { deliverIndexingChanges } from './indexing-delivery';

/**
 * Brings (posting, partner) pairs in line with what is wanted (see `SyndicationJob`). Feed partners need
 * no call: the record's status and `deliveredVersion` are what the feed serves. Webhook and Indexing API
 * partners are called, and the record follows their answer.
 */

/** One pair whose partner must be called. */
export interface PlannedChange {
  record: SyndicationRecord;
  posting: PostingRecord | null;
  goal: Goal;
  operation: Operation;
}

/** What happened to one pair. */
export interface PairOutcome {
  postingId: string;
  partnerId: string;
  outcome: 'settled' | 'delivered' | 'rejected' | 'failed' | 'retry' | 'skipped';
  status?: SyndicationRecord['status'];
  retryAfterMs?: number | null;
}

export interface SyncResult {
  /** false: nack, Pub/Sub redelivers the message later */
  ack: boolean;
  pairs: PairOutcome[];
}

/**
 * Settles a pair inside the record's transaction, re-deriving the goal from the record as stored: no call
 * is needed (feeds, nothing to change, a partner that must not be called).
 */
export async function settleInPlace(
  deps: Pick<SyndicationDeps, 'store' | 'clock' | 'options'>,
  partner: StoredPartner,
  posting: PostingRecord | null,
  postingId: string,
  cause: string,
): Promise<SyndicationRecord | null> {
  const options = syndicationOptionsOf(deps);
  const now = deps.clock.now();
  const context = partnerContext(partner, options, now);
  return deps.store.updateSyndication(postingId, partner.config.id, (current) => {
    if (!current) return null;
    const goal = goalFor(current, posting, partner, context);
    const operation = operationFor(current, goal);
    if (operation !== null && partner.config.delivery !== 'feed' && !mustNotCall(partner)) return null;
    const next = settle(current, goal, cause, now.toISOString(), limitsOf(options));
    return sameState(current, next) ? null : next;
  });
}

/** True when two records show a partner the same thing: status, version, change in flight and reasons. */
export const sameState = (a: SyndicationRecord, b: SyndicationRecord): boolean =>
  a.status === b.status &&
  a.deliveredVersion === b.deliveredVersion &&
  a.pendingChange === b.pendingChange &&
  JSON.stringify(a.reasons) === JSON.stringify(b.reasons);

/** Handles one `syndication.sync` message. */
export async function syncSyndications(
  deps: SyndicationDeps,
  job: SyndicationJob,
  lastDelivery = false,
): Promise<SyncResult> {
  const partner = await deps.store.getPartner(job.partnerId);
  if (!partner) {
    deps.logger.warn('syndication for an unknown partner dropped', { partnerId: job.partnerId, cause: job.cause });
    return { ack: true, pairs: [] };
  }
  const [postings, records] = await Promise.all([
    deps.store.getPostings(job.postingIds),
    recordsOfPairs(deps, partner.config.id, job.postingIds),
  ]);
  const pairs: PairOutcome[] = [];
  const calls: PlannedChange[] = [];
  for (const postingId of job.postingIds) {
    const pair = { posting: postings.get(postingId) ?? null, record: records.get(postingId) ?? null };
    const planned = await planPair(deps, partner, postingId, pair, job.cause);
    if ('outcome' in planned) pairs.push(planned);
    else calls.push(planned);
  }
  if (calls.length > 0) pairs.push(...(await callPartner(deps, partner, calls, job.cause, lastDelivery)));
  return { ack: pairs.every((p) => p.outcome !== 'retry'), pairs };
}

/**
 * The partner's records of the job's postings, by posting id: one batched read (`getSyndications`) for the
 * whole job, as its postings are read; a store without it is read pair by pair.
 */
async function recordsOfPairs(
  deps: Pick<SyndicationDeps, 'store'>,
  partnerId: string,
  postingIds: readonly string[],
): Promise<Map<string, SyndicationRecord>> {
  const { store } = deps;
  if (store.getSyndications) return store.getSyndications(partnerId, postingIds);
  const records = new Map<string, SyndicationRecord>();
  for (const postingId of postingIds) {
    const record = await store.getSyndication(postingId, partnerId);
    if (record) records.set(postingId, record);
  }
  return records;
}

async function planPair(
  deps: SyndicationDeps,
  partner: StoredPartner,
  postingId: string,
  read: { posting: PostingRecord | null; record: SyndicationRecord | null },
  cause: string,
): Promise<PlannedChange | PairOutcome> {
  const pair = { postingId, partnerId: partner.config.id };
  const { posting, record } = read;
  if (!record) return { ...pair, outcome: 'skipped' };
  // idempotent on the cause: a settled pair that already applied this event or request changes nothing
  if (record.status !== 'pending' && record.appliedEventIds.includes(cause)) return { ...pair, outcome: 'skipped' };
  const goal = goalFor(record, posting, partner, partnerContext(partner, syndicationOptionsOf(deps), deps.clock.now()));
  const operation = operationFor(record, goal);
  if (operation === null || partner.config.delivery === 'feed' || mustNotCall(partner)) {
    const stored = await settleInPlace(deps, partner, posting, postingId, cause);
    return { ...pair, outcome: 'settled', status: (stored ?? record).status };
  }
  return { record, posting, goal, operation };
}

/**
 * Plans again, under the pairs' delivery leases, what `calls` planned before taking them. Two messages for one
 * pair may be handled at once (HR's request and a posting event's fan-out, a redelivery, a sweep's re-send):
 * when the other delivery finished between this one's read and its lease, the earlier plan would send the same
 * change a second time under a new webhook-id, or an older version after the newer one, leaving the partner on
 * it. Reading the posting and the record again once the lease is held means the call made is what is wanted now;
 * a pair already in line is settled in place (or skipped), as when the message was read.
 */
export async function replanLeased(
  deps: SyndicationDeps,
  partner: StoredPartner,
  calls: readonly PlannedChange[],
  cause: string,
): Promise<{ calls: PlannedChange[]; pairs: PairOutcome[] }> {
  if (calls.length === 0) return { calls: [], pairs: [] };
  const postingIds = calls.map((call) => call.record.postingId);
  const [postings, records] = await Promise.all([
    deps.store.getPostings(postingIds),
    recordsOfPairs(deps, partner.config.id, postingIds),
  ]);
  const fresh: PlannedChange[] = [];
  const pairs: PairOutcome[] = [];
  for (const postingId of postingIds) {
    const pair = { posting: postings.get(postingId) ?? null, record: records.get(postingId) ?? null };
    const planned = await planPair(deps, partner, postingId, pair, cause);
    if ('outcome' in planned) pairs.push(planned);
    else fresh.push(planned);
  }
  return { calls: fresh, pairs };
}

async function callPartner(
  deps: SyndicationDeps,
  partner: StoredPartner,
  calls: PlannedChange[],
  cause: string,
  lastDelivery: boolean,
): Promise<PairOutcome[]> {
  const config = partner.config;
  if (config.delivery === 'webhook') {
    const outcomes: PairOutcome[] = [];
    for (const call of calls)
      outcomes.push(await deliverWebhookChange(deps, { ...partner, config }, call, cause, lastDelivery));
    return outcomes;
  }
  if (config.delivery === 'indexing')
    return deliverIndexingChanges(deps, { ...partner, config }, calls, cause, lastDelivery);
  return [];
}

/** After the partner took `operation`, what it has: the goal's version, or nothing. */
export const deliveredAfter = (operation: Operation, version: number | null): number | null =>
  operation === 'withdraw' ? null : version;

/**
 * Records what the partner now has, then settles the pair if it is in line with what is wanted now (the
 * request or the posting may have moved on while the call was in flight; their own messages follow).
 */
export async function recordDelivered(
  deps: SyndicationDeps,
  partner: StoredPartner,
  call: PlannedChange,
  cause: string,
): Promise<SyndicationRecord | null> {
  const options = syndicationOptionsOf(deps);
  const now = deps.clock.now();
  const version = call.goal.present ? call.goal.version : null;
  const posting = call.posting;
  return deps.store.updateSyndication(call.record.postingId, partner.config.id, (current) => {
    if (!current) return null;
    const delivered = {
      ...current,
      deliveredVersion: deliveredAfter(call.operation, version ?? current.deliveredVersion),
    };
    const goal = goalFor(delivered, posting, partner, partnerContext(partner, options, now));
    if (operationFor(delivered, goal) !== null) return { ...delivered, updatedAt: nowIso(deps) };
    return settle(delivered, goal, cause, now.toISOString(), limitsOf(options));
  });
}
