import { performance } from 'node:perf_hooks';
import type { HttpFetcher } from '../ports/http-fetcher.port';
import type { RawPosting } from '../schema/raw-posting';
import type { RunError, RunRecord } from '../schema/run';
import type { StoredSource } from '../schema/source';
import { fetchSource, parseDocuments, type SourceFetchResult } from '../sources/fetch/fetch-source';
import { closeMissing, type ClosureResult } from './close-missing';
import { CountingFetcher } from './counting-fetcher';
import type { PipelineDeps } from './deps';
import { ingest, type IngestResult } from './ingest';
import {
  addClosure,
  addFetched,
  addIngestCounts,
  addRequests,
  addRunError,
  finishRun,
  seenIdsOf,
  startRun,
} from './runs';
import { healthAfterFailure, healthAfterSuccess, reportIfFailing } from './source-health';

/** What refreshing a source needs beside the pipeline core: a fetcher for other people's pages. */
export interface RefreshDeps extends PipelineDeps {
  fetcher: HttpFetcher;
}

/** Where a run's time went, in milliseconds of wall time (benchmarks, logs). */
export interface RefreshTimings {
  fetchMs: number;
  parseMs: number;
  /** normalising, change detection, commits and publishing */
  ingestMs: number;
  closeMs: number;
}

export interface SourceRunResult {
  run: RunRecord;
  timings: RefreshTimings;
}

/**
 * Refreshes one source (DESIGN §1, §4): fetch everything it publishes → parse → ingest (normalise, detect
 * changes, commit with events, publish) → close what it no longer lists → record the run and the source's
 * health. A fetch that fails closes nothing and is recorded; a source that keeps failing is reported. A
 * board that answers 304 is not parsed and closes nothing. Closure only follows a complete read of the board,
 * and its guard refuses a suspicious share (a board that suddenly lists nothing).
 */
export async function refreshSource(
  deps: RefreshDeps,
  source: StoredSource,
  trigger: RunRecord['trigger'],
  options: { budgetMs?: number | null } = {},
): Promise<SourceRunResult> {
  const timings: RefreshTimings = { fetchMs: 0, parseMs: 0, ingestMs: 0, closeMs: 0 };
  const fetcher = new CountingFetcher(deps.fetcher);
  let run = startRun(deps, source.config.id, trigger);
  let fetched: SourceFetchResult;
  let postings: RawPosting[];
  try {
    fetched = await timed(timings, 'fetchMs', () =>
      fetchSource(
        {
          fetcher,
          validators: source.health.validators,
          logger: deps.logger.child({ sourceId: source.config.id }),
          isOutOfTime: deadlineOf(deps, options.budgetMs),
        },
        source.config,
      ),
    );
    const parsed = await timed(timings, 'parseMs', async () => parseDocuments(source.config, fetched.documents));
    postings = parsed.postings;
    for (const error of [...fetched.errors, ...parsed.errors]) run = withRunError(run, error);
    if (parsed.errors.length > 0) fetched = { ...fetched, complete: false };
  } catch (error) {
    return { run: await recordFailure(deps, source, addRequests(run, fetcher.tally), error), timings };
  }
  run = addRequests(run, fetcher.tally);
  if (fetched.notModified) return { run: await recordNotModified(deps, source, run, fetched), timings };
  return { run: await storeAndClose(deps, source, run, fetched, postings, timings), timings };
}

/** Ingests what was read, closes what is missing (after a complete read only), and records it all. */
async function storeAndClose(
  deps: RefreshDeps,
  source: StoredSource,
  started: RunRecord,
  fetched: SourceFetchResult,
  postings: RawPosting[],
  timings: RefreshTimings,
): Promise<RunRecord> {
  const { config } = source;
  const ingestSource = { id: config.id, company: config.company, tags: config.tags };
  const result: IngestResult = await timed(timings, 'ingestMs', () =>
    ingest(deps, { source: ingestSource, items: postings.map((raw) => ({ raw })) }),
  );
  const seen = seenIdsOf(result.outcomes);
  const closure: ClosureResult = await timed(timings, 'closeMs', () =>
    closeMissing(deps, {
      source: { id: config.id, maxCloseShare: config.maxCloseShare },
      seenIds: seen,
      fetchOk: fetched.complete,
    }),
  );
  let run = addClosure(addIngestCounts(addFetched(started, postings.length), result.counts), closure);
  if (!fetched.complete) run = withRunError(run, incompleteNotice(fetched));
  const final = await finishRun(deps, run);
  const postingsCount = closure.outcome === 'skipped' ? seen.length : closure.open - closure.closed.length;
  const partialError = final.errors[0] ? { code: final.errors[0].code, message: final.errors[0].message } : null;
  await deps.store.updateSourceHealth(
    config.id,
    healthAfterSuccess(source.health, final, { postingsCount, validators: fetched.validators, partialError }),
  );
  return final;
}

/** A 304 for every list document: nothing was parsed, stored or closed. */
async function recordNotModified(
  deps: RefreshDeps,
  source: StoredSource,
  run: RunRecord,
  fetched: SourceFetchResult,
): Promise<RunRecord> {
  const final = await finishRun(deps, run, 'not-modified');
  const validators = { ...source.health.validators, ...fetched.validators };
  await deps.store.updateSourceHealth(
    source.config.id,
    healthAfterSuccess(source.health, final, {
      postingsCount: source.health.postingsCount,
      validators,
      partialError: null,
    }),
  );
  return final;
}

/** The source could not be read: nothing is closed, the failure is recorded and, when it keeps happening, reported. */
async function recordFailure(
  deps: RefreshDeps,
  source: StoredSource,
  run: RunRecord,
  error: unknown,
): Promise<RunRecord> {
  const health = healthAfterFailure(source.health, run, error);
  let failed = addRunError(run, error, (error as { details?: { url?: string } }).details?.url ?? null);
  if (reportIfFailing(deps.logger, source.config.id, health)) {
    const message = `${health.consecutiveFailures} consecutive failed runs; last success ${health.lastSuccessAt ?? 'never'}`;
    failed = withRunError(failed, { code: 'SOURCE.FAILING', message, url: null });
  }
  const final = await finishRun(deps, failed, 'failed');
  await deps.store.updateSourceHealth(source.config.id, { ...health, lastRunId: final.id });
  return final;
}

function incompleteNotice(fetched: SourceFetchResult): RunError {
  return {
    code: 'SOURCE.INCOMPLETE',
    message: `${fetched.errors.length} page(s) could not be read; nothing was closed`,
    url: null,
  };
}

/** Adds an error that is already in run-record shape (page failures the fetch reported). */
function withRunError(run: RunRecord, error: RunError): RunRecord {
  return { ...run, errors: [...run.errors, { ...error, message: error.message.slice(0, 500) }].slice(-50) };
}

/** `isOutOfTime` for a budget counted on the deps' clock from now; never out of time without a budget. */
function deadlineOf(deps: RefreshDeps, budgetMs: number | null | undefined): () => boolean {
  if (budgetMs === null || budgetMs === undefined) return () => false;
  const deadline = deps.clock.now().getTime() + budgetMs;
  return () => deps.clock.now().getTime() >= deadline;
}

async function timed<T>(timings: RefreshTimings, key: keyof RefreshTimings, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await step();
  } finally {
    timings[key] += performance.now() - start;
  }
}
