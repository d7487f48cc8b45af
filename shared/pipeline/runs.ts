import { randomBytes } from 'node:crypto';
import { describeError } from '../errors';
import type { RunCounts, RunError, RunRecord, RunStatus } from '../schema/run';
import type { ClosureResult } from './close-missing';
import type { PipelineDeps } from './deps';
import type { IngestCounts } from './ingest';

/**
 * Run records (`runs/{id}`, DESIGN §6): one document per refresh run, written once when it ends, under a
 * random id, so no document is written by every run (no hot "last run" document) and an unchanged refresh
 * costs exactly this one write. The refresh use case starts a run, adds what each step reports, and finishes it.
 */

const EMPTY_COUNTS: RunCounts = {
  fetched: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  closed: 0,
  reopened: 0,
  rejected: 0,
  duplicates: 0,
};

/** A random, unguessable run id: 20 hex digits spread writes over Firestore's key space. */
export const newRunId = (): string => randomBytes(10).toString('hex');

/** A run in memory, status `running`; nothing is written until `finishRun`. */
export function startRun(
  deps: Pick<PipelineDeps, 'clock'>,
  sourceId: string,
  trigger: RunRecord['trigger'] = 'schedule',
): RunRecord {
  return {
    id: newRunId(),
    sourceId,
    trigger,
    status: 'running',
    startedAt: deps.clock.now().toISOString(),
    finishedAt: null,
    durationMs: null,
    counts: { ...EMPTY_COUNTS },
    suspectedClosures: null,
    errors: [],
    requests: {},
  };
}

/** Adds postings fetched (before ingest, which may reject some). */
export const addFetched = (run: RunRecord, fetched: number): RunRecord => ({
  ...run,
  counts: { ...run.counts, fetched: run.counts.fetched + fetched },
});

/** Adds an ingest's counts (one run may ingest in several batches). */
export function addIngestCounts(run: RunRecord, counts: IngestCounts): RunRecord {
  const c = run.counts;
  return {
    ...run,
    counts: {
      ...c,
      created: c.created + counts.created,
      updated: c.updated + counts.updated,
      unchanged: c.unchanged + counts.unchanged,
      // a posting its source marked closed counts as closed, like one missing from the board
      closed: c.closed + counts.closed,
      reopened: c.reopened + counts.reopened,
      rejected: c.rejected + counts.rejected,
      duplicates: c.duplicates + counts.duplicates,
    },
  };
}

/** Adds what closure did; a refused closure flags the run `suspicious` with the figures. */
export function addClosure(run: RunRecord, closure: ClosureResult): RunRecord {
  if (closure.outcome === 'suspicious') {
    return { ...run, status: 'suspicious', suspectedClosures: { wouldClose: closure.wouldClose, open: closure.open } };
  }
  return { ...run, counts: { ...run.counts, closed: run.counts.closed + closure.closed.length } };
}

/** Records an error (a failed page, a failed fetch); the message is kept short and the URL when there is one. */
export function addRunError(run: RunRecord, error: unknown, url: string | null = null): RunRecord {
  const { code, message } = describeError(error);
  const entry: RunError = { code, message: message.slice(0, 500), url };
  return { ...run, errors: [...run.errors, entry].slice(-50) };
}

/** Adds HTTP request outcomes (ok, not-modified, retried, failed, blocked). */
export function addRequests(run: RunRecord, requests: Record<string, number>): RunRecord {
  const merged = { ...run.requests };
  for (const [outcome, count] of Object.entries(requests)) merged[outcome] = (merged[outcome] ?? 0) + count;
  return { ...run, requests: merged };
}

/**
 * Ends the run: status (kept `suspicious` if closure flagged it, else the given one, else `succeeded`),
 * finish time and duration; writes the record once and logs the run's one summary line.
 */
export async function finishRun(
  deps: PipelineDeps,
  run: RunRecord,
  status?: Exclude<RunStatus, 'running'>,
): Promise<RunRecord> {
  const finished = deps.clock.now();
  const final: RunRecord = {
    ...run,
    status: run.status === 'suspicious' && status !== 'failed' ? 'suspicious' : (status ?? 'succeeded'),
    finishedAt: finished.toISOString(),
    durationMs: Math.max(0, finished.getTime() - Date.parse(run.startedAt)),
  };
  await deps.store.putRun(final);
  const log =
    final.status === 'failed' ? deps.logger.error : final.status === 'suspicious' ? deps.logger.warn : deps.logger.info;
  log.call(deps.logger, 'refresh run finished', {
    runId: final.id,
    source: final.sourceId,
    status: final.status,
    ...final.counts,
    errors: final.errors.length,
    durationMs: final.durationMs,
  });
  return final;
}

/** Every id a refresh saw, rejected postings with a known id included: they are still on the board. */
export function seenIdsOf(outcomes: readonly { id: string | null }[]): string[] {
  return outcomes.flatMap((o) => (o.id ? [o.id] : []));
}
