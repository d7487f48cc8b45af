import type { JsonFeedRemoval } from '../boards/json-feed';
import { publishPayload, withdrawPayload } from '../boards/webhook-payload';
import type { PartnerConfig, StoredPartner } from '../schema/partner';
import type { SyndicationReason, SyndicationRecord } from '../schema/syndication';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { CONSUMER, limitsOf, nowIso, partnerContext } from './syndication-context';
import type { Goal } from './syndication-plan';
import { recordFailure, recordRetryableFailure, startChange } from './syndication-record';
import { type PairOutcome, type PlannedChange, recordDelivered, replanLeased } from './sync-syndications';
import { type AttemptResult, sendWebhook } from './webhook-sender';
import { keepDeliveryLeases } from './delivery-lease';

/**
 * One webhook change for one (posting, partner) pair, with the retry split between this process and
 * Pub/Sub:
 * - in-process: up to `inProcessAttempts` quick attempts (backoff with jitter from `baseDelayMs`, or the
 *   partner's `Retry-After` up to `maxInProcessRetryAfterMs`), so a blip costs seconds, not a redelivery;
 * - then Pub/Sub: the message is nacked and redelivered with the subscription's backoff (10–600 s);
 * - `attempts` on the record counts every attempt of this change across both; at the partner's
 *   `maxAttempts` the change is dead-lettered: status `failed`, the message acked.
 * A lease per pair (a processed-event marker with a short TTL, renewed while the delivery works:
 * `delivery-lease.ts`) keeps a redelivered message from sending while the first delivery is still in flight.
 */

type WebhookPartner = StoredPartner & { config: Extract<PartnerConfig, { delivery: 'webhook' }> };

const removalReason = (goal: Goal): JsonFeedRemoval['reason'] => {
  if (goal.present) return 'withdrawn';
  if (goal.status !== 'withdrawn') return goal.status;
  return goal.reasons.some((r) => r.code === 'POSTING.CLOSED' || r.code === 'POSTING.NOT_FOUND')
    ? 'closed'
    : 'withdrawn';
};

function bodyOf(
  deps: SyndicationDeps,
  partner: WebhookPartner,
  call: PlannedChange,
  record: SyndicationRecord,
): string {
  const at = record.pendingChange?.startedAt ?? nowIso(deps);
  if (call.operation === 'withdraw')
    return JSON.stringify(withdrawPayload(record.postingId, removalReason(call.goal), at));
  const context = partnerContext(partner, syndicationOptionsOf(deps), deps.clock.now());
  // the posting exists whenever the goal is to show it
  return JSON.stringify(
    publishPayload(call.posting!, call.operation === 'publish' ? 'published' : 'updated', at, context),
  );
}

/** Delivers one planned change to a webhook partner and records the outcome. */
export async function deliverWebhookChange(
  deps: SyndicationDeps,
  partner: WebhookPartner,
  planned: PlannedChange,
  cause: string,
  lastDelivery = false,
): Promise<PairOutcome> {
  const pair = { postingId: planned.record.postingId, partnerId: partner.config.id };
  const options = syndicationOptionsOf(deps);
  if (!(await deps.store.claimEvent(CONSUMER.lease, planned.record.id, options.leaseSeconds)))
    return { ...pair, outcome: 'retry', retryAfterMs: null };
  const renewal = keepDeliveryLeases(deps, [planned.record.id], options.leaseSeconds);
  try {
    // another delivery of this pair may have finished since it was planned: act on what is wanted now
    const replanned = await replanLeased(deps, partner, [planned], cause);
    const call = replanned.calls[0];
    if (!call) return replanned.pairs[0] ?? { ...pair, outcome: 'skipped' };
    const version = call.goal.present ? call.goal.version : call.record.deliveredVersion;
    const started = await deps.store.updateSyndication(pair.postingId, pair.partnerId, (current) =>
      current ? startChange(current, call.operation, version, nowIso(deps)) : null,
    );
    if (!started?.pendingChange) return { ...pair, outcome: 'skipped' };
    const secret = await deps.secrets.get(partner.config.webhook.secretRef);
    if (!secret) {
      const reason = {
        code: 'PARTNER.SECRET_MISSING',
        field: 'webhook.secretRef',
        message: `The signing secret ${partner.config.webhook.secretRef} of ${partner.config.name} cannot be found; add it and retry`,
      };
      return await fail(deps, call, 'failed', [reason], 0, cause);
    }
    const remaining = Math.max(1, partner.config.webhook.maxAttempts - started.attempts);
    const { result, attempts } = await sendWebhook(
      deps.fetcher,
      deps.clock,
      {
        url: partner.config.webhook.url,
        secret,
        msgId: started.pendingChange.id,
        body: bodyOf(deps, partner, call, started),
        timeoutMs: partner.config.webhook.timeoutMs,
      },
      {
        attempts: Math.min(options.inProcessAttempts, remaining),
        baseDelayMs: options.baseDelayMs,
        maxDelayMs: options.maxDelayMs,
        maxRetryAfterMs: options.maxInProcessRetryAfterMs,
        random: deps.random ?? Math.random,
      },
    );
    return await recordResult(deps, partner, { ...call, record: started }, result, attempts, cause, lastDelivery);
  } finally {
    renewal.stop();
    await deps.store.releaseEvent(CONSUMER.lease, planned.record.id);
  }
}

async function recordResult(
  deps: SyndicationDeps,
  partner: WebhookPartner,
  call: PlannedChange,
  result: AttemptResult,
  attempts: number,
  cause: string,
  lastDelivery: boolean,
): Promise<PairOutcome> {
  const pair = { postingId: call.record.postingId, partnerId: partner.config.id };
  const name = partner.config.name;
  switch (result.kind) {
    case 'delivered': {
      const stored = await recordDelivered(deps, partner, call, cause);
      return { ...pair, outcome: 'delivered', status: stored?.status ?? 'live' };
    }
    case 'rejected':
      // a partner that no longer knows a job it is asked to remove has removed it
      if (call.operation === 'withdraw' && result.status === 404)
        return {
          ...pair,
          outcome: 'delivered',
          status: (await recordDelivered(deps, partner, call, cause))?.status ?? 'withdrawn',
        };
      return fail(
        deps,
        call,
        'rejected',
        [
          {
            code: 'WEBHOOK.REJECTED',
            field: null,
            message: `${name} refused the ${call.operation} with ${result.status}: ${result.answer || '(no reason given)'}`,
          },
        ],
        attempts,
        cause,
      );
    case 'gone':
      await disableEndpoint(deps, partner, `answered 410 Gone at ${nowIso(deps)}`);
      return fail(
        deps,
        call,
        'failed',
        [
          {
            code: 'PARTNER.ENDPOINT_GONE',
            field: 'webhook.url',
            message: `${name}'s endpoint answered 410 Gone, so it was disabled and nothing more is sent; fix its URL and apply the partners file again`,
          },
        ],
        attempts,
        cause,
      );
    case 'redirected':
      return failRedirected(deps, partner, call, result, attempts, cause);
    case 'refused':
      return fail(
        deps,
        call,
        'failed',
        [{ code: result.code, field: 'webhook.url', message: `Cannot deliver to ${name}: ${result.error}` }],
        attempts,
        cause,
      );
    case 'retryable':
      return retryOrDeadLetter(deps, partner, call, result, attempts, cause, lastDelivery);
  }
}

/**
 * A 3xx is a failure of the endpoint's configuration: the redirect is not followed (the signature and SSRF
 * checks are for the configured URL), retrying would meet it again, and the partner's health says so.
 */
async function failRedirected(
  deps: SyndicationDeps,
  partner: WebhookPartner,
  call: PlannedChange,
  result: Extract<AttemptResult, { kind: 'redirected' }>,
  attempts: number,
  cause: string,
): Promise<PairOutcome> {
  const target = result.location ? `redirects to ${result.location}` : 'redirects without a Location';
  const error = `answered ${result.status} (${target}); redirects are not followed`;
  await deps.store.updatePartnerHealth(partner.config.id, {
    ...partner.health,
    lastFailureAt: nowIso(deps),
    lastError: error,
  });
  const message = `${partner.config.name}'s endpoint ${error}, so nothing was delivered; set its webhook URL to the final address and apply the partners file again`;
  return fail(deps, call, 'failed', [{ code: 'WEBHOOK.REDIRECTED', field: 'webhook.url', message }], attempts, cause);
}

async function retryOrDeadLetter(
  deps: SyndicationDeps,
  partner: WebhookPartner,
  call: PlannedChange,
  result: Extract<AttemptResult, { kind: 'retryable' }>,
  attempts: number,
  cause: string,
  lastDelivery: boolean,
): Promise<PairOutcome> {
  const pair = { postingId: call.record.postingId, partnerId: partner.config.id };
  const total = call.record.attempts + attempts;
  if (total >= partner.config.webhook.maxAttempts || lastDelivery) {
    const message = `Gave up on ${partner.config.name} after ${total} attempts; the last one ${result.error}`;
    await deps.store.updatePartnerHealth(partner.config.id, {
      ...partner.health,
      lastFailureAt: nowIso(deps),
      lastError: result.error,
    });
    return fail(deps, call, 'failed', [{ code: 'WEBHOOK.DEAD_LETTERED', field: null, message }], attempts, cause);
  }
  const limits = limitsOf(syndicationOptionsOf(deps));
  await deps.store.updateSyndication(pair.postingId, pair.partnerId, (current) =>
    current ? recordRetryableFailure(current, attempts, result.error, cause, nowIso(deps), limits) : null,
  );
  deps.logger.warn('webhook delivery will be retried', { ...pair, attempts: total, error: result.error });
  return { ...pair, outcome: 'retry', retryAfterMs: result.retryAfterMs };
}

async function fail(
  deps: SyndicationDeps,
  call: PlannedChange,
  status: 'rejected' | 'failed',
  reasons: SyndicationReason[],
  attempts: number,
  cause: string,
): Promise<PairOutcome> {
  const limits = limitsOf(syndicationOptionsOf(deps));
  await deps.store.updateSyndication(call.record.postingId, call.record.partnerId, (current) =>
    current ? recordFailure(current, status, reasons, attempts, cause, nowIso(deps), limits) : null,
  );
  deps.logger.warn('syndication failed', {
    postingId: call.record.postingId,
    partnerId: call.record.partnerId,
    status,
    code: reasons[0]?.code,
  });
  return { postingId: call.record.postingId, partnerId: call.record.partnerId, outcome: status, status };
}

async function disableEndpoint(deps: SyndicationDeps, partner: StoredPartner, why: string): Promise<void> {
  const current = (await deps.store.getPartner(partner.config.id))?.health ?? partner.health;
  await deps.store.updatePartnerHealth(partner.config.id, {
    ...current,
    endpointDisabledAt: nowIso(deps),
    endpointDisabledReason: why,
    lastFailureAt: nowIso(deps),
    lastError: why,
  });
  deps.logger.error('partner endpoint disabled', { partnerId: partner.config.id, reason: why });
}
