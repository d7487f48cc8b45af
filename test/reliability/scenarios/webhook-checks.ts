import type { ReceivedRequest } from '../../support/partner-receiver';

/** What the fault scenarios check on the webhooks a partner accepted: pure functions of the requests. */

type WebhookData = { id?: string; version?: number; posting?: { id?: string; version?: number } };

/** The posting a webhook's data names, at the top level or under `posting`, and its version (0 when unsaid). */
export function webhookPosting(data: unknown): { id: string | undefined; version: number } {
  const d = (data ?? {}) as WebhookData;
  return { id: d.id ?? d.posting?.id, version: Number(d.version ?? d.posting?.version ?? 0) };
}

/**
 * Standard Webhooks: a resent webhook keeps its `webhook-id`, the partner's dedupe key. A kill after the partner
 * answered but before the record was written makes redelivery send the same version again (at-least-once);
 * that repeat is right only with the same id. Two ids for one posting version would be two messages. True when
 * every posting version the partner accepted came under one `webhook-id`, however many times.
 */
export function oneWebhookIdPerVersion(accepted: ReadonlyArray<Pick<ReceivedRequest, 'headers' | 'payload'>>): boolean {
  const ids = new Map<string, Set<string | undefined>>();
  for (const r of accepted) {
    const { id, version } = webhookPosting(r.payload?.data);
    const key = `${id}@${version}`;
    ids.set(key, (ids.get(key) ?? new Set()).add(r.headers['webhook-id']));
  }
  return [...ids.values()].every((set) => set.size === 1);
}
