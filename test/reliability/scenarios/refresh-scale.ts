import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventBus } from '../../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../../shared/adapters/embedded/embedded-posting-store';
import { createHttpFetcher } from '../../../shared/adapters/http/http-fetcher';
import { createCloudLogger } from '../../../shared/adapters/logging/cloud-logger';
import { systemClock } from '../../../shared/adapters/system-clock';
import { refreshSources } from '../../../shared/pipeline/refresh';
import type { RunRecord } from '../../../shared/schema/run';
import { SourceConfig } from '../../../shared/schema/source';
import { FixtureBoard, sampleJobs, serveBoard } from '../../support/fixture-boards';
import { startFixtureServer } from '../../support/fixture-server';
import { row, type Scenario } from '../support/campaign';
import type { FixtureServer } from '../../support/fixture-server';
import type { HttpFetcher } from '../../../shared/ports/http-fetcher.port';
import type { Logger } from '../../../shared/ports/logger.port';

const SOURCES = 20;
const JOBS = 1_000;

/**
 * A refresh of 20 Greenhouse boards × 1,000 postings served over loopback, through the production fetcher and
 * the refresh use case on the embedded store, four sources at a time (the cloud runs them on separate
 * instances); then the same refresh again, unchanged.
 */
export const refreshScale: Scenario = async (ctx) => {
  const server = await startFixtureServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-refresh-scale-'));
  const logs: string[] = [];
  const logger = createCloudLogger({ level: 'INFO', write: (line) => logs.push(line) });
  const store = new EmbeddedPostingStore({ dataDir });
  const bus = new EmbeddedEventBus({ dataDir, logger });
  const fetcher = createHttpFetcher({
    userAgent: 'Jobrelay/0.1 (+https://jobrelay.example/contact)',
    allowHosts: [server.host],
    logger,
    timeoutMs: 60_000,
  });
  const deps = { store, bus, clock: systemClock, logger, fetcher };
  try {
    const ids: string[] = [];
    for (let i = 0; i < SOURCES; i += 1) {
      const board = new FixtureBoard(
        sampleJobs(JOBS).map((job) => ({ ...job, id: `${i}-${job.id}`, title: `${job.title} ${i}` })),
      );
      const config = SourceConfig.parse(serveBoard(server, 'greenhouse', board, { token: `board${i}` }));
      await store.putSource(config, new Date().toISOString());
      ids.push(config.id);
    }
    // a process's first normalisation loads the gazetteer and builds its tables (seconds on a loaded machine,
    // a cold-start cost the cloud pays once per instance); paid here before the timed runs, on a store of its own
    ctx.progress('refresh: warming up the normaliser');
    await warmUp(server, fetcher, logger);
    const runAll = async () => {
      const runs: RunRecord[] = [];
      let peakRss = 0;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 500);
      const started = Date.now();
      const queue = [...ids];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let id = queue.shift(); id; id = queue.shift()) {
            const result = await refreshSources(deps, { sourceId: id, force: true });
            if (result.kind === 'run') runs.push(result.run);
            ctx.progress(`refresh: ${runs.length}/${SOURCES} sources`);
          }
        }),
      );
      clearInterval(sampler);
      return { runs, seconds: (Date.now() - started) / 1000, peakRss };
    };
    const first = await runAll();
    const second = await runAll();
    const created = first.runs.reduce((n, r) => n + r.counts.created, 0);
    const rewritten = second.runs.reduce((n, r) => n + r.counts.created + r.counts.updated + r.counts.closed, 0);
    const okRuns =
      first.runs.filter((r) => r.status === 'succeeded').length +
      second.runs.filter((r) => r.status === 'succeeded' || r.status === 'not-modified').length;
    const unsent = (await store.listUnsent(10)).length;
    // why a run did not succeed, in its own words (a failed row must say what to look at)
    const failures = [...first.runs, ...second.runs]
      .filter((r) => r.status !== 'succeeded' && r.status !== 'not-modified')
      .map((r) => `${r.sourceId} ${r.status}: ${JSON.stringify(r.errors.slice(0, 2)).slice(0, 200)}`);
    const ok = created === SOURCES * JOBS && rewritten === 0 && okRuns === SOURCES * 2;
    return [
      row(
        'refresh 20 × 1,000',
        `${SOURCES} Greenhouse boards of ${JOBS} postings on a loopback fixture server; refreshed 4 at a time, then again unchanged`,
        `${SOURCES * JOBS} postings created, every run ok; the unchanged refresh writes no posting`,
        ok,
        `first: ${created} created in ${first.seconds.toFixed(1)} s (${(created / first.seconds).toFixed(0)} postings/s), peak RSS ${(first.peakRss / 1048576).toFixed(0)} MB; unchanged: ${rewritten} writes in ${second.seconds.toFixed(1)} s; runs ok ${okRuns}/${SOURCES * 2}; outbox left unsent (no bus subscribers here) ${unsent > 0 ? 'yes' : 'no'}${failures.length ? `; not ok: ${failures.join(' | ')}` : ''}`,
      ),
    ];
  } finally {
    await fetcher.close();
    await bus.close();
    await store.close();
    await server.close();
    ctx.logSink.push(...logs);
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** One refresh of a small board on a throwaway store: the normaliser's one-off start-up cost, out of the figures. */
async function warmUp(server: FixtureServer, fetcher: HttpFetcher, logger: Logger): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-refresh-warm-up-'));
  const store = new EmbeddedPostingStore({ dataDir });
  const bus = new EmbeddedEventBus({ dataDir, logger });
  try {
    const board = new FixtureBoard(sampleJobs(5).map((job) => ({ ...job, id: `warm-${job.id}` })));
    const config = SourceConfig.parse(serveBoard(server, 'greenhouse', board, { token: 'warm-up' }));
    await store.putSource(config, new Date().toISOString());
    const result = await refreshSources(
      { store, bus, clock: systemClock, logger, fetcher },
      { sourceId: config.id, force: true },
    );
    if (result.kind !== 'run' || result.run.status !== 'succeeded')
      throw new Error(`the warm-up refresh did not succeed: ${JSON.stringify(result).slice(0, 300)}`);
  } finally {
    await bus.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
