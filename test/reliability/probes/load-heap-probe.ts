/**
 * What grows in the load server under `POST /postings`? Forks the load server with `--expose-gc`, drives it with
 * autocannon (8 connections) for `seconds`, writes heap snapshots after a GC once warm and at the end, and prints
 * the live heap (after GC) over time and the constructors whose retained count/size grew most between the two.
 *   node -r @swc-node/register test/reliability/probes/load-heap-probe.ts [seconds=60] [mix=mixed|resubmit|new] [outDir]
 */
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { submission } from '../scenarios/load';

const seconds = Number(process.argv[2] ?? 60);
const mix = process.argv[3] ?? 'mixed';
const outDir = process.argv[4] ?? join('test-results', 'reliability', `probe-${Date.now()}`);

const body = submission;

/** Counts and self sizes per node name (constructor) in a .heapsnapshot. */
function summarize(file: string): Map<string, { count: number; size: number }> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const types = snap.snapshot.meta.node_types[0];
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' ? snap.strings[snap.nodes[i + nameAt]!]! : `(${type})`;
    const key = type === 'closure' ? `closure ${name}` : name;
    const entry = out.get(key) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += snap.nodes[i + sizeAt]!;
    out.set(key, entry);
  }
  return out;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const child = fork(join(__dirname, '..', 'support', 'load-server.ts'), [], {
    execArgv: ['--expose-gc', '-r', '@swc-node/register'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const live: string[] = [];
  let onSnapshot: ((p: string) => void) | null = null;
  const ready = await new Promise<{ port: number; hrKey: string }>((resolve) =>
    child.on(
      'message',
      (m: {
        sample?: { live: boolean; heapUsed: number; rss: number; heapTotal: number; external: number };
        snapshotWritten?: string;
        port?: number;
        hrKey?: string;
      }) => {
        if (m.sample?.live)
          live.push(
            [m.sample.heapUsed, m.sample.heapTotal, m.sample.external, m.sample.rss]
              .map((v) => (v / 2 ** 20).toFixed(0))
              .join('/'),
          );
        else if (m.snapshotWritten) onSnapshot?.(m.snapshotWritten);
        else if (!m.sample) resolve(m as { port: number; hrKey: string });
      },
    ),
  );
  const snapshot = (name: string) =>
    new Promise<string>((resolve) => {
      onSnapshot = resolve;
      child.send({ snapshot: join(outDir, name) });
    });
  let n = 0;
  const next = () => {
    n += 1;
    if (mix === 'new') return body(`new-${n}`);
    if (mix === 'resubmit') return body(`known-${n % 200}`);
    return body(n % 5 === 0 ? `new-${n}` : `known-${n % 200}`);
  };
  const autocannon = require('autocannon') as (
    o: Record<string, unknown>,
  ) => Promise<{ requests: { total: number }; non2xx: number }>;
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${ready.port}/postings`,
      connections: 8,
      duration,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.hrKey}` },
          setupRequest: (r: object) => ({ ...r, body: next() }),
        },
      ],
    });
  const warm = Math.max(5, Math.round(seconds * 0.2));
  await run(warm);
  const a = await snapshot('start.heapsnapshot');
  const r = await run(seconds - warm);
  const b = await snapshot('end.heapsnapshot');
  console.log(
    `mix ${mix}: ${n} requests (${r.requests.total} after warm-up, non2xx ${r.non2xx}); live heapUsed/heapTotal/external/RSS MB every 5 s: ${live.join(' ')}`,
  );
  child.send('stop');
  const [sa, sb] = [summarize(a), summarize(b)];
  const rows = [...sb].map(([k, v]) => ({
    k,
    dc: v.count - (sa.get(k)?.count ?? 0),
    ds: v.size - (sa.get(k)?.size ?? 0),
    c: v.count,
  }));
  rows.sort((x, y) => y.ds - x.ds);
  console.log('constructor: +count (now) +KB');
  for (const x of rows.slice(0, 25))
    console.log(`${x.k.slice(0, 60)}: +${x.dc} (${x.c}) +${(x.ds / 1024).toFixed(0)} KB`);
}

void main();
