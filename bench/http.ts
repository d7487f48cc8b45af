/**
 * HTTP benchmark (issue 6): requests per second and p50/p99 latency of `POST /postings` on the local server
 * (`jobrelay serve`, embedded store), first with postings it already holds (unchanged: no write, no event),
 * then with new ones (normalise, commit posting + outbox event, publish), and, in the same run, the same
 * load against a bare Functions Framework function that answers 200: the baseline the ratios are against.
 *
 * The servers run in a child process and autocannon in this one, so the load generator does not share the
 * servers' event loop. Event delivery is paused while measuring (events stay queued, durable), so the
 * figures are those of the request path alone.
 *
 *   npm run build && node dist/bench/http.js [--seconds 10] [--connections 10]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Ports {
  local: number;
  baseline: number;
  hrKey: string;
}

interface PhaseResult {
  phase: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};

/** A typical HR submission: an HTML job description of about 1.5 KB. */
function submission(externalId: string): string {
  const bullets = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const html =
    `<h1>Backend Engineer</h1><p>Location: Berlin, Germany (hybrid). Full-time. Salary: 70,000–85,000 EUR per year.</p>` +
    `<p>${'We move job postings between employers and job boards, reliably and fast. '.repeat(12)}</p>` +
    `<h2>Responsibilities</h2>${bullets(['Design services in TypeScript', 'Own the Postgres schema', 'Mentor engineers', 'Run what you build'])}` +
    `<h2>Requirements</h2>${bullets(['5+ years of backend work', 'Node.js and PostgreSQL', 'Kubernetes in production'])}` +
    `<h2>Benefits</h2>${bullets(['30 days paid leave', 'Learning budget'])}`;
  return JSON.stringify({
    type: 'document',
    format: 'html',
    content: html,
    externalId,
    company: 'Acme Corp',
    url: `https://acme.example/jobs/${externalId}`,
  });
}

// ---------------------------------------------------------------------------------------------- child: servers

async function serveServers(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-bench-http-'));
  const { http } = require('@google-cloud/functions-framework') as typeof import('@google-cloud/functions-framework');
  const { getTestServer } =
    require('@google-cloud/functions-framework/testing') as typeof import('@google-cloud/functions-framework/testing');
  const { startLocalServer } =
    require('../cli/serve/start-local-server') as typeof import('../cli/serve/start-local-server');
  const running = await startLocalServer({
    port: 0,
    host: '127.0.0.1',
    demo: false,
    env: { ...process.env, JOBRELAY_DATA_DIR: dataDir, JOBRELAY_LOG_LEVEL: 'ERROR' },
    write: () => undefined,
  });
  running.local.bus?.stop();
  http('benchBaseline', (_req, res) => {
    res.status(200).send('ok');
  });
  const baseline = getTestServer('benchBaseline');
  await new Promise<void>((resolve) => baseline.listen(0, '127.0.0.1', resolve));
  const ports: Ports = {
    local: Number(new URL(running.url).port),
    baseline: (baseline.address() as { port: number }).port,
    hrKey: running.credentials.hrKey,
  };
  process.send!(ports);
  process.on('message', (message) => {
    if (message !== 'stop') return;
    void (async () => {
      await new Promise((resolve) => baseline.close(resolve));
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    })();
  });
}

// ---------------------------------------------------------------------------------------------- parent: load

async function load(
  phase: string,
  url: string,
  options: { seconds: number; connections: number; headers: Record<string, string>; body: () => string },
): Promise<PhaseResult> {
  const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<{
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  }>;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        setupRequest: (req: object) => ({ ...req, body: options.body() }),
      },
    ],
  });
  return {
    phase,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main(): Promise<void> {
  const seconds = arg('seconds', 10);
  const connections = arg('connections', 10);
  const child: ChildProcess = fork(__filename, ['--serve'], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ports = await new Promise<Ports>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ports));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)));
  });
  const auth = { authorization: `Bearer ${ports.hrKey}` };
  const postings = `http://127.0.0.1:${ports.local}/postings`;
  const warm = await fetch(postings, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: submission('known'),
  });
  if (warm.status !== 200) throw new Error(`warm-up answered ${warm.status}: ${await warm.text()}`);
  let next = 0;
  const results = [
    await load('baseline: bare Functions Framework 200', `http://127.0.0.1:${ports.baseline}/`, {
      seconds,
      connections,
      headers: {},
      body: () => submission('known'),
    }),
    await load('POST /postings, unchanged', postings, {
      seconds,
      connections,
      headers: auth,
      body: () => submission('known'),
    }),
    await load('POST /postings, new', postings, {
      seconds,
      connections,
      headers: auth,
      body: () => submission(`new-${next++}`),
    }),
  ];
  child.send('stop');
  report(results, { seconds, connections });
}

function report(results: PhaseResult[], config: { seconds: number; connections: number }): void {
  const baseline = results[0]!;
  console.log(
    `autocannon, ${config.connections} connections, ${config.seconds} s per phase, loopback; body ≈ ${Buffer.byteLength(submission('x'))} bytes`,
  );
  console.log(
    'phase'.padEnd(42) +
      'req/s'.padStart(9) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9) +
      '  vs baseline (req/s)' +
      '  non-2xx',
  );
  for (const r of results) {
    const ratio = r.requestsPerSecond / baseline.requestsPerSecond;
    console.log(
      r.phase.padEnd(42) +
        r.requestsPerSecond.toFixed(0).padStart(9) +
        String(r.p50Ms).padStart(9) +
        String(r.p99Ms).padStart(9) +
        `  ${ratio.toFixed(3)}x`.padStart(21) +
        String(r.non2xx + r.errors).padStart(9),
    );
  }
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'http.json'),
    JSON.stringify({ at: new Date().toISOString(), ...config, results }, null, 2) + '\n',
  );
}

if (process.argv.includes('--serve')) void serveServers();
else
  void main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
