import type { PipelineDeps } from './deps';
import { optionsOf } from './deps';
import { closePostings } from './close-postings';

/** The source whose refresh decides closures. */
export interface ClosureSource {
  id: string;
  /** the largest share of its open postings one refresh may close (DESIGN §4; default 50%) */
  maxCloseShare?: number;
}

export type ClosureResult =
  | {
      outcome: 'skipped';
      reason: 'fetch-failed';
      closed: [];
      promoted: [];
      wouldClose: 0;
      open: number;
      unpublished: 0;
    }
  | { outcome: 'suspicious'; closed: []; promoted: []; wouldClose: number; open: number; unpublished: 0 }
  | { outcome: 'closed'; closed: string[]; promoted: string[]; wouldClose: number; open: number; unpublished: number };

/**
 * Closes the open postings of a source that a successful refresh no longer lists (`closedReason` `missing`).
 * A failed fetch closes nothing. Closing more than the source's `maxCloseShare` of its open postings at once
 * looks like a broken board or parser rather than hiring news, so it closes nothing and reports `suspicious`
 * (the run is flagged); `force` closes anyway, for an operator who has checked.
 */
export async function closeMissing(
  deps: PipelineDeps,
  input: { source: ClosureSource; seenIds: Iterable<string>; fetchOk: boolean; force?: boolean },
): Promise<ClosureResult> {
  if (!input.fetchOk) {
    return {
      outcome: 'skipped',
      reason: 'fetch-failed',
      closed: [],
      promoted: [],
      wouldClose: 0,
      open: 0,
      unpublished: 0,
    };
  }
  const seen = new Set(input.seenIds);
  const open = await deps.store.listPostingSummaries(input.source.id, 'open');
  const missing = open.filter((summary) => !seen.has(summary.id)).map((summary) => summary.id);
  const maxShare = input.source.maxCloseShare ?? optionsOf(deps).defaultMaxCloseShare;
  if (missing.length > 0 && missing.length > maxShare * open.length && !input.force) {
    deps.logger.warn('refusing to close a suspicious share of postings', {
      sourceId: input.source.id,
      wouldClose: missing.length,
      open: open.length,
      maxCloseShare: maxShare,
    });
    return {
      outcome: 'suspicious',
      closed: [],
      promoted: [],
      wouldClose: missing.length,
      open: open.length,
      unpublished: 0,
    };
  }
  const report = await closePostings(deps, missing, 'missing');
  return { outcome: 'closed', ...report, wouldClose: missing.length, open: open.length };
}
