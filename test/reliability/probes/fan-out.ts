/**
 * Measures the two syndication fan-outs on the Firestore and Pub/Sub emulators, as the deployed
 * `requestSyndication` and `deliverSyndication` run them: HR's request of `--postings` postings × `--partners`
 * webhook partners (and one feed partner), then the posting events of those postings, each live everywhere and
 * changed since, delivered one after another as one function instance would take them. Prints the request's
 * seconds and each event's fan-out milliseconds (median, p90, total), with the store and bus calls per event.
 *   node scripts/with-emulators.mjs node -r @swc-node/register test/reliability/probes/fan-out.ts \
 *     [--postings 100] [--partners 10] [--events 40]
 * The partners are never called: both fan-outs only write records and publish delivery requests.
 */
import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import { FirestorePostingStore } from '../../../shared/adapters/firestore/firestore-posting-store';
import { PubSubEventBus } from '../../../shared/adapters/pubsub/pubsub-event-bus';
import { ensureTopology, JOBRELAY_TOPICS } from '../../../shared/adapters/pubsub/pubsub-topology';
import { deliver } from '../../../shared/pipeline/deliver';
import { ingest } from '../../../shared/pipeline/ingest';
import { buildPostingEvent, DEFAULT_EVENT_BUDGET_BYTES } from '../../../shared/pipeline/posting-events';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import type { SyndicationDeps } from '../../../shared/pipeline/syndication-deps';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { PartnerConfig } from '../../../shared/schema/partner';
import { syntheticPostings, withRaise } from '../../../bench/support/synthetic-postings';
import { emulatorFirestore, emulatorPubSub, uniqueProjectId } from '../../support/google-clients';
import { feedPartner, webhookPartner } from '../../support/fan-out-world';
import { numberFlag } from './probe-flags';

const flag = numberFlag;

/** Counts calls per method of an object's async methods. */
function counted<T extends object>(target: T, label: string, into: Map<string, number>): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        into.set(`${label}.${String(key)}`, (into.get(`${label}.${String(key)}`) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function addPartners(store: PostingStore, count: number, at: string): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `hook-${i + 1}`);
  for (const id of ids) await store.putPartner(PartnerConfig.parse(webhookPartner(id)), at);
  await store.putPartner(PartnerConfig.parse(feedPartner('feed')), at);
  return [...ids, 'feed'];
}

async function main(): Promise<void> {
  const projectId = uniqueProjectId('fan-out');
  const firestore = emulatorFirestore(projectId);
  const pubsub = emulatorPubSub(projectId);
  await ensureTopology(pubsub, JOBRELAY_TOPICS);
  const clock = { now: () => new Date(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
  const calls = new Map<string, number>();
  const store = counted(new FirestorePostingStore({ firestore, clock }), 'store', calls);
  const bus = counted(new PubSubEventBus({ pubsub }), 'bus', calls);
  const deps: SyndicationDeps = {
    store,
    bus,
    clock,
    logger: silentLogger,
    fetcher: {
      fetch: () => Promise.reject(new Error('no partner is called')),
    } as unknown as SyndicationDeps['fetcher'],
    secrets: { get: async () => null },
  };
  const postings = syntheticPostings(flag('postings', 100));
  const source = { id: 'bench-source', company: { name: 'Acme', url: null } };
  const ingested = await ingest(
    { store, bus, clock, logger: silentLogger },
    { source, items: postings.map((posting) => ({ posting })) },
  );
  const postingIds = ingested.outcomes.flatMap((o) => (o.outcome === 'rejected' || !o.id ? [] : [o.id]));
  if (postingIds.length === 0) throw new Error(`nothing ingested: ${JSON.stringify(ingested.outcomes[0])}`);
  const partnerIds = await addPartners(store, flag('partners', 10), clock.now().toISOString());
  calls.clear();
  const requestStart = performance.now();
  const request = await requestSyndication(deps, { postingIds, partnerIds, action: 'publish' });
  const requestSeconds = (performance.now() - requestStart) / 1000;
  const requestCalls = Object.fromEntries(calls);
  // every pair live at the version the request saw, then every posting changed: each event has work to do
  for (const id of postingIds)
    for (const partnerId of partnerIds)
      await store.updateSyndication(id, partnerId, (r) => r && { ...r, status: 'live', deliveredVersion: 1 });
  await ingest(
    { store, bus, clock, logger: silentLogger },
    { source, items: postings.map((p) => ({ posting: withRaise(p) })) },
  );
  const events = (await store.getPostings(postingIds.slice(0, flag('events', 40)))).values();
  calls.clear();
  const eventMs: number[] = [];
  for (const record of events) {
    const event = buildPostingEvent({
      record,
      type: 'posting.updated',
      changedFields: ['salary'],
      time: record.lastChangedAt,
      sourceBase: '//jobrelay',
      budgetBytes: DEFAULT_EVENT_BUDGET_BYTES,
    }).event;
    const started = performance.now();
    const result = await deliver(deps, event);
    eventMs.push(performance.now() - started);
    if (!result.ack || result.published !== partnerIds.length - 1)
      throw new Error(`fan-out did ${JSON.stringify(result)}`);
  }
  const sorted = [...eventMs].sort((a, b) => a - b);
  const perEvent = Object.fromEntries([...calls].map(([name, n]) => [name, Number((n / eventMs.length).toFixed(1))]));
  const report = {
    postings: postingIds.length,
    partners: partnerIds.length,
    request: {
      seconds: Number(requestSeconds.toFixed(2)),
      published: request.ok ? request.messagesPublished : null,
      calls: requestCalls,
    },
    fanOut: {
      events: eventMs.length,
      medianMs: Math.round(percentile(sorted, 0.5)),
      p90Ms: Math.round(percentile(sorted, 0.9)),
      totalSeconds: Number((eventMs.reduce((a, b) => a + b, 0) / 1000).toFixed(2)),
      callsPerEvent: perEvent,
    },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  await pubsub.close();
  await firestore.terminate();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
