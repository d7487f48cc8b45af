import { randomUUID } from 'node:crypto';
import { SyndicationRequest, type SyndicationRecord, type SyndicationRequestInput } from '../schema/syndication';
import type { Page, SyndicationQuery } from '../ports/posting-store.port';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { type PairResult, recordPage, type RequestContext } from './syndication-pairs';
import { loadPartners, type RequestProblem, selectPostingPages } from './syndication-selection';
import { JobBatcher } from './sync-job-batcher';

export type { PairResult } from './syndication-pairs';

/**
 * `requestSyndication` (DESIGN §4): HR chooses postings × partners × publish|withdraw. Each pair's record
 * gets the desired action and a history entry; what needs no call (feeds, nothing to change, a posting a
 * board refuses) is settled at once with its reasons; what needs a call is left `pending` and a
 * `syndication.sync` message is published for it. Asking twice is harmless.
 *
 * The request is worked a page of postings at a time (`syndication-selection.ts`): partners are read once
 * for the whole request, a page's pairs are recorded `fanOutConcurrency` at once (`syndication-pairs.ts`) and
 * their messages published as many at once (`sync-job-batcher.ts`); every publish of a page is done before
 * the next page is read, so a failed publish is reported before more pairs are marked pending behind it.
 */

export type RequestResult =
  | { ok: false; problems: RequestProblem[] }
  | {
      ok: true;
      requestId: string;
      action: SyndicationRequest['action'];
      counts: Record<PairResult['status'], number>;
      /** the first `maxListedResults` pairs; counts cover them all */
      results: PairResult[];
      truncated: boolean;
      messagesPublished: number;
    };

type Counts = Record<PairResult['status'], number>;
const emptyCounts = (): Counts => ({
  pending: 0,
  live: 0,
  rejected: 0,
  failed: 0,
  withdrawn: 0,
  'not-found': 0,
  'not-syndicated': 0,
});

/** Validates, records and dispatches HR's request. */
export async function requestSyndication(
  deps: SyndicationDeps,
  input: SyndicationRequestInput,
): Promise<RequestResult> {
  const parsed = SyndicationRequest.safeParse(input);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  const request = parsed.data;
  const named = await loadPartners(deps, request.partnerIds);
  if ('problems' in named) return { ok: false, problems: named.problems };
  const { partners } = named;
  const requestId = request.requestId ?? `req_${randomUUID()}`;
  const options = syndicationOptionsOf(deps);
  const jobs = new JobBatcher(deps, requestId, options.fanOutConcurrency);
  const context: RequestContext = { deps, request, requestId, partners, jobs };
  const counts = emptyCounts();
  const results: PairResult[] = [];
  for await (const page of selectPostingPages(deps, request)) {
    for (const result of await recordPage(context, page)) {
      counts[result.status] += 1;
      if (results.length < options.maxListedResults) results.push(result);
    }
    await jobs.drain();
  }
  const messagesPublished = await jobs.flush();
  const listed = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    ok: true,
    requestId,
    action: request.action,
    counts,
    results,
    truncated: listed > results.length,
    messagesPublished,
  };
}

/** HR's read of per-board status: records by posting, partner and/or status, page by page. */
export function listSyndicationStatus(
  deps: Pick<SyndicationDeps, 'store'>,
  query: SyndicationQuery,
): Promise<Page<SyndicationRecord>> {
  return deps.store.listSyndications({ ...query, limit: Math.min(query.limit ?? 100, 500) });
}
