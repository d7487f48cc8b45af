import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { row, type CampaignContext, type Row, type Scenario } from '../support/campaign';

interface Sample {
  at: number;
  rss: number;
  heapUsed: number;
}
interface Ready {
  port: number;
  hrKey: string;
  feedKey: string;
}

type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};

/** What a load phase measured: autocannon's totals and percentiles of every response time it saw. */
type LoadResult = AutocannonResult & { percentiles: { p50: number; p95: number; p99: number; max: number } };

/** Nearest-rank percentile (https://en.wikipedia.org/wiki/Percentile#The_nearest-rank_method). */
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const MB = 1024 * 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Memory growth over a phase: medians of the last third against the first third, after a 20% warm-up. */
function growth(
  samples: Sample[],
  file: string,
): {
  firstHeap: number;
  lastHeap: number;
  firstRss: number;
  lastRss: number;
  ok: boolean;
  file: string;
  series: string;
} {
  const t0 = samples[0]?.at ?? 0;
  writeFileSync(
    file,
    'seconds,rss_mb,heap_used_mb\n' +
      samples
        .map((s) => `${((s.at - t0) / 1000).toFixed(0)},${(s.rss / MB).toFixed(1)},${(s.heapUsed / MB).toFixed(1)}`)
        .join('\n') +
      '\n',
  );
  // RSS at every tenth of the phase, for the table's details
  const series = Array.from(
    { length: 11 },
    (_, i) => samples[Math.min(samples.length - 1, Math.floor((i / 10) * samples.length))],
  )
    .map((s) => ((s?.rss ?? 0) / MB).toFixed(0))
    .join(' ');
  const warm = samples.slice(Math.floor(samples.length * 0.2));
  const third = Math.max(1, Math.floor(warm.length / 3));
  const first = warm.slice(0, third);
  const last = warm.slice(-third);
  const firstHeap = median(first.map((s) => s.heapUsed));
  const lastHeap = median(last.map((s) => s.heapUsed));
  const firstRss = median(first.map((s) => s.rss));
  const lastRss = median(last.map((s) => s.rss));
  // allow noise (GC timing, SQLite page cache settling), not a trend
  return {
    file,
    series,
    firstHeap,
    lastHeap,
    firstRss,
    lastRss,
    ok: lastHeap <= firstHeap * 1.25 + 8 * MB && lastRss <= firstRss * 1.2 + 16 * MB,
  };
}

/** A typical HR submission of ~1.5 KB. */
const submission = (externalId: string) =>
  JSON.stringify({
    type: 'document',
    format: 'html',
    externalId,
    company: 'Acme Corp',
    url: `https://acme.example/jobs/${externalId}`,
    content:
      '<h1>Backend Engineer</h1><p>Location: Berlin, Germany (hybrid). Full-time. Salary: 70,000–85,000 EUR per year.</p>' +
      `<p>${'We move job postings between employers and job boards, reliably and fast. '.repeat(12)}</p>` +
      '<h2>Requirements</h2><ul><li>5+ years of backend work</li><li>Node.js and PostgreSQL</li></ul>',
  });

/**
 * Sustained load on the local server from autocannon on loopback: `POST /postings` (80% resubmissions of
 * known postings, 20% new ones) and then feed pulls, each for the campaign's duration, with the server's
 * memory sampled every second.
 */
export const load: Scenario = async (ctx) => {
  const child = fork(join(__dirname, '..', 'support', 'load-server.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.on('data', (c: Buffer) => ctx.logSink.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => ctx.logSink.push(c.toString()));
  const samples: Sample[] = [];
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.on('message', (m: { sample?: Sample } & Partial<Ready>) => {
      if (m.sample) samples.push(m.sample);
      else resolve(m as Ready);
    });
    child.once('exit', (code) => reject(new Error(`load server exited with ${code}`)));
  });
  ctx.secrets.add(ready.hrKey).add(ready.feedKey);
  const base = `http://127.0.0.1:${ready.port}`;
  const rows: Row[] = [];
  try {
    let n = 0;
    const postStart = samples.length;
    ctx.progress(`load: POST /postings for ${ctx.durationSeconds} s`);
    const post = await cannon(ctx, {
      url: `${base}/postings`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.hrKey}` },
      body: () => submission((n += 1) % 5 === 0 ? `new-${n}` : `known-${n % 200}`),
    });
    const postMemory = growth(samples.slice(postStart), join(ctx.outputDir, 'memory-post-postings.csv'));
    rows.push(
      loadRow(
        'load: POST /postings',
        `autocannon, 8 connections, ${ctx.durationSeconds} s; 80% resubmissions, 20% new postings`,
        post,
        postMemory,
      ),
    );
    const feedStart = samples.length;
    ctx.progress(`load: feeds for ${ctx.durationSeconds} s`);
    const feeds = await cannon(ctx, {
      url: `${base}/feeds/demo-feed.xml`,
      method: 'GET',
      headers: { 'x-api-key': ready.feedKey },
    });
    const feedMemory = growth(samples.slice(feedStart), join(ctx.outputDir, 'memory-feeds.csv'));
    rows.push(
      loadRow(
        'load: feeds',
        `autocannon, 8 connections, ${ctx.durationSeconds} s; pulls of the demo partner's Indeed XML feed with its key (its only format: a .json pull of it is a 404)`,
        feeds,
        feedMemory,
      ),
    );
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  return rows;
};

function loadRow(name: string, injected: string, r: LoadResult, mem: ReturnType<typeof growth>): Row {
  const ok = r.errors === 0 && r.non2xx === 0 && r.timeouts === 0 && r.requests.total > 0 && mem.ok;
  return row(
    name,
    injected,
    'no errors, no non-2xx, no timeouts; heap and RSS of the last third within noise of the first third (after 20% warm-up)',
    ok,
    `${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s, latency p50 ${ms(r.percentiles.p50)}, p95 ${ms(r.percentiles.p95)}, p99 ${ms(r.percentiles.p99)}, max ${ms(r.percentiles.max)}; errors ${r.errors}, non-2xx ${r.non2xx}, timeouts ${r.timeouts}; heap ${(mem.firstHeap / MB).toFixed(0)}→${(mem.lastHeap / MB).toFixed(0)} MB, RSS ${(mem.firstRss / MB).toFixed(0)}→${(mem.lastRss / MB).toFixed(0)} MB (first/last third medians); RSS MB at each tenth: ${mem.series} (every second in ${basename(mem.file)})`,
  );
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Runs autocannon for the campaign's duration; every response time is kept for exact percentiles. */
async function cannon(
  ctx: CampaignContext,
  options: { url: string; method: string; headers: Record<string, string>; body?: () => string; path?: () => string },
): Promise<LoadResult> {
  const autocannon = require('autocannon') as (
    opts: Record<string, unknown>,
    done: (error: Error | null, result: AutocannonResult) => void,
  ) => { on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void };
  const times: number[] = [];
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(cannonOptions(ctx, options), (error, r) => (error ? reject(error) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const sorted = times.sort((a, b) => a - b);
  return {
    ...result,
    percentiles: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
    },
  };
}

function cannonOptions(
  ctx: CampaignContext,
  options: { url: string; method: string; headers: Record<string, string>; body?: () => string; path?: () => string },
): Record<string, unknown> {
  return {
    url: options.url,
    connections: 8,
    duration: ctx.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: options.method,
        headers: options.headers,
        setupRequest: (req: Record<string, unknown>) => ({
          ...req,
          ...(options.body ? { body: options.body() } : {}),
          ...(options.path ? { path: options.path() } : {}),
        }),
      },
    ],
  };
}
