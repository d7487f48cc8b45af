/**
 * CPU and wall time of normalising the bench corpus, for comparing a change with the tree before it while other work
 * runs on the machine: process CPU time (user + system, which includes V8's garbage-collector threads) is less
 * disturbed by other processes than wall time. Prints the minimum and the median over the rounds of normalising (as
 * the bench does it) and of the bare parse. Run it a few times, in separate processes, before and after a change,
 * and compare minima.
 *
 * Compare like with like: the main thread's CPU time leaves out the garbage collection V8 runs on its helper
 * threads, a large part of the bare parse's cost (its main-thread time was 0.3–0.5 s a pass, 0.8–1.7 s with
 * `--single-threaded-gc`) and little of normalising's, so `thread` normalise / bare parse (6–7× under load) is no
 * estimate of the bench's wall-time ratio (about 3×): use it for normalise before against normalise after.
 *
 *   node -r @swc-node/register bench/normalize-cpu.ts [--rounds 5] [--postings 2400] [--kind markdown,text]
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { normalizePosting } from '../shared/normalize/normalize-posting';
import { PostingContract } from '../shared/normalize/posting-contract';
import { parseInput } from '../shared/sources/parse-input';
import { buildCorpus, type CorpusItem } from './normalize-corpus';

const context = { sourceId: 'bench', now: new Date('2026-11-20T00:00:00Z') };

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function ofKinds(corpus: CorpusItem[]): CorpusItem[] {
  const i = process.argv.indexOf('--kind');
  const kinds = i >= 0 ? new Set((process.argv[i + 1] ?? '').split(',')) : null;
  return kinds ? corpus.filter((item) => kinds.has(item.kind)) : corpus;
}

function normalizeAll(corpus: CorpusItem[]): void {
  for (const item of corpus)
    for (const raw of parseInput(item.content)) PostingContract.safeParse(normalizePosting(raw, context));
}

function parseAll(corpus: CorpusItem[]): void {
  for (const item of corpus) for (const html of item.htmls) load(html).text();
}

interface Timing {
  /** the main thread's CPU time (Linux only; 10 ms resolution): what the code itself costs */
  thread: number;
  /** the process's CPU time, garbage-collector threads included */
  cpu: number;
  wall: number;
}

/** The main thread's user + system CPU milliseconds so far, from /proc (NaN where there is no /proc). */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // the fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** CPU milliseconds (main thread; user + system of the process) and wall milliseconds one call of `work` takes. */
function timed(work: () => void): Timing {
  const threadStart = mainThreadCpuMs();
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  work();
  const used = process.cpuUsage(cpuStart);
  return {
    thread: mainThreadCpuMs() - threadStart,
    cpu: (used.user + used.system) / 1000,
    wall: Number(process.hrtime.bigint() - wallStart) / 1e6,
  };
}

const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);

/** "min M median D" of the rounds' values. */
function summary(values: number[]): string {
  const s = sorted(values);
  return `min ${(s[0] ?? NaN).toFixed(0)} median ${(s[Math.floor(s.length / 2)] ?? NaN).toFixed(0)}`;
}

function main(): void {
  const corpus = ofKinds(buildCorpus(argValue('--postings', 2400)));
  const rounds = argValue('--rounds', 5);
  normalizeAll(corpus);
  parseAll(corpus);
  const normalising: Timing[] = [];
  const parsing: Timing[] = [];
  for (let r = 0; r < rounds; r++) {
    parsing.push(timed(() => parseAll(corpus)));
    normalising.push(timed(() => normalizeAll(corpus)));
  }
  for (const key of ['thread', 'cpu', 'wall'] as const)
    console.log(
      `${key.padEnd(6)} ms: normalise ${summary(normalising.map((t) => t[key]))} | bare parse ${summary(parsing.map((t) => t[key]))}`,
    );
}

main();
