/**
 * Measures one maintenance sweep of stuck syndications at its caps on the Firestore and Pub/Sub emulators
 * (issue 9: "nobody measured how long a sweep at that cap takes against the function timeout"). It stores
 * `--postings` postings (default 5,200: past the lagging pass's 5,000 cap), each live on a fast partner,
 * every second one on a slow partner and every third on a partner that is down, then changes them all with
 * no fan-out (every pair lags) and leaves `--pending` pairs pending on the down partner with their message
 * lost. After the threshold it runs the sweep as the deployed function would, with `--budget` seconds (0: no
 * budget; the deployed sweep gets 225), up to `--runs` times until one finishes, and prints for each run how long
 * it took, how far it got, and where the time went per store and bus method. `--lagging 0` leaves the postings
 * unchanged, so no pair lags and the sweep's time is its pending pass's alone.
 *   node scripts/with-emulators.mjs node -r @swc-node/register test/reliability/probes/sweep-at-cap.ts \
 *     [--postings 5200] [--pending 600] [--lagging 1] [--budget 225] [--runs 4]
 * The partners are never called: a sweep only publishes delivery requests (their speed matters to deliveries,
 * whose lease rule is in functions/lib/settings.ts).
 */
import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import { FirestorePostingStore } from '../../../shared/adapters/firestore/firestore-posting-store';
import { PubSubEventBus } from '../../../shared/adapters/pubsub/pubsub-event-bus';
import { ensureTopology, JOBRELAY_TOPICS } from '../../../shared/adapters/pubsub/pubsub-topology';
import { ingest } from '../../../shared/pipeline/ingest';
import { sweepStuckSyndications } from '../../../shared/pipeline/sweep-syndications';
import type { EventBus } from '../../../shared/ports/event-bus.port';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { PartnerConfig } from '../../../shared/schema/partner';
import { syndicationId, type SyndicationRecord } from '../../../shared/schema/syndication';
import { syntheticPostings, withRaise } from '../../../bench/support/synthetic-postings';
import { createInstantClock } from '../../support/instant-clock';
import { emulatorFirestore, emulatorPubSub, uniqueProjectId } from '../../support/google-clients';
import { numberFlag } from './probe-flags';

const MINUTE = 60_000;
const flag = numberFlag;

/** Per method: calls, their summed wall time, and when the first began (ms after `origin.at`). */
interface MethodTimes {
  calls: number;
  ms: number;
  firstAt: number;
}

/** Per-method call counts and wall time of an object's async methods. */
function timed<T extends object>(target: T, label: string, into: Map<string, MethodTimes>, origin: { at: number }): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const started = performance.now();
        const result = (value as (...a: unknown[]) => unknown).apply(object, args);
        if (!(result instanceof Promise)) return result;
        return result.finally(() => {
          const entry = into.get(`${label}.${String(key)}`) ?? { calls: 0, ms: 0, firstAt: started - origin.at };
          entry.calls += 1;
          entry.ms += performance.now() - started;
          into.set(`${label}.${String(key)}`, entry);
        });
      };
    },
  });
}

const discard: EventBus = { publish: async () => 'discarded' };

async function inPool<T>(items: readonly T[], width: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

function liveRecord(postingId: string, partnerId: string, at: string): SyndicationRecord {
  return {
    id: syndicationId(postingId, partnerId),
    postingId,
    partnerId,
    status: 'live',
    desired: 'publish',
    deliveredVersion: 1,
    pendingChange: null,
    attempts: 0,
    lastError: null,
    reasons: [],
    appliedEventIds: [],
    history: [{ at, status: 'live', cause: 'probe', version: 1, reasons: [] }],
    createdAt: at,
    updatedAt: at,
  };
}

function pendingRecord(postingId: string, partnerId: string, at: string): SyndicationRecord {
  return {
    ...liveRecord(postingId, partnerId, at),
    status: 'pending',
    deliveredVersion: null,
    history: [{ at, status: 'pending', cause: 'probe-request', version: null, reasons: [] }],
  };
}

async function seed(store: PostingStore, count: number, pending: number, start: Date, lagging: boolean): Promise<void> {
  const clock = createInstantClock(start);
  const deps = { store, bus: discard, clock, logger: silentLogger };
  for (const id of ['fast', 'slow', 'down'])
    await store.putPartner(
      PartnerConfig.parse({
        id,
        name: id,
        format: 'webhook',
        delivery: 'webhook',
        webhook: { url: `https://${id}.partner.example/hook`, secretRef: `secret:${id}`, timeoutMs: 30_000 },
      }),
      clock.now().toISOString(),
    );
  const postings = syntheticPostings(count);
  const source = { id: 'bench-source', company: { name: 'Acme', url: null } };
  const ids: string[] = [];
  for (let i = 0; i < postings.length; i += 500) {
    const result = await ingest(deps, { source, items: postings.slice(i, i + 500).map((posting) => ({ posting })) });
    for (const o of result.outcomes) if (o.outcome !== 'rejected') ids.push(o.id);
  }
  clock.advance(MINUTE);
  const at = clock.now().toISOString();
  const records = ids.flatMap((id, n) => [
    liveRecord(id, 'fast', at),
    ...(n % 2 === 0 ? [liveRecord(id, 'slow', at)] : []),
    ...(n % 3 === 0 ? [n / 3 < pending ? pendingRecord(id, 'down', at) : liveRecord(id, 'down', at)] : []),
  ]);
  await inPool(records, 32, (r) => store.updateSyndication(r.postingId, r.partnerId, () => r));
  clock.advance(MINUTE);
  // without the change no pair lags: the sweep's time is the pending pass's alone
  for (let i = 0; lagging && i < postings.length; i += 500)
    await ingest(deps, { source, items: postings.slice(i, i + 500).map((p) => ({ posting: withRaise(p) })) });
  process.stderr.write(`seeded ${ids.length} postings, ${records.length} records\n`);
}

async function main(): Promise<void> {
  const count = flag('postings', 5_200);
  const pending = flag('pending', 600);
  const budgetSeconds = flag('budget', 0);
  const projectId = uniqueProjectId('sweep-cap');
  const firestore = emulatorFirestore(projectId);
  const pubsub = emulatorPubSub(projectId);
  await ensureTopology(pubsub, JOBRELAY_TOPICS);
  const start = new Date(Date.now() - 3 * 60 * MINUTE);
  const seeding = performance.now();
  const lagging = flag('lagging', 1) !== 0;
  await seed(
    new FirestorePostingStore({ firestore, clock: createInstantClock(start) }),
    count,
    pending,
    start,
    lagging,
  );
  const seedMs = performance.now() - seeding;
  // the sweep runs on real time: the seeded changes are 3 hours old, past the 20-minute threshold
  const clock = { now: () => new Date(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
  const runs: unknown[] = [];
  // as the scheduled runs would: each with the budget, until one finishes (the next run starts at once here)
  for (let run = 1; run <= flag('runs', 1); run += 1) {
    const times = new Map<string, MethodTimes>();
    const origin = { at: performance.now() };
    const store = timed(new FirestorePostingStore({ firestore, clock }), 'store', times, origin);
    const bus = timed(new PubSubEventBus({ pubsub }), 'bus', times, origin);
    const started = (origin.at = performance.now());
    const result = await sweepStuckSyndications(
      { store, bus, clock, logger: silentLogger },
      { stuckAfterMs: 20 * MINUTE, ...(budgetSeconds > 0 ? { budgetMs: budgetSeconds * 1000 } : {}) },
    );
    runs.push({
      run,
      sweepSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      result,
      mark: await store.getSweepMark('lagging-syndications'),
      calls: Object.fromEntries(
        [...times.entries()]
          .sort((a, b) => b[1].ms - a[1].ms)
          .map(([name, t]) => [
            name,
            // firstAtSeconds: the lagging pass begins with getSweepMark, so its first call ends the pending pass
            {
              calls: t.calls,
              seconds: Number((t.ms / 1000).toFixed(1)),
              firstAtSeconds: Number((t.firstAt / 1000).toFixed(2)),
            },
          ]),
      ),
    });
    process.stderr.write(`${JSON.stringify(runs.at(-1))}\n`);
    if (result.complete !== false) break;
  }
  const report = { postings: count, pending, lagging, budgetSeconds, seedSeconds: Math.round(seedMs / 1000), runs };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  await pubsub.close();
  await firestore.terminate();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
