/**
 * Refresh benchmark (issue 3): a source of N postings (default 5,000) refreshed unchanged, then with 1% and
 * 10% of them changed, on the embedded store and on the Firestore and Pub/Sub emulators (started here when
 * FIRESTORE_EMULATOR_HOST / PUBSUB_EMULATOR_HOST are not set). Each refresh is ingest + closure + the run
 * record, as the refresh use case composes them. Prints time, store writes and events per refresh, and the
 * ratio of each changed refresh to the unchanged one measured in the same run.
 * Target: the unchanged refresh writes no posting (only its run record), and refresh time grows with the
 * number of changed postings, not the total.
 *
 *   npm run build && node dist/bench/refresh.js [--postings 5000] [--only embedded|emulators] [--rounds 3]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Firestore } from '@google-cloud/firestore';
import type { PubSub } from '@google-cloud/pubsub';
import { EmbeddedEventBus } from '../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../shared/adapters/embedded/embedded-posting-store';
import { silentLogger } from '../shared/adapters/logging/cloud-logger';
import { systemClock } from '../shared/adapters/system-clock';
import type { EventBus } from '../shared/ports/event-bus.port';
import type { PostingStore } from '../shared/ports/posting-store.port';
import type { PipelineDeps } from '../shared/pipeline/deps';
import type { JobPosting } from '../shared/schema/posting';
import { countingStore, type WriteCounts } from './support/counting-store';
import { refreshOnce } from './support/refresh-once';
import { syntheticPostings, withRaise } from './support/synthetic-postings';

interface Backend {
  name: string;
  store: PostingStore;
  bus: EventBus;
  close(): Promise<void>;
}

interface Measurement {
  backend: string;
  refresh: string;
  changed: number;
  ms: number;
  writes: WriteCounts;
  events: number;
}

const SOURCE = { id: 'bench-source', company: { name: 'Example Corp', url: null } };

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** A bus that counts what it accepts. */
function countingBus(inner: EventBus): { bus: EventBus; count: () => number; reset: () => void } {
  let published = 0;
  return {
    bus: { publish: async (topic, message) => ((published += 1), inner.publish(topic, message)) },
    count: () => published,
    reset: () => (published = 0),
  };
}

/** Times one refresh and counts its writes and events. */
async function measure(backend: Backend, label: string, postings: JobPosting[], changed: number): Promise<Measurement> {
  const store = countingStore(backend.store);
  const bus = countingBus(backend.bus);
  const deps: PipelineDeps = { store: store.store, bus: bus.bus, clock: systemClock, logger: silentLogger };
  const started = process.hrtime.bigint();
  const run = await refreshOnce(deps, SOURCE, postings);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.counts.updated !== changed)
    throw new Error(`${label}: expected ${changed} updated, the run says ${run.counts.updated}`);
  return { backend: backend.name, refresh: label, changed, ms, writes: store.writes(), events: bus.count() };
}

/** Unchanged, 1% and 10% changed refreshes, `rounds` times each; a fresh share of postings changes every time. */
async function benchBackend(backend: Backend, size: number, rounds: number): Promise<Measurement[]> {
  let postings = syntheticPostings(size);
  const load = await measure(backend, 'initial load', postings, 0);
  process.stderr.write(`${backend.name}: loaded ${size} postings in ${Math.round(load.ms)} ms\n`);
  const results: Measurement[] = [];
  let offset = 0;
  for (let round = 0; round < rounds; round++) {
    results.push(await measure(backend, 'unchanged', postings, 0));
    for (const share of [0.01, 0.1]) {
      const count = Math.round(size * share);
      const picked = new Set(Array.from({ length: count }, (_, i) => (offset + i * Math.floor(1 / share)) % size));
      offset += 1;
      postings = postings.map((p, i) => (picked.has(i) ? withRaise(p) : p));
      results.push(await measure(backend, `${share * 100}% changed`, postings, picked.size));
    }
  }
  return results;
}

function embedded(): Backend {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-bench-'));
  const store = new EmbeddedPostingStore({ dataDir });
  const bus = new EmbeddedEventBus({ dataDir });
  bus.subscribe({ name: 'bench', topic: 'posting-events', handler: async () => undefined });
  return {
    name: 'embedded',
    store,
    bus,
    close: async () => {
      await bus.drain({ timeoutMs: 120_000 });
      await bus.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface EmulatorHandle {
  stop(): Promise<void>;
}

/** The project root (where package.json is), from bench/ or dist/bench/. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Starts both emulators unless the environment already points at running ones. */
async function ensureEmulators(): Promise<EmulatorHandle[]> {
  if (process.env.FIRESTORE_EMULATOR_HOST && process.env.PUBSUB_EMULATOR_HOST) return [];
  // a real dynamic import: scripts/emulators.mjs is an ES module, and this file compiles to CommonJS
  const load = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{
    startEmulator(kind: 'firestore' | 'pubsub'): Promise<EmulatorHandle & { host: string }>;
    emulatorEnv(firestore: { host: string }, pubsub: { host: string }): Record<string, string>;
  }>;
  const emulators = await load(pathToFileURL(join(projectRoot(), 'scripts', 'emulators.mjs')).href);
  process.stderr.write('starting the Firestore and Pub/Sub emulators…\n');
  const [firestore, pubsub] = await Promise.all([
    emulators.startEmulator('firestore'),
    emulators.startEmulator('pubsub'),
  ]);
  Object.assign(process.env, emulators.emulatorEnv(firestore, pubsub));
  // the emulators run detached: stop them if this process is interrupted, not only when it finishes
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void Promise.all([firestore.stop(), pubsub.stop()]).finally(() => process.exit(130)));
  }
  return [firestore, pubsub];
}

async function google(): Promise<Backend> {
  const { Firestore } = require('@google-cloud/firestore') as typeof import('@google-cloud/firestore');
  const { PubSub } = require('@google-cloud/pubsub') as typeof import('@google-cloud/pubsub');
  const { FirestorePostingStore } =
    require('../shared/adapters/firestore/firestore-posting-store') as typeof import('../shared/adapters/firestore/firestore-posting-store');
  const { PubSubEventBus } =
    require('../shared/adapters/pubsub/pubsub-event-bus') as typeof import('../shared/adapters/pubsub/pubsub-event-bus');
  const { ensureTopology, JOBRELAY_TOPICS } =
    require('../shared/adapters/pubsub/pubsub-topology') as typeof import('../shared/adapters/pubsub/pubsub-topology');
  const projectId = `demo-bench-${Date.now().toString(36)}`;
  const firestore: Firestore = new Firestore({ projectId, ignoreUndefinedProperties: true });
  const pubsub: PubSub = new PubSub({ projectId });
  await ensureTopology(pubsub, JOBRELAY_TOPICS);
  const bus = new PubSubEventBus({ pubsub });
  return {
    name: 'emulators',
    store: new FirestorePostingStore({ firestore }),
    bus,
    close: async () => {
      await bus.flush();
      await Promise.all([pubsub.close(), firestore.terminate()]);
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function report(results: Measurement[]): void {
  for (const backend of [...new Set(results.map((r) => r.backend))]) {
    const mine = results.filter((r) => r.backend === backend);
    const baseline = median(mine.filter((r) => r.refresh === 'unchanged').map((r) => r.ms));
    console.log(`\n${backend}`);
    console.log('refresh        changed   median ms   ratio   posting writes   outbox writes   run writes   events');
    for (const label of [...new Set(mine.map((r) => r.refresh))]) {
      const runs = mine.filter((r) => r.refresh === label);
      const ms = median(runs.map((r) => r.ms));
      const w = runs[runs.length - 1]!.writes;
      const row = [
        label.padEnd(14),
        String(runs[0]!.changed).padStart(7),
        ms.toFixed(0).padStart(11),
        (ms / baseline).toFixed(2).padStart(7),
      ];
      row.push(
        String(w.postings).padStart(16),
        String(w.outbox).padStart(15),
        String(w.runs).padStart(12),
        String(runs[runs.length - 1]!.events).padStart(8),
      );
      console.log(row.join(' '));
    }
  }
  console.log(`\n${JSON.stringify({ bench: 'refresh', results })}`);
}

async function main(): Promise<void> {
  const size = Number(argument('postings', '5000'));
  const rounds = Number(argument('rounds', '3'));
  const only = argument('only', 'all');
  const results: Measurement[] = [];
  if (only !== 'emulators') {
    const backend = embedded();
    results.push(...(await benchBackend(backend, size, rounds)));
    await backend.close();
  }
  if (only !== 'embedded') {
    const started = await ensureEmulators();
    try {
      const backend = await google();
      results.push(...(await benchBackend(backend, size, rounds)));
      await backend.close();
    } finally {
      for (const emulator of started) await emulator.stop();
    }
  }
  report(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
