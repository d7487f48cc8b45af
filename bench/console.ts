/**
 * Console benchmark (issue 8): pages of the HR console's posting search on 10,000 embedded postings (five
 * sources, eight countries, quality warnings, two partners' board records), each against a baseline
 * measured in the same run: one unfiltered page of `queryPostings` (the store's plainest page read); then the
 * whole list page of the console (the use case's reads, board records of the page included, and the HTML).
 *
 *   npm run bench -- console [--postings 10000] [--runs 30]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostingStore } from '../shared/adapters/embedded/embedded-posting-store';
import type { PostingSearch, PostingStore } from '../shared/ports/posting-store.port';
import { seedConsoleCorpus } from './support/console-corpus';
import { listPostings } from '../shared/console/console-queries';
import { systemClock } from '../shared/adapters/system-clock';
import { parseFilters, searchOf } from '../functions/console/console-filters';
import { postingsPage } from '../functions/console/views/postings-page';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const POSTINGS = option('postings', 10_000);
const RUNS = option('runs', 30);

/** The median of `RUNS` timed calls, in milliseconds (after two warm-up calls). */
async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The cursor of page `n` (1-based) of a search. */
async function cursorOfPage(store: PostingStore, search: PostingSearch, n: number): Promise<string | null> {
  let cursor: string | null = null;
  for (let page = 1; page < n; page++) cursor = (await store.searchPostings({ ...search, cursor })).nextCursor;
  return cursor;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-bench-console-'));
  const store = new EmbeddedPostingStore({ dataDir });
  try {
    const seeded = Date.now();
    await seedConsoleCorpus(store, POSTINGS);
    console.log(`seeded ${POSTINGS} postings and their board records in ${Date.now() - seeded} ms`);
    const baseline = await median(() => store.queryPostings({ limit: 50 }));
    const filtered: PostingSearch = { status: 'open', country: 'DE', text: 'engineer', limit: 50 };
    const deep = await cursorOfPage(store, { limit: 50 }, 40);
    const cases: Array<[string, PostingSearch]> = [
      ['first page, no filter', { limit: 50 }],
      ['open + country DE + text "engineer"', filtered],
      ['page 40, no filter', { limit: 50, cursor: deep }],
      ['quality warning missing_salary + source', { warning: 'missing_salary', sourceId: 'source-2', limit: 50 }],
      ['rare text "platform reliability"', { text: 'platform reliability', limit: 50 }],
      ['rejected on linkedin', { board: { partnerId: 'linkedin', status: 'rejected' }, limit: 50 }],
      [
        'not on demo-board + country JP',
        { board: { partnerId: 'demo-board', status: 'none' }, country: 'JP', limit: 50 },
      ],
    ];
    console.log(`baseline: queryPostings({limit: 50}) median ${baseline.toFixed(2)} ms over ${RUNS} runs`);
    for (const [name, search] of cases) {
      const page = await store.searchPostings(search);
      const ms = await median(() => store.searchPostings(search));
      console.log(
        `${name.padEnd(44)} ${ms.toFixed(2).padStart(7)} ms  ×${(ms / baseline).toFixed(2)} baseline  ` +
          `(${page.hits.length} hits, total ${page.total})`,
      );
    }
    const query = new URLSearchParams({ status: 'open', country: 'DE', q: 'engineer' });
    const renderPage = async () => {
      const { filters } = parseFilters(query);
      const view = await listPostings({ store, clock: systemClock }, searchOf(filters));
      return postingsPage({ section: 'postings', user: 'bench', csrf: 'x' }, view, filters).toString();
    };
    const pageMs = await median(renderPage);
    const bytes = (await renderPage()).length;
    console.log(
      `${'whole list page (filtered, 50 rows, HTML)'.padEnd(44)} ${pageMs.toFixed(2).padStart(7)} ms  ×${(pageMs / baseline).toFixed(2)} baseline  (${bytes} bytes)`,
    );
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
