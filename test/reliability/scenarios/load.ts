import { fork } from 'node:child_process';
import { basename, join } from 'node:path';
import { row, type CampaignContext, type Row, type Scenario } from '../support/campaign';
import { describeGrowth, growth, writeSeries, type Growth, type Sample } from '../support/memory-growth';

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

/** A typical HR submission of ~1.5 KB. */
export const submission = (externalId: string) =>
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
    // --expose-gc: the server samples its live memory right after a full GC (support/load-server.ts)
    execArgv: ['--expose-gc', '-r', '@swc-node/register'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.on('data', (c: Buffer) => ctx.logSink.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => ctx.logSink.push(c.toString()));
  const samples: Sample[] = [];
  let sent = 0;
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.on('message', (m: { sample?: Omit<Sample, 'sent'> } & Partial<Ready>) => {
      if (m.sample) samples.push({ ...m.sample, sent });
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
      onRequest: () => (sent += 1),
    });
    const postMemory = phaseMemory(samples.slice(postStart), join(ctx.outputDir, 'memory-post-postings.csv'));
    rows.push(
      loadRow(
        'load: POST /postings',
        `autocannon, 8 connections, ${ctx.durationSeconds} s; 80% resubmissions, 20% new postings`,
        post,
        postMemory,
        0.2,
      ),
    );
    const feedStart = samples.length;
    ctx.progress(`load: feeds for ${ctx.durationSeconds} s`);
    const feeds = await cannon(ctx, {
      url: `${base}/feeds/demo-feed.xml`,
      method: 'GET',
      headers: { 'x-api-key': ready.feedKey },
      onRequest: () => (sent += 1),
    });
    const feedMemory = phaseMemory(samples.slice(feedStart), join(ctx.outputDir, 'memory-feeds.csv'));
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

/** A phase's memory growth, its samples written to `file`. */
function phaseMemory(samples: Sample[], file: string): Growth {
  writeSeries(samples, file);
  return growth(samples, file);
}

function loadRow(name: string, injected: string, r: LoadResult, mem: Growth, newPostingShare = 0): Row {
  const ok = r.errors === 0 && r.non2xx === 0 && r.timeouts === 0 && r.requests.total > 0 && mem.ok;
  return row(
    name,
    injected,
    'no errors, no non-2xx, no timeouts; live memory after a forced GC (heap + external, every 5 s) of the last third within 2 MB + 2% of the first third (after 20% warm-up), and RSS after GC within 16 MB + 20%',
    ok,
    `${r.requests.total} requests, ${r.requests.average.toFixed(0)} req/s, latency p50 ${ms(r.percentiles.p50)}, p95 ${ms(r.percentiles.p95)}, p99 ${ms(r.percentiles.p99)}, max ${ms(r.percentiles.max)}; errors ${r.errors}, non-2xx ${r.non2xx}, timeouts ${r.timeouts}; ${describeGrowth(mem, newPostingShare)} (first/last third medians); RSS MB at each tenth: ${mem.series} (every second in ${basename(mem.file)})`,
  );
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

interface CannonOptions {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: () => string;
  path?: () => string;
  /** called for each request sent (the memory samples record how many had been sent) */
  onRequest?: () => void;
}

/** Runs autocannon for the campaign's duration; every response time is kept for exact percentiles. */
async function cannon(ctx: CampaignContext, options: CannonOptions): Promise<LoadResult> {
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

function cannonOptions(ctx: CampaignContext, options: CannonOptions): Record<string, unknown> {
  return {
    url: options.url,
    connections: 8,
    duration: ctx.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: options.method,
        headers: options.headers,
        setupRequest: (req: Record<string, unknown>) => (
          options.onRequest?.(),
          {
            ...req,
            ...(options.body ? { body: options.body() } : {}),
            ...(options.path ? { path: options.path() } : {}),
          }
        ),
      },
    ],
  };
}
