/**
 * Fetch benchmark (issue 4): refreshing a 2,000-job fixture board over loopback, end to end (fetch → parse →
 * normalise → detect changes → store → publish), on the embedded backend. Prints postings per second and the
 * share of time in network, parsing, normalising and storing, for:
 *   - a Greenhouse board (one 2,000-job document): first refresh (2,000 created) and an unchanged refresh;
 *   - the same board with an ETag: a refresh answered 304;
 *   - a SmartRecruiters board (list pages + 2,000 detail requests, 2 at a time).
 * Baseline in the same run: a bare undici GET of the same board plus JSON.parse, so the refresh's cost is
 * read as a ratio rather than as absolute milliseconds on a shared machine.
 *
 * Normalising runs inside ingest; its share is measured by normalising the same raw postings again right
 * after each run (warm, same process) and is subtracted from the ingest time to give "storing".
 *
 *   npm run build && node dist/bench/fetch.js [--jobs 2000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { EmbeddedEventBus } from '../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../shared/adapters/embedded/embedded-posting-store';
import { createHttpFetcher, type ClosableHttpFetcher } from '../shared/adapters/http/http-fetcher';
import { silentLogger } from '../shared/adapters/logging/cloud-logger';
import { systemClock } from '../shared/adapters/system-clock';
import { normalizePosting } from '../shared/normalize/normalize-posting';
import { refreshSources, type RefreshDeps, type RefreshTimings } from '../shared/pipeline/refresh';
import { SourceConfig, type StoredSource } from '../shared/schema/source';
import type { RunRecord } from '../shared/schema/run';
import { fetchSource, parseDocuments } from '../shared/sources/fetch/fetch-source';
import { FixtureBoard, sampleJobs, serveBoard, type FixtureBoardKind } from '../test/support/fixture-boards';
import { startFixtureServer, type FixtureServer } from '../test/support/fixture-server';

interface Measurement {
  name: string;
  status: string;
  postings: number;
  requests: number;
  totalMs: number;
  timings: RefreshTimings;
  normalizeMs: number;
}

const argJobs = process.argv.indexOf('--jobs');
const JOBS = argJobs > 0 ? Number(process.argv[argJobs + 1]) : 2_000;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-bench-fetch-'));
  const server = await startFixtureServer();
  const store = new EmbeddedPostingStore({ dataDir });
  const bus = new EmbeddedEventBus({ dataDir });
  const fetcher = createHttpFetcher({
    userAgent: 'Jobrelay-bench/0.1 (+https://jobrelay.example)',
    allowHosts: [server.host],
    timeoutMs: 60_000,
    maxBytes: 200 * 1024 * 1024,
  });
  const deps: RefreshDeps = { store, bus, clock: systemClock, logger: silentLogger, fetcher };
  try {
    await warmUp(deps, server);
    const baseline = await bareFetch(server, new FixtureBoard(sampleJobs(JOBS)));
    const results = await measureAll(deps, server, fetcher);
    report(baseline, results);
  } finally {
    await fetcher.close();
    await bus.close();
    await store.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Loads normalisation data and JITs the paths once, so the first measured run is not a cold start. */
async function warmUp(deps: RefreshDeps, server: FixtureServer): Promise<void> {
  const id = await apply(deps, serveBoard(server, 'greenhouse', new FixtureBoard(sampleJobs(50)), { token: 'warmup' }));
  await refresh(deps, id);
}

async function measureAll(
  deps: RefreshDeps,
  server: FixtureServer,
  fetcher: ClosableHttpFetcher,
): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const greenhouse = await apply(
    deps,
    serveBoard(server, 'greenhouse', new FixtureBoard(sampleJobs(JOBS)), { token: 'big' }),
  );
  results.push(await measure(deps, fetcher, 'greenhouse, first refresh (all created)', greenhouse, server));
  results.push(await measure(deps, fetcher, 'greenhouse, unchanged refresh', greenhouse, server));
  const tagged = await apply(
    deps,
    serveBoard(server, 'greenhouse', new FixtureBoard(sampleJobs(JOBS)), { token: 'etag', etag: true }),
  );
  await refresh(deps, tagged);
  results.push(await measure(deps, fetcher, 'greenhouse with ETag, 304 refresh', tagged, server));
  const detailKind: FixtureBoardKind = 'smartrecruiters';
  const sr = await apply(deps, serveBoard(server, detailKind, new FixtureBoard(sampleJobs(JOBS)), { token: 'srbig' }));
  results.push(await measure(deps, fetcher, 'smartrecruiters list + detail, first refresh', sr, server));
  return results;
}

async function apply(deps: RefreshDeps, input: Record<string, unknown>): Promise<string> {
  const config = SourceConfig.parse({ ...input, maxCloseShare: 1 });
  await deps.store.putSource(config, new Date().toISOString());
  return config.id;
}

async function refresh(deps: RefreshDeps, id: string): Promise<{ run: RunRecord; timings: RefreshTimings }> {
  const result = await refreshSources(deps, { sourceId: id, force: true }, { trigger: 'manual' });
  if (result.kind !== 'run') throw new Error(`refresh of ${id} did not run`);
  return result;
}

async function measure(
  deps: RefreshDeps,
  fetcher: ClosableHttpFetcher,
  name: string,
  id: string,
  server: FixtureServer,
): Promise<Measurement> {
  const before = server.requests.length;
  const start = performance.now();
  const { run, timings } = await refresh(deps, id);
  const totalMs = performance.now() - start;
  const requests = server.requests.length - before;
  const normalizeMs =
    run.status === 'not-modified'
      ? 0
      : await timeNormalizing(fetcher, (await deps.store.getSource(id)) as StoredSource);
  return { name, status: run.status, postings: run.counts.fetched, requests, totalMs, timings, normalizeMs };
}

/** Normalises the source's raw postings again (fetched outside the timing) and times only the normalising. */
async function timeNormalizing(fetcher: ClosableHttpFetcher, source: StoredSource): Promise<number> {
  const fetched = await fetchSource({ fetcher, validators: {}, logger: silentLogger }, source.config);
  const raws = parseDocuments(source.config, fetched.documents).postings;
  const start = performance.now();
  for (const raw of raws)
    normalizePosting(raw, { sourceId: source.config.id, companyName: source.config.company.name });
  return performance.now() - start;
}

/** Baseline: one undici GET of the same 2,000-job board and JSON.parse, nothing else. */
async function bareFetch(server: FixtureServer, board: FixtureBoard): Promise<{ ms: number; bytes: number }> {
  serveBoard(server, 'greenhouse', board, { token: 'bare' });
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    const response = await request(`${server.url}/v1/boards/bare/jobs?content=true`);
    const text = await response.body.text();
    JSON.parse(text);
    runs.push(performance.now() - start);
    bytes = Buffer.byteLength(text);
  }
  return { ms: runs.sort((a, b) => a - b)[2] as number, bytes };
}

function report(baseline: { ms: number; bytes: number }, results: Measurement[]): void {
  const pct = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1e-9)).toFixed(1)}%`;
  console.log(
    `board: ${JOBS} jobs over loopback; baseline bare GET + JSON.parse of the Greenhouse board (${(baseline.bytes / 1e6).toFixed(1)} MB): ${baseline.ms.toFixed(1)} ms`,
  );
  console.log('');
  for (const r of results) {
    const t = r.timings;
    const storing = Math.max(0, t.ingestMs - r.normalizeMs) + t.closeMs;
    const accounted = t.fetchMs + t.parseMs + r.normalizeMs + storing;
    const perSecond = r.postings > 0 ? (r.postings / (r.totalMs / 1000)).toFixed(0) : '–';
    console.log(
      `${r.name}: ${r.status}, ${r.postings} postings, ${r.requests} requests, ${r.totalMs.toFixed(0)} ms → ${perSecond} postings/s; ${(r.totalMs / baseline.ms).toFixed(1)}× the bare fetch`,
    );
    console.log(
      `    network ${pct(t.fetchMs, accounted)} (${t.fetchMs.toFixed(0)} ms) · parsing ${pct(t.parseMs, accounted)} (${t.parseMs.toFixed(0)} ms) · ` +
        `normalising ${pct(r.normalizeMs, accounted)} (${r.normalizeMs.toFixed(0)} ms) · storing ${pct(storing, accounted)} (${storing.toFixed(0)} ms)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
