/**
 * Feed benchmark (issue 5): a 100,000-posting Indeed XML feed, streamed, against `JSON.stringify` of the
 * same postings in the same run. Each phase runs in its own child process that samples
 * `process.memoryUsage()` every 20 ms, so one phase's garbage does not count against the other.
 * Targets: peak RSS under 200 MB whatever the size; throughput at least half of the JSON baseline.
 *
 *   npm run build && node dist/bench/feed.js [--postings 100000]
 */
import { fork } from 'node:child_process';
import type { BoardPosting } from '../shared/boards/board-context';
import { writeIndeedFeed } from '../shared/boards/indeed-xml';

type Phase = 'indeed-xml' | 'json-stringify';

interface PhaseResult {
  phase: Phase;
  postings: number;
  ms: number;
  bytes: number;
  peakRssMb: number;
  peakHeapMb: number;
}

const PARAGRAPH =
  'You will design and run the services that move job postings between employers and job boards, ' +
  'own their reliability, and mentor engineers. We value clear writing, careful reviews & measured change. ';

/** Postings made one at a time (never all in memory), varied like a real board: ~2.5 KB of description each. */
export function* makePostings(count: number): Iterable<BoardPosting> {
  const cities = [
    ['Berlin', 'Berlin', 'DE'],
    ['Tokyo', 'Tokyo', 'JP'],
    ['Austin', 'Texas', 'US'],
    ['Hanoi', 'Hanoi', 'VN'],
  ] as const;
  for (let i = 0; i < count; i++) {
    const [city, region, country] = cities[i % cities.length]!;
    const text = `${PARAGRAPH.repeat(10)} Req ${i}.`;
    yield {
      id: `p${i.toString(36).padStart(10, '0')}`,
      source: {
        id: 'bench',
        kind: 'greenhouse',
        externalId: String(1_000_000 + i),
        url: `https://boards.example/jobs/${i}`,
      },
      title: `Senior Engineer ${i % 97}`,
      seniority: 'senior',
      company: { name: `Company ${i % 500}`, url: null },
      department: 'Engineering',
      employmentTypes: ['FULL_TIME'],
      locations: [{ city, region, country, workplace: i % 3 === 0 ? 'hybrid' : 'onsite', text: city }],
      salary: { min: 60000 + (i % 50) * 1000, max: 90000 + (i % 50) * 1000, currency: 'EUR', period: 'YEAR', text: '' },
      description: { html: `<p>${text}</p><ul><li>Node.js</li><li>PostgreSQL</li></ul>`, text },
      responsibilities: ['Own the syndication service', 'Mentor engineers'],
      requirements: { must: ['Node.js', 'SQL'], nice: ['Go'] },
      benefits: ['30 days of leave'],
      skills: ['Node.js', 'PostgreSQL'],
      languages: [{ code: 'en', required: true, level: 'fluent' }],
      terms: { probationMonths: 6, paidLeaveDays: 30 },
      applyUrl: `https://careers.example/jobs/${i}/apply`,
      datePosted: '2026-03-02T09:00:00Z',
      validThrough: null,
      status: 'open',
      contentHash: `h${i}`,
      quality: { score: 90, warnings: [] },
      version: 1,
      firstSeenAt: '2026-03-02T10:00:00.000Z',
      lastChangedAt: '2026-03-02T10:00:00.000Z',
    };
  }
}

async function* asAsync<T>(items: Iterable<T>): AsyncIterable<T> {
  yield* items;
}

async function runPhase(phase: Phase, count: number): Promise<PhaseResult> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const started = process.hrtime.bigint();
  let bytes = 0;
  if (phase === 'indeed-xml') {
    const feed = writeIndeedFeed(
      asAsync(makePostings(count)),
      { defaults: { publisher: 'Bench' }, publicBaseUrl: 'https://jobs.example' },
      { lastBuildDate: new Date('2026-03-03T00:00:00Z') },
    );
    for await (const chunk of feed) {
      bytes += chunk.length;
      sample();
    }
  } else {
    // the same postings, read the same way, each serialised: the cost floor of writing them out at all
    let n = 0;
    for await (const posting of asAsync(makePostings(count))) {
      bytes += JSON.stringify(posting).length;
      if (++n % 500 === 0) sample();
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(timer);
  sample();
  return { phase, postings: count, ms, bytes, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
}

function runChild(phase: Phase, count: number): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--phase', phase, '--postings', String(count)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve(message as PhaseResult));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`${phase} phase exited with ${code}`)));
  });
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const count = Number(arg('postings') ?? 100_000);
  const phase = arg('phase') as Phase | undefined;
  if (phase) {
    process.send?.(await runPhase(phase, count));
    return;
  }
  const baseline = await runChild('json-stringify', count);
  const feed = await runChild('indeed-xml', count);
  const rate = (r: PhaseResult) => r.postings / (r.ms / 1000);
  const rows = [baseline, feed].map((r) => ({
    phase: r.phase,
    postings: r.postings,
    seconds: +(r.ms / 1000).toFixed(2),
    'postings/s': Math.round(rate(r)),
    'output MB': +(r.bytes / 2 ** 20).toFixed(1),
    'peak RSS MB': +r.peakRssMb.toFixed(1),
    'peak heap MB': +r.peakHeapMb.toFixed(1),
  }));
  console.table(rows);
  const ratio = rate(feed) / rate(baseline);
  console.log(`Indeed feed throughput / JSON.stringify throughput: ${ratio.toFixed(2)} (target ≥ 0.5)`);
  console.log(`Indeed feed peak RSS: ${feed.peakRssMb.toFixed(1)} MB (target < 200 MB)`);
  if (ratio < 0.5 || feed.peakRssMb >= 200) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
