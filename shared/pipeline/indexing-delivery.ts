import { jobPageUrl } from '../boards/board-context';
import { PermanentError } from '../errors';
import type { PartnerConfig, StoredPartner } from '../schema/partner';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { CONSUMER, limitsOf, nowIso } from './syndication-context';
import { recordFailure, recordRetryableFailure } from './syndication-record';
import { type PairOutcome, type PlannedChange, recordDelivered, replanLeased } from './sync-syndications';
import { type Notification, publishNotifications } from './indexing-client';
import { keepDeliveryLeases } from './delivery-lease';

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
  const renewal = keepDeliveryLeases(
    deps,
    leased.map((call) => call.record.id),
    options.leaseSeconds,
  );
  try {
    // another delivery of a pair may have finished since it was planned: notify what is wanted now
    const replanned = await replanLeased(deps, partner, leased, cause);
    outcomes.push(...replanned.pairs);
    const wanted = replanned.calls;
    if (wanted.length === 0) return outcomes;
    const notifications: Notification[] = wanted.map((call) => ({
      url: jobPageUrl(call.record.postingId, { publicBaseUrl: partner.config.indexing.jobPageBaseUrl }) ?? '',
      type: call.operation === 'withdraw' ? 'URL_DELETED' : 'URL_UPDATED',
    }));
    const credentials = await indexingTokenOf(deps, partner);
    if (!credentials.ok) {
      for (const call of wanted)
        outcomes.push(await failWithoutCredentials(deps, partner, call, credentials.why, cause));
      return outcomes;
    }
    const token = credentials.token;
    const results = await publishNotifications(
      deps.fetcher,
      deps.clock,
      { endpoint: partner.config.indexing.endpoint, token, timeoutMs: 30_000 },
      notifications,
    );
    for (const [i, call] of wanted.entries())
      outcomes.push(await recordNotification(deps, partner, call, results[i]!, cause, lastDelivery));
  } finally {
    renewal.stop();
    for (const call of leased) await deps.store.releaseEvent(CONSUMER.lease, call.record.id);
  }
  return outcomes;
}

/**
 * The token for a partner (docs: README "Partners", terraform/README.md): with `indexing.credentialsRef`, a
 * token signed with that service-account key, held as a secret; without it, Application Default Credentials,
 * in the cloud the function's own service account (added as an owner of the site in Search Console). A
 * configured key that cannot be read is a failure that says so, never a quiet fall back to other credentials.
 */
async function indexingTokenOf(
  deps: SyndicationDeps,
  partner: IndexingPartner,
): Promise<{ ok: true; token: string | null } | { ok: false; why: string }> {
  const ref = partner.config.indexing.credentialsRef;
  if (!ref) return { ok: true, token: deps.indexingToken ? await deps.indexingToken() : null };
  const key = await deps.secrets.get(ref);
  if (!key) return { ok: false, why: `its service-account key ${ref} was not found` };
  if (!deps.indexingTokenFromKey) return { ok: false, why: 'this deployment cannot sign with a service-account key' };
  try {
    return { ok: true, token: await deps.indexingTokenFromKey(key) };
  } catch (error) {
    // a key that is no key stays broken on every redelivery; a network failure is retried like a 5xx
    if (error instanceof PermanentError) return { ok: false, why: `${ref}: ${error.message}` };
    throw error;
  }
}

async function failWithoutCredentials(
  deps: SyndicationDeps,
  partner: IndexingPartner,
  call: PlannedChange,
  why: string,
  cause: string,
): Promise<PairOutcome> {
  const reason = {
    code: 'INDEXING.NO_CREDENTIALS',
    field: 'indexing.credentialsRef',
    message: `Cannot notify the Indexing API for ${partner.config.name}: ${why}; add the secret or remove credentialsRef to use the function's service account`,
  };
  const limits = limitsOf(syndicationOptionsOf(deps));
  await deps.store.updateSyndication(call.record.postingId, call.record.partnerId, (c) =>
    c ? recordFailure(c, 'failed', [reason], 0, cause, nowIso(deps), limits) : null,
  );
  deps.logger.warn('indexing credentials missing', { partnerId: partner.config.id, reason: why });
  return { postingId: call.record.postingId, partnerId: partner.config.id, outcome: 'failed', status: 'failed' };
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
