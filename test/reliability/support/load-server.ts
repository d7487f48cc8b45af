/**
 * The local server (`jobrelay serve --demo`: every function on one port, embedded store, events delivered
 * in-process) in a child process of the load scenario, so the load generator does not share its event loop.
 * Sends `{port, hrKey, feedKey}` once ready, then a memory sample every second over IPC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer } from '../../../cli/serve/start-local-server';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-load-'));
  const running = await startLocalServer({
    port: 0,
    host: '127.0.0.1',
    demo: true,
    env: { ...process.env, JOBRELAY_DATA_DIR: dataDir, JOBRELAY_LOG_LEVEL: 'WARNING' },
    // to the parent (the campaign's secret scan reads every line); kept here, they would grow the heap measured
    write: (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
  });
  process.send!({
    port: Number(new URL(running.url).port),
    hrKey: running.credentials.hrKey,
    feedKey: running.demo?.feedKey,
  });
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    process.send!({ sample: { at: Date.now(), rss: m.rss, heapUsed: m.heapUsed } });
  }, 1_000);
  process.on('message', (message) => {
    if (message !== 'stop') return;
    clearInterval(timer);
    void running.close().finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

void main();
