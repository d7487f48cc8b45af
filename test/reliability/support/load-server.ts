/**
 * The local server (`jobrelay serve --demo`: every function on one port, embedded store, events delivered
 * in-process) in a child process of the load scenario, so the load generator does not share its event loop.
 * Sends `{port, hrKey, feedKey}` once ready, then a memory sample every second over IPC. Forked with
 * `--expose-gc`, every `LIVE_EVERY`th sample is taken right after a full GC (`live: true`): its heapUsed is the
 * live heap, which the leak check compares; the others show what the process holds between collections.
 * Messages: `'stop'`; `{ snapshot: path }` writes a heap snapshot after a GC (answers `{ snapshotWritten: path }`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { startLocalServer } from '../../../cli/serve/start-local-server';

/** One full GC every 5 s: often enough for medians over a third of a phase, rare enough to leave latency alone. */
const LIVE_EVERY = 5;
const gc = (globalThis as { gc?: () => void }).gc;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-load-'));
  const running = await startLocalServer({
    port: 0,
    host: '127.0.0.1',
    demo: true,
    // the campaign sets the emulator hosts in its environment for the fault rows; with both set `serve` would
    // run on Firestore and Pub/Sub emulators instead of the embedded store and bus this row is about
    env: {
      ...process.env,
      FIRESTORE_EMULATOR_HOST: undefined,
      PUBSUB_EMULATOR_HOST: undefined,
      JOBRELAY_DATA_DIR: dataDir,
      JOBRELAY_LOG_LEVEL: 'WARNING',
    },
    // to the parent (the campaign's secret scan reads every line); kept here, they would grow the heap measured
    write: (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
  });
  process.send!({
    port: Number(new URL(running.url).port),
    hrKey: running.credentials.hrKey,
    feedKey: running.demo?.feedKey,
  });
  let tick = 0;
  const timer = setInterval(() => {
    tick += 1;
    const live = gc !== undefined && tick % LIVE_EVERY === 0;
    if (live) gc();
    const m = process.memoryUsage();
    process.send!({
      sample: { at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, live },
    });
  }, 1_000);
  process.on('message', (message: unknown) => {
    if (typeof message === 'object' && message !== null && 'snapshot' in message) {
      gc?.();
      const path = writeHeapSnapshot(String((message as { snapshot: string }).snapshot));
      process.send!({ snapshotWritten: path });
      return;
    }
    if (message !== 'stop') return;
    clearInterval(timer);
    void running.close().finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

void main();
