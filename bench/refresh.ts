/**
 * Refresh benchmark (issue 3): a source of N postings loaded into an empty store, then refreshed unchanged,
 * with 1% and with 10% of its postings changed, on the embedded store and on the Firestore and Pub/Sub
 * emulators. Each step is one refresh as the refresh use case composes it (ingest → closure → run record),
 * through the real adapters, and the first load is the ingest path itself, not a side door: stored hashes read
 * in chunked `getAll`s, new postings and their outbox events committed as atomic batches of `create`s (200
 * postings, 400 writes a commit), changes in version-checked transactions of the same size. Every refresh is reported as a ratio against the first load measured in the same run
 * (and the unchanged one), with the writes and events it caused.
 * Targets: the unchanged refresh writes no posting (only its run record); a changed refresh costs about its
 * share of the first load plus the unchanged baseline (reading and hashing every fetched posting).
 *
 *   npm run bench -- refresh                                  # both backends; starts and stops the emulators
 *   node scripts/with-emulators.mjs npm run bench -- refresh  # the same on emulators already started
 *   npm run bench -- refresh --postings 5000 [--emulator-postings 2000] [--rounds 3] [--only embedded|emulators]
 *
 * `--postings` (default 5,000) sizes both runs; `--emulator-postings` sizes the emulator run alone. The Firestore
 * emulator is far slower than Firestore (every query scans the collection; writes run at tens of documents a
 * second on the shared 2-core machine): 5,000 postings there took about 5 minutes (first load 4 of them) on a
 * busy machine, 2,000 about 2. Its absolute times say little: read its write and event counts and its ratios.
 * `--rounds` (default 3 embedded, 1 emulators) repeats each changed refresh, a fresh share of postings each
 * time; the median is printed.
 */
import { silentLogger } from '../shared/adapters/logging/cloud-logger';
import { systemClock } from '../shared/adapters/system-clock';
import type { EventBus } from '../shared/ports/event-bus.port';
import type { PipelineDeps } from '../shared/pipeline/deps';
import type { JobPosting } from '../shared/schema/posting';
import { countingStore, type WriteCounts } from './support/counting-store';
import { embeddedBackend, emulatorBackend, ensureEmulators, type Backend } from './support/refresh-backends';
import { refreshOnce } from './support/refresh-once';
import { syntheticPostings, withRaise } from './support/synthetic-postings';

interface Measurement {
  backend: string;
  postings: number;
  refresh: string;
  changed: number;
  ms: number;
  writes: WriteCounts;
  events: number;
}

const SOURCE = { id: 'bench-source', company: { name: 'Example Corp', url: null } };

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** A bus that counts what it accepts. */
function countingBus(inner: EventBus): { bus: EventBus; count: () => number } {
  let published = 0;
  return {
    bus: { publish: async (topic, message) => ((published += 1), inner.publish(topic, message)) },
    count: () => published,
  };
}

/** Times one refresh and counts its writes and events; checks the run counted what the step changed. */
async function measure(
  backend: Backend,
  label: string,
  postings: JobPosting[],
  expected: { created: number; updated: number },
): Promise<Measurement> {
  const store = countingStore(backend.store);
  const bus = countingBus(backend.bus);
  const deps: PipelineDeps = { store: store.store, bus: bus.bus, clock: systemClock, logger: silentLogger };
  const started = process.hrtime.bigint();
  const run = await refreshOnce(deps, SOURCE, postings);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const { created, updated } = run.counts;
  if (created !== expected.created || updated !== expected.updated)
    throw new Error(`${label}: expected ${JSON.stringify(expected)}, the run says ${JSON.stringify(run.counts)}`);
  const changed = created + updated;
  process.stderr.write(`${backend.name}: ${label} of ${postings.length} in ${Math.round(ms)} ms\n`);
  return {
    backend: backend.name,
    postings: postings.length,
    refresh: label,
    changed,
    ms,
    writes: store.writes(),
    events: bus.count(),
  };
}

/** First load, then `rounds` × (unchanged, 1% changed, 10% changed); a fresh share changes every time. */
async function benchBackend(backend: Backend, size: number, rounds: number): Promise<Measurement[]> {
  let postings = syntheticPostings(size);
  const results = [await measure(backend, 'first load', postings, { created: size, updated: 0 })];
  let offset = 0;
  for (let round = 0; round < rounds; round++) {
    results.push(await measure(backend, 'unchanged', postings, { created: 0, updated: 0 }));
    for (const share of [0.01, 0.1]) {
      const step = Math.round(1 / share);
      const picked = new Set(Array.from({ length: Math.round(size * share) }, (_, i) => (offset + i * step) % size));
      offset += 1;
      postings = postings.map((p, i) => (picked.has(i) ? withRaise(p) : p));
      results.push(await measure(backend, `${share * 100}% changed`, postings, { created: 0, updated: picked.size }));
    }
  }
  return results;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** One table per backend: time, ratio to the first load and to the unchanged refresh, writes and events. */
function report(results: Measurement[]): void {
  for (const backend of [...new Set(results.map((r) => r.backend))]) {
    const mine = results.filter((r) => r.backend === backend);
    const load = mine.find((r) => r.refresh === 'first load')!;
    const unchanged = median(mine.filter((r) => r.refresh === 'unchanged').map((r) => r.ms));
    console.log(
      `\n${backend}: ${load.postings} postings, first load ${(load.postings / (load.ms / 1000)).toFixed(0)} postings/s`,
    );
    console.log(
      'refresh        changed   median ms   vs load   vs unchanged   posting writes   outbox writes   run writes   events',
    );
    for (const label of [...new Set(mine.map((r) => r.refresh))]) {
      const runs = mine.filter((r) => r.refresh === label);
      const ms = median(runs.map((r) => r.ms));
      const last = runs[runs.length - 1]!;
      console.log(
        [
          label.padEnd(14),
          String(last.changed).padStart(7),
          ms.toFixed(0).padStart(11),
          (ms / load.ms).toFixed(3).padStart(9),
          (ms / unchanged).toFixed(2).padStart(14),
          String(last.writes.postings).padStart(16),
          String(last.writes.outbox).padStart(15),
          String(last.writes.runs).padStart(12),
          String(last.events).padStart(8),
        ].join(' '),
      );
    }
  }
  console.log(`\n${JSON.stringify({ bench: 'refresh', results })}`);
}

async function main(): Promise<void> {
  const size = Number(argument('postings') ?? '5000');
  const emulatorSize = Number(argument('emulator-postings') ?? size);
  const rounds = argument('rounds');
  const only = argument('only') ?? 'all';
  const results: Measurement[] = [];
  if (only !== 'emulators') {
    const backend = embeddedBackend();
    results.push(...(await benchBackend(backend, size, Number(rounds ?? 3))));
    await backend.close();
  }
  if (only !== 'embedded') {
    const started = await ensureEmulators();
    try {
      const backend = await emulatorBackend();
      results.push(...(await benchBackend(backend, emulatorSize, Number(rounds ?? 1))));
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
