/**
 * Normalisation benchmark (issue 2): postings per second over a deterministic corpus of every input kind
 * (bench/normalize-corpus.ts), against a bare `cheerio.load(html).text()` over the same postings' HTML in the
 * same run. Target: normalising costs at most 3× the bare parse.
 *
 * The normalising side does per posting what `jobrelay normalize` does (cli/commands/normalize.ts): parse the
 * input, normalise each posting, and check it against the posting contract before it may be printed (the
 * ingest pipeline checks it the same way). Printing the JSON is left out, as the baseline prints nothing.
 *
 *   npm run bench -- normalize [--postings 2400] [--rounds 5] [--profile]
 *
 * `--profile` records a CPU profile of one normalising round and prints where the time goes, by source file.
 *
 * Method, the same for both sides: one untimed pass of each (compiles the code and the regexes, sizes the young
 * generation), then `--rounds` rounds of a bare-parse pass followed by a normalising pass, so each side always
 * runs right after the other and inherits the other's garbage the same way; each side's figure is the median of
 * its rounds' wall times. Wall time, not CPU time: V8 collects garbage on helper threads, which a main-thread CPU
 * clock would leave out of the bare parse's cost.
 *
 * Why the ratio moves between processes (measured, see the README): the bare parse is mostly garbage collection.
 * Building and dropping a cheerio DOM per posting fills the young generation ~15 times a pass and grows the old
 * generation ~85 MB a pass, and those pauses took 56–70% of its wall time (normalising: 3–7%). How long the
 * pauses take follows what else the machine runs more than the code being timed, so the denominator moves with
 * the machine. The bench prints the GC pauses of each side and the spread of the per-round ratios, to tell a
 * slower tree from a noisier run; to compare two trees, alternate several processes of each (normalize-cpu.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { load } from 'cheerio';
import { normalizePosting } from '../shared/normalize/normalize-posting';
import { PostingContract } from '../shared/normalize/posting-contract';
import { parseInput } from '../shared/sources/parse-input';
import { buildCorpus, type CorpusItem } from './normalize-corpus';

const TARGET_RATIO = 3;
const context = { sourceId: 'bench', now: new Date('2026-11-20T00:00:00Z') };

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function normalizeItem(item: CorpusItem): number {
  let count = 0;
  for (const raw of parseInput(item.content)) {
    const posting = normalizePosting(raw, context);
    // the CLI's contract check (assertContract): a posting that breaks the contract is never output
    if (!PostingContract.safeParse(posting).success) throw new Error(`bench: ${item.kind} posting breaks the contract`);
    count++;
  }
  return count;
}

function baselineItem(item: CorpusItem): number {
  let chars = 0;
  for (const html of item.htmls) chars += load(html).text().length;
  return chars;
}

/** Milliseconds per kind for one pass of `work` over the corpus. */
function timePass(corpus: CorpusItem[], work: (item: CorpusItem) => number): Map<string, number> {
  const byKind = new Map<string, number>();
  for (const item of corpus) {
    const start = process.hrtime.bigint();
    work(item);
    byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + Number(process.hrtime.bigint() - start) / 1e6);
  }
  return byKind;
}

/** A timed pass's start and end on the performance clock, to tell which GC pauses fell inside it. */
interface Window {
  start: number;
  end: number;
}

function timed<T>(windows: Window[], work: () => T): T {
  const start = performance.now();
  const result = work();
  windows.push({ start, end: performance.now() });
  return result;
}

/** The GC pauses (start, duration on the performance clock) from now until `stop`. */
function recordGcPauses(): { stop: () => Promise<Window[]> } {
  const pauses: Window[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    // the observer is told of entries asynchronously: let it catch up before reading them
    stop: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          observer.disconnect();
          resolve(pauses);
        }, 50),
      ),
  };
}

/** "X ms (Y% of its time)": the median round's GC pause time for one side's passes. */
function gcShare(pauses: Window[], windows: Window[]): string {
  const inWindow = windows.map((w) =>
    pauses.filter((p) => p.start >= w.start && p.start < w.end).reduce((sum, p) => sum + p.end - p.start, 0),
  );
  const shares = windows.map((w, i) => (inWindow[i] ?? 0) / (w.end - w.start));
  return `${median(inWindow).toFixed(0)} ms (${(100 * median(shares)).toFixed(0)}% of its time)`;
}

const total = (byKind: Map<string, number>): number => [...byKind.values()].reduce((a, b) => a + b, 0);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function profileRound(corpus: CorpusItem[]): Promise<void> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  timePass(corpus, normalizeItem);
  const { profile } = (await post('Profiler.stop')) as {
    profile: { nodes: { id: number; callFrame: { url: string } }[]; samples: number[] };
  };
  session.disconnect();
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const byFile = new Map<string, number>();
  for (const sample of profile.samples) {
    const url = urlOf.get(sample) ?? '';
    const file = url.includes('node_modules/')
      ? `node_modules/${url.split('node_modules/').pop()?.split('/')[0] ?? ''}`
      : url.replace(/^.*\/(shared|bench|cli)\//, '$1/') || '(native, gc, idle)';
    byFile.set(file, (byFile.get(file) ?? 0) + 1);
  }
  console.log('\nwhere normalising spends its time (self time by file, one round):');
  for (const [file, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 18))
    console.log(`  ${((100 * n) / profile.samples.length).toFixed(1).padStart(5)}%  ${file}`);
}

async function main(): Promise<void> {
  const corpus = buildCorpus(argValue('--postings', 2400));
  const rounds = argValue('--rounds', 5);
  const postings = corpus.reduce((sum, item) => sum + item.postings, 0);
  const bytes = corpus.reduce((sum, item) => sum + item.content.length, 0);
  console.log(
    `corpus: ${postings} postings in ${corpus.length} inputs (${(bytes / 1e6).toFixed(1)} MB), kinds: ${[...new Set(corpus.map((i) => i.kind))].join(', ')}`,
  );

  timePass(corpus, baselineItem);
  timePass(corpus, normalizeItem);
  const pauses = recordGcPauses();
  const normalizeRounds: Map<string, number>[] = [];
  const baselineRounds: Map<string, number>[] = [];
  const normalizeWindows: Window[] = [];
  const baselineWindows: Window[] = [];
  for (let r = 0; r < rounds; r++) {
    baselineRounds.push(timed(baselineWindows, () => timePass(corpus, baselineItem)));
    normalizeRounds.push(timed(normalizeWindows, () => timePass(corpus, normalizeItem)));
  }
  const normalizeMs = median(normalizeRounds.map(total));
  const baselineMs = median(baselineRounds.map(total));
  const ratio = normalizeMs / baselineMs;
  const gc = await pauses.stop();

  console.log(
    `\nnormalise (parseInput + normalizePosting + contract check): ${normalizeMs.toFixed(0)} ms, ${((postings / normalizeMs) * 1000).toFixed(0)} postings/s (median of ${rounds} rounds)`,
  );
  console.log(
    `baseline (cheerio.load(html).text()):                       ${baselineMs.toFixed(0)} ms, ${((postings / baselineMs) * 1000).toFixed(0)} postings/s`,
  );
  console.log(
    `ratio: ${ratio.toFixed(2)}× the bare parse (target ≤ ${TARGET_RATIO}×) ${ratio <= TARGET_RATIO ? 'OK' : 'OVER TARGET'}`,
  );
  const roundRatios = normalizeRounds.map((n, r) => total(n) / total(baselineRounds[r] ?? new Map()));
  console.log(
    `per-round ratios (each normalising round over the bare parse just before it): ${Math.min(...roundRatios).toFixed(2)}–${Math.max(...roundRatios).toFixed(2)}`,
  );
  console.log(
    `GC pauses, median round: normalise ${gcShare(gc, normalizeWindows)}, baseline ${gcShare(gc, baselineWindows)}`,
  );
  console.log('\nby kind (median round):      normalise   baseline   ratio');
  for (const kind of normalizeRounds[0]?.keys() ?? []) {
    const n = median(normalizeRounds.map((m) => m.get(kind) ?? 0));
    const b = median(baselineRounds.map((m) => m.get(kind) ?? 0));
    console.log(
      `  ${kind.padEnd(18)} ${n.toFixed(0).padStart(10)} ms ${b.toFixed(0).padStart(7)} ms ${(n / b).toFixed(2).padStart(6)}×`,
    );
  }

  const results = {
    postings,
    inputs: corpus.length,
    rounds,
    normalizeMs,
    baselineMs,
    ratio,
    postingsPerSecond: (postings / normalizeMs) * 1000,
    target: TARGET_RATIO,
    roundRatios,
  };
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'normalize.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (process.argv.includes('--profile')) await profileRound(corpus);
}

void main();
