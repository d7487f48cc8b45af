/**
 * Where normalising spends its time, by function: a CPU profile of a few warm rounds over the normalize bench's
 * corpus, printed as self time and as inclusive time (a function and everything it calls). For finding
 * hotspots; the ratio itself is `npm run bench -- normalize`.
 *
 *   node -r @swc-node/register bench/normalize-profile.ts [--rounds 3] [--postings 2400] [--top 40] [--kind markdown,text]
 *
 * `--kind` profiles only the corpus items of the given kinds (comma-separated, as the bench prints them).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { normalizePosting } from '../shared/normalize/normalize-posting';
import { PostingContract } from '../shared/normalize/posting-contract';
import { parseInput } from '../shared/sources/parse-input';
import { buildCorpus, type CorpusItem } from './normalize-corpus';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const context = { sourceId: 'bench', now: new Date('2026-11-20T00:00:00Z') };

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** What the normalize bench times: parse, normalise, and the CLI's contract check of each posting. */
function normalizeAll(corpus: CorpusItem[]): void {
  for (const item of corpus)
    for (const raw of parseInput(item.content)) PostingContract.safeParse(normalizePosting(raw, context));
}

/** The corpus items of the kinds `--kind` names (all of them without the flag). */
function ofKinds(corpus: CorpusItem[]): CorpusItem[] {
  const i = process.argv.indexOf('--kind');
  const kinds = i >= 0 ? new Set((process.argv[i + 1] ?? '').split(',')) : null;
  return kinds ? corpus.filter((item) => kinds.has(item.kind)) : corpus;
}

const labelOf = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.includes('node_modules/')
    ? `~${url.split('node_modules/').pop() ?? ''}`
    : url.replace(/^.*\/(shared|bench|cli)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
};

function report(profile: Profile, top: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const sample of profile.samples) {
    const leaf = byId.get(sample);
    if (!leaf) continue;
    self.set(labelOf(leaf), (self.get(labelOf(leaf)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (node) seen.add(labelOf(node));
    }
    for (const label of seen) inclusive.set(label, (inclusive.get(label) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const print = (title: string, counts: Map<string, number>): void => {
    console.log(`\n${title}`);
    for (const [label, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${label}`);
  };
  print('self time by function', self);
  print('inclusive time by function', inclusive);
  if (process.argv.includes('--tree')) printTree(profile, argValue('--min', 0.5));
}

/** The call tree top-down (same frames merged under one parent), pruned below `min` percent. */
function printTree(profile: Profile, min: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map<number, number>();
  for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  const total = profile.samples.length;
  const weight = (ids: number[]): number =>
    ids.reduce((sum, id) => sum + (hits.get(id) ?? 0) + weight(byId.get(id)?.children ?? []), 0);
  const walk = (ids: number[], depth: number): void => {
    const groups = new Map<string, number[]>();
    for (const id of ids) {
      const node = byId.get(id);
      if (!node) continue;
      const label = labelOf(node);
      groups.set(label, [...(groups.get(label) ?? []), ...(node.children ?? [])]);
      if (hits.get(id)) groups.get(label)?.push(-id);
    }
    const rows = [...groups].map(([label, children]) => {
      const own = children.filter((c) => c < 0).reduce((s, c) => s + (hits.get(-c) ?? 0), 0);
      const kids = children.filter((c) => c > 0);
      return { label, kids, w: own + weight(kids) };
    });
    for (const row of rows.sort((a, b) => b.w - a.w)) {
      if ((100 * row.w) / total < min) continue;
      console.log(`${'  '.repeat(depth)}${((100 * row.w) / total).toFixed(1)}% ${row.label}`);
      walk(row.kids, depth + 1);
    }
  };
  console.log('\ncall tree');
  walk([profile.nodes[0]?.id ?? 1], 0);
}

async function main(): Promise<void> {
  const corpus = ofKinds(buildCorpus(argValue('--postings', 2400)));
  normalizeAll(corpus);
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  const rounds = argValue('--rounds', 3);
  for (let r = 0; r < rounds; r++) normalizeAll(corpus);
  const { profile } = (await post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  if (process.argv.includes('--save')) writeFileSync('normalize.cpuprofile', JSON.stringify(profile));
  report(profile, argValue('--top', 40));
}

void main();
