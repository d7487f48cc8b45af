import { closeMissing, type ClosureSource } from '../../shared/pipeline/close-missing';
import type { PipelineDeps } from '../../shared/pipeline/deps';
import { ingest, type IngestSource } from '../../shared/pipeline/ingest';
import { addClosure, addFetched, addIngestCounts, finishRun, seenIdsOf, startRun } from '../../shared/pipeline/runs';
import type { JobPosting } from '../../shared/schema/posting';
import type { RunRecord } from '../../shared/schema/run';

/**
 * One refresh of a source as the refresh use case composes the storage helpers: ingest what was fetched,
 * close what is missing, write the run record. Stands in for the real fetch; `fetchOk: false` is a failed fetch.
 */
export async function refreshOnce(
  deps: PipelineDeps,
  source: IngestSource & ClosureSource,
  postings: readonly JobPosting[],
  options: { fetchOk?: boolean } = {},
): Promise<RunRecord> {
  const fetchOk = options.fetchOk ?? true;
  let run = startRun(deps, source.id);
  let seen: string[] = [];
  if (fetchOk) {
    run = addFetched(run, postings.length);
    const result = await ingest(deps, { source, items: postings.map((posting) => ({ posting })) });
    run = addIngestCounts(run, result.counts);
    seen = seenIdsOf(result.outcomes);
  }
  run = addClosure(run, await closeMissing(deps, { source, seenIds: seen, fetchOk }));
  return finishRun(deps, run, fetchOk ? undefined : 'failed');
}
