import { jobPageUrl } from '../boards/board-context';
import type { PartnerConfig, StoredPartner } from '../schema/partner';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { CONSUMER, limitsOf, nowIso } from './syndication-context';
import { recordFailure, recordRetryableFailure } from './syndication-record';
import { type PairOutcome, type PlannedChange, recordDelivered } from './sync-syndications';
import { type Notification, publishNotifications } from './indexing-client';

/**
 * Google for Jobs through the Indexing API: `URL_UPDATED` when a job page goes live or changes,
 * `URL_DELETED` when it is withdrawn (the page then answers 410). One batch per message (≤ 100); a
 * throttled or failed batch is left to Pub/Sub's redelivery, up to `MAX_INDEXING_ATTEMPTS` per change.
 */

export const MAX_INDEXING_ATTEMPTS = 8;

type IndexingPartner = StoredPartner & { config: Extract<PartnerConfig, { delivery: 'indexing' }> };

/** Notifies the Indexing API of the planned changes and records each outcome. */
export async function deliverIndexingChanges(
  deps: SyndicationDeps,
  partner: IndexingPartner,
  calls: PlannedChange[],
  cause: string,
  lastDelivery = false,
): Promise<PairOutcome[]> {
  const options = syndicationOptionsOf(deps);
  const leased: PlannedChange[] = [];
  const outcomes: PairOutcome[] = [];
  for (const call of calls) {
    if (await deps.store.claimEvent(CONSUMER.lease, call.record.id, options.leaseSeconds)) leased.push(call);
    else outcomes.push({ postingId: call.record.postingId, partnerId: partner.config.id, outcome: 'retry' });
  }
  try {
    const notifications: Notification[] = leased.map((call) => ({
      url: jobPageUrl(call.record.postingId, { publicBaseUrl: partner.config.indexing.jobPageBaseUrl }) ?? '',
      type: call.operation === 'withdraw' ? 'URL_DELETED' : 'URL_UPDATED',
    }));
    const token = deps.indexingToken ? await deps.indexingToken() : null;
    const results = await publishNotifications(
      deps.fetcher,
      deps.clock,
      { endpoint: partner.config.indexing.endpoint, token, timeoutMs: 30_000 },
      notifications,
    );
    for (const [i, call] of leased.entries())
      outcomes.push(await recordNotification(deps, partner, call, results[i]!, cause, lastDelivery));
  } finally {
    for (const call of leased) await deps.store.releaseEvent(CONSUMER.lease, call.record.id);
  }
  return outcomes;
}

async function recordNotification(
  deps: SyndicationDeps,
  partner: IndexingPartner,
  call: PlannedChange,
  result: Awaited<ReturnType<typeof publishNotifications>>[number],
  cause: string,
  lastDelivery: boolean,
): Promise<PairOutcome> {
  const pair = { postingId: call.record.postingId, partnerId: partner.config.id };
  const limits = limitsOf(syndicationOptionsOf(deps));
  const update = (fn: Parameters<typeof deps.store.updateSyndication>[2]) =>
    deps.store.updateSyndication(pair.postingId, pair.partnerId, fn);
  if (result.kind === 'delivered')
    return {
      ...pair,
      outcome: 'delivered',
      status: (await recordDelivered(deps, partner, call, cause))?.status ?? 'live',
    };
  if (result.kind === 'rejected') {
    const reason = {
      code: 'INDEXING.REJECTED',
      field: null,
      message: `The Indexing API refused the notification with ${result.status}: ${result.answer || '(no reason given)'}`,
    };
    await update((c) => (c ? recordFailure(c, 'rejected', [reason], 1, cause, nowIso(deps), limits) : null));
    return { ...pair, outcome: 'rejected', status: 'rejected' };
  }
  if (call.record.attempts + 1 >= MAX_INDEXING_ATTEMPTS || lastDelivery) {
    const reason = {
      code: 'INDEXING.DEAD_LETTERED',
      field: null,
      message: `Gave up notifying the Indexing API after ${call.record.attempts + 1} attempts; the last one: ${result.error}`,
    };
    await update((c) => (c ? recordFailure(c, 'failed', [reason], 1, cause, nowIso(deps), limits) : null));
    return { ...pair, outcome: 'failed', status: 'failed' };
  }
  await update((c) => (c ? recordRetryableFailure(c, 1, result.error, cause, nowIso(deps), limits) : null));
  return { ...pair, outcome: 'retry', retryAfterMs: result.retryAfterMs };
}
