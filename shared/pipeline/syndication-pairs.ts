import type { StoredPartner } from '../schema/partner';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationReason, SyndicationRequest, SyndicationStatus } from '../schema/syndication';
import { allBounded } from './bounded-all';
import { filterMismatches } from './partner-filter';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { limitsOf, nowIso, partnerContext } from './syndication-context';
import { goalFor, mustNotCall, operationFor } from './syndication-plan';
import { newRecord, recordRequest, settle } from './syndication-record';
import type { SelectedPosting } from './syndication-selection';
import type { JobBatcher } from './sync-job-batcher';

/** What a request did to one (posting, partner) pair. */
export interface PairResult {
  postingId: string;
  partnerId: string;
  status: SyndicationStatus | 'not-found' | 'not-syndicated';
  reasons: SyndicationReason[];
}

/** One request as its pages are recorded. */
export interface RequestContext {
  deps: SyndicationDeps;
  request: SyndicationRequest;
  requestId: string;
  partners: readonly StoredPartner[];
  jobs: JobBatcher;
}

/**
 * Records a page of the request's pairs, posting by posting in the order of the partners named, and queues
 * the messages of those left pending. Each pair is its own transaction (`updateSyndication`), `fanOutConcurrency`
 * at once. A withdrawal first reads which pairs have a record, one batched read per partner
 * (`getSyndications`), and answers `not-syndicated` for the rest without a transaction each.
 */
export async function recordPage(context: RequestContext, page: readonly SelectedPosting[]): Promise<PairResult[]> {
  const { deps, request } = context;
  const known = request.action === 'withdraw' ? await pairsWithRecords(context, page) : null;
  const pairs = page.flatMap((item) =>
    context.partners
      .filter((partner) => !excludedBySelection(request, item.posting, partner))
      .map((partner) => ({ item, partner })),
  );
  return allBounded(pairs, syndicationOptionsOf(deps).fanOutConcurrency, async ({ item, partner }) => {
    if (item.posting && known && !known.get(partner.config.id)?.has(item.id))
      return { postingId: item.id, partnerId: partner.config.id, status: 'not-syndicated', reasons: [] };
    return recordPair(context, partner, item);
  });
}

/** A selection sends each posting only to the partners whose filter it passes. */
const excludedBySelection = (request: SyndicationRequest, posting: PostingRecord | null, partner: StoredPartner) =>
  Boolean(
    request.select && posting && filterMismatches(posting, partner.config.filter, partner.config.name).length > 0,
  );

/** Per partner, the page's postings that have a record with it; null when the store cannot batch the read. */
async function pairsWithRecords(
  { deps, partners }: RequestContext,
  page: readonly SelectedPosting[],
): Promise<Map<string, Set<string>> | null> {
  const { store } = deps;
  if (!store.getSyndications) return null;
  const ids = page.filter((item) => item.posting).map((item) => item.id);
  const found = await Promise.all(partners.map((partner) => store.getSyndications!(partner.config.id, ids)));
  return new Map(partners.map((partner, i) => [partner.config.id, new Set(found[i]!.keys())]));
}

async function recordPair(
  { deps, request, requestId, jobs }: RequestContext,
  partner: StoredPartner,
  { id: postingId, posting }: SelectedPosting,
): Promise<PairResult> {
  const pair = { postingId, partnerId: partner.config.id };
  if (!posting)
    return {
      ...pair,
      status: 'not-found',
      reasons: [{ code: 'POSTING.NOT_FOUND', field: null, message: `No posting has id "${postingId}"` }],
    };
  const { action } = request;
  const options = syndicationOptionsOf(deps);
  const context = partnerContext(partner, options, deps.clock.now());
  let needsCall = false;
  const stored = await deps.store.updateSyndication(postingId, partner.config.id, (current) => {
    if (!current && action === 'withdraw') return null;
    const base = current ?? newRecord(postingId, partner.config.id, action, nowIso(deps));
    const goal = goalFor({ ...base, desired: action }, posting, partner, context);
    needsCall = operationFor(base, goal) !== null && partner.config.delivery !== 'feed' && !mustNotCall(partner);
    // what needs no call is settled at once (one history entry); the rest waits, pending, for its message
    if (!needsCall) return settle({ ...base, desired: action }, goal, requestId, nowIso(deps), limitsOf(options));
    return recordRequest(base, action, requestId, nowIso(deps), limitsOf(options));
  });
  if (!stored) return { ...pair, status: 'not-syndicated', reasons: [] };
  if (needsCall) jobs.add(stored, partner);
  return { ...pair, status: stored.status, reasons: stored.reasons };
}
