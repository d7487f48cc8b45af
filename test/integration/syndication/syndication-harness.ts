import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventBus } from '../../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../../shared/adapters/embedded/embedded-posting-store';
import { createHttpFetcher } from '../../../shared/adapters/http/http-fetcher';
import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import { systemClock } from '../../../shared/adapters/system-clock';
import { closePostings } from '../../../shared/pipeline/close-postings';
import { deliver } from '../../../shared/pipeline/deliver';
import type { PipelineDeps } from '../../../shared/pipeline/deps';
import { ingest } from '../../../shared/pipeline/ingest';
import type { SyndicationDeps } from '../../../shared/pipeline/syndication-deps';
import { PartnerConfig, type PartnerConfigInput } from '../../../shared/schema/partner';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import { contractOf } from '../../../shared/boards/json-feed';
import { postingId } from '../../../shared/ids';
import { contentHashOf } from '../../../shared/normalize/content-hash';

/**
 * The syndication flow on the embedded store and bus with the real HTTP fetcher: postings ingested by the
 * pipeline, posting events and syndication messages delivered by the bus to `deliver`, exactly as the
 * deployed `deliverSyndication` function receives them.
 */
export interface SyndicationHarness {
  deps: SyndicationDeps;
  pipeline: PipelineDeps;
  store: EmbeddedPostingStore;
  bus: EmbeddedEventBus;
  secrets: Map<string, string>;
  addPartner(config: PartnerConfigInput): Promise<void>;
  /** ingests postings for source `acme` and returns them as stored */
  ingestPostings(postings: PostingRecord[]): Promise<PostingRecord[]>;
  close(ids: string[]): Promise<void>;
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSyndicationHarness(options: { publicBaseUrl?: string } = {}): Promise<SyndicationHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'jobrelay-syndication-'));
  const store = new EmbeddedPostingStore({ dataDir: dir, clock: systemClock });
  const bus = new EmbeddedEventBus({ dataDir: dir, clock: systemClock, logger: silentLogger, concurrency: 4 });
  const fetcher = createHttpFetcher({
    userAgent: 'Jobrelay-test/0.1 (+https://example.test)',
    allowHosts: ['127.0.0.1'],
    clock: systemClock,
  });
  const secrets = new Map<string, string>();
  const deps: SyndicationDeps = {
    store,
    bus,
    fetcher,
    clock: systemClock,
    logger: silentLogger,
    secrets: { get: async (ref) => secrets.get(ref) ?? null },
    random: () => 0.5,
    options: { publicBaseUrl: options.publicBaseUrl ?? 'https://jobs.acme.example', baseDelayMs: 20, maxDelayMs: 200 },
  };
  const pipeline: PipelineDeps = { store, bus, clock: systemClock, logger: silentLogger };
  for (const topic of ['posting-events', 'syndication-requests'] as const) {
    bus.subscribe({
      name: `deliver-${topic}`,
      topic,
      minBackoffMs: 10,
      maxBackoffMs: 50,
      maxDeliveryAttempts: 20,
      handler: async (delivery) => {
        const result = await deliver(deps, delivery.data, { deliveryAttempt: delivery.deliveryAttempt });
        if (!result.ack) throw new Error('nack: redeliver');
      },
    });
  }
  return {
    deps,
    pipeline,
    store,
    bus,
    secrets,
    addPartner: (config) => store.putPartner(PartnerConfig.parse(config), systemClock.now().toISOString()),
    ingestPostings: async (postings) => {
      const result = await ingest(pipeline, {
        source: { id: postings[0]?.source.id ?? 'acme', company: { name: 'Acme', url: null } },
        items: postings.map((p) => ({
          posting: { ...contractOf(p), id: postingId(p.source.id, p.source.externalId), contentHash: contentHashOf(p) },
        })),
      });
      const ids = result.outcomes.map((o) => (o.outcome === 'rejected' ? `rejected: ${JSON.stringify(o)}` : o.id));
      const stored = await store.getPostings(ids);
      return ids.map((id) => {
        const posting = stored.get(id);
        if (!posting) throw new Error(`posting not stored: ${id}`);
        return posting;
      });
    },
    close: async (ids) => {
      await closePostings(pipeline, ids, 'source');
    },
    drain: () => bus.drain({ timeoutMs: 60_000 }),
    stop: async () => {
      await bus.close();
      await store.close();
      await fetcher.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
