import { randomBytes } from 'node:crypto';
import { PartnerConfig } from '../../../shared/schema/partner';
import { SourceConfig } from '../../../shared/schema/source';
import type { Runtime } from '../../../functions/lib/runtime';
import type { EmbeddedSecretStore } from '../../../shared/adapters/secrets/embedded-secret-store';
import type { DemoSites } from './demo-sites';

/** Secrets the demo partners use, created once per data folder (in its secret store). */
export async function demoSecrets(secrets: EmbeddedSecretStore): Promise<{ partnerSecret: string; feedKey: string }> {
  const partnerSecret =
    (await secrets.get('secret:demo-board-webhook')) ?? `whsec_${randomBytes(24).toString('base64')}`;
  const feedKey = (await secrets.get('secret:demo-feed-key')) ?? `jr_feed_${randomBytes(18).toString('base64url')}`;
  await secrets.set('demo-board-webhook', partnerSecret);
  await secrets.set('demo-feed-key', feedKey);
  return { partnerSecret, feedKey };
}

/** The demo's sources and partners, pointing at the demo sites. */
export function demoConfiguration(sites: DemoSites) {
  const politeness = { concurrency: 2, minDelayMs: 0 };
  const sources = [
    SourceConfig.parse({
      id: 'acme-greenhouse',
      kind: 'greenhouse',
      boardToken: 'acme',
      baseUrl: sites.url,
      company: { name: 'Acme Logistics', url: 'https://acme.example' },
      politeness,
    }),
    SourceConfig.parse({
      id: 'globex-careers',
      kind: 'jsonld',
      startUrls: [`${sites.url}/careers`],
      linkSelector: 'a.job',
      company: { name: 'Globex', url: 'https://globex.example' },
      politeness,
    }),
  ];
  const partners = [
    PartnerConfig.parse({
      id: 'demo-board',
      name: 'Demo Job Board',
      format: 'webhook',
      delivery: 'webhook',
      webhook: {
        url: `${sites.url}/partner/webhook`,
        secretRef: 'secret:demo-board-webhook',
        timeoutMs: 5_000,
        maxAttempts: 5,
      },
    }),
    PartnerConfig.parse({
      id: 'demo-feed',
      name: 'Demo Indeed feed',
      format: 'indeed-xml',
      delivery: 'feed',
      defaults: { publisher: 'Jobrelay demo', publisherurl: 'https://github.com/jobrelay/jobrelay' },
      feed: { apiKeyRef: 'secret:demo-feed-key' },
    }),
  ];
  return { sources, partners };
}

/** Waits until `condition` holds, checking every `intervalMs`, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  condition: () => Promise<T | null | false>,
  timeoutMs = 60_000,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface DemoReport {
  fetched: Record<string, number>;
  live: number;
  rejected: Array<{ postingId: string; reasons: string[] }>;
  postingIds: string[];
}

/**
 * Runs the demo flow through the real topology: the scheduler's message on `refresh-requests` fans out to
 * both sources, postings are fetched, normalised and stored, then HR (over HTTP, with the HR key) publishes
 * every open posting to both partners, and the webhook partner receives signed deliveries.
 */
export async function runDemoFlow(
  runtime: Runtime,
  serverUrl: string,
  hrKey: string,
  sites: DemoSites,
): Promise<DemoReport> {
  const { sources, partners } = demoConfiguration(sites);
  const now = runtime.clock.now().toISOString();
  for (const source of sources) await runtime.store.putSource(source, now);
  for (const partner of partners) await runtime.store.putPartner(partner, now);
  await runtime.bus.publish('refresh-requests', { data: { force: true, requestId: `demo-${Date.now()}` } });
  const runs = await waitFor('both demo sources to be refreshed', async () => {
    const latest = await Promise.all(
      sources.map(async (s) => (await runtime.store.listRuns({ sourceId: s.id, limit: 1 }))[0] ?? null),
    );
    return latest.every((run) => run && run.startedAt >= now && run.finishedAt) ? latest : null;
  });
  const fetched = Object.fromEntries(runs.map((run) => [run!.sourceId, run!.counts.fetched]));
  const response = await fetch(`${serverUrl}/syndications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${hrKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ select: {}, partnerIds: partners.map((p) => p.id), action: 'publish' }),
  });
  if (response.status !== 202)
    throw new Error(`requesting syndication answered ${response.status}: ${await response.text()}`);
  const records = await waitFor('deliveries to the demo partner', async () => {
    const page = await runtime.store.listSyndications({ partnerId: 'demo-board', limit: 500 });
    return page.items.length > 0 && page.items.every((r) => r.status !== 'pending') ? page.items : null;
  });
  return {
    fetched,
    live: records.filter((r) => r.status === 'live').length,
    rejected: records
      .filter((r) => r.status === 'rejected')
      .map((r) => ({ postingId: r.postingId, reasons: r.reasons.map((x) => x.message) })),
    postingIds: records.map((r) => r.postingId),
  };
}
