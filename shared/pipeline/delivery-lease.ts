import { describeError } from '../errors';
import type { SyndicationDeps } from './syndication-deps';
import { CONSUMER } from './syndication-context';

/**
 * The slowest a delivery's in-process attempts can be, in seconds: `inProcessAttempts` calls at the longest
 * partner timeout the schema allows (`webhook.timeoutMs`, 30 s; the Indexing API call has the same 30 s),
 * and the longest wait allowed between two of them (a `Retry-After` up to `maxInProcessRetryAfterMs`; backoff
 * is shorter). With the defaults: 3 × 30 s + 2 × 10 s = 110 s. Terraform's `delivery_lease_s` must be longer
 * (a precondition, checked against this function by the Terraform test), so even a delivery whose renewals
 * all fail keeps its lease for its whole partner call.
 */
export function slowestDeliverySeconds(options: {
  inProcessAttempts: number;
  maxInProcessRetryAfterMs: number;
}): number {
  const longestPartnerTimeoutSeconds = 30;
  const waits = Math.max(0, options.inProcessAttempts - 1);
  return options.inProcessAttempts * longestPartnerTimeoutSeconds + (waits * options.maxInProcessRetryAfterMs) / 1000;
}

/**
 * Keeps the delivery leases of `recordIds` (already claimed) alive while their holder works: renewed every
 * third of `leaseSeconds`, so a live holder never loses its lease however long its partner call takes — and
 * a call can take longer than the slowest path above: the fetcher lets two requests at a time reach one host,
 * so a delivery may queue behind others to a slow partner before its own timeout starts. A crashed holder
 * stops renewing, and its lease lapses within `leaseSeconds` for a redelivery to take over. `stop()` before
 * releasing. A failed renewal is logged, not fatal (the lease still runs to its end).
 */
export function keepDeliveryLeases(
  deps: Pick<SyndicationDeps, 'store' | 'logger'>,
  recordIds: readonly string[],
  leaseSeconds: number,
): { stop(): void } {
  const renew = deps.store.renewEvent?.bind(deps.store);
  if (!renew || recordIds.length === 0) return { stop: () => undefined };
  const timer = setInterval(
    () => {
      for (const id of recordIds)
        renew(CONSUMER.lease, id, leaseSeconds).catch((error: unknown) =>
          deps.logger.warn('could not renew a delivery lease', { recordId: id, error: describeError(error) }),
        );
    },
    Math.max(250, (leaseSeconds * 1000) / 3),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * Which of `recordIds` have their delivery lease held (being delivered right now): one batched store read
 * (`heldEvents`) for the whole list; a store without it is asked per id (`hasEvent`), and one without either
 * holds no leases the sweep could see.
 */
export async function heldDeliveryLeases(
  deps: Pick<SyndicationDeps, 'store'>,
  recordIds: readonly string[],
): Promise<Set<string>> {
  const { store } = deps;
  if (recordIds.length === 0) return new Set();
  if (store.heldEvents) return store.heldEvents(CONSUMER.lease, recordIds);
  if (!store.hasEvent) return new Set();
  const held = await Promise.all(recordIds.map((id) => store.hasEvent!(CONSUMER.lease, id)));
  return new Set(recordIds.filter((_, i) => held[i]));
}
