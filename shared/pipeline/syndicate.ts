import { randomUUID } from 'node:crypto';
import type { StoredPartner } from '../schema/partner';
import type { PostingRecord } from '../schema/stored-posting';
import {
  SyndicationRequest,
  type SyndicationReason,
  type SyndicationRecord,
  type SyndicationRequestInput,
  type SyndicationStatus,
} from '../schema/syndication';
import type { Page, SyndicationQuery } from '../ports/posting-store.port';
import { TransientError } from '../errors';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { limitsOf, nowIso, partnerContext } from './syndication-context';
import { MAX_POSTINGS_PER_JOB, type SyndicationJob } from './syndication-messages';
import { filterMismatches } from './partner-filter';
import { goalFor, mustNotCall, operationFor } from './syndication-plan';
import { newRecord, recordRequest, settle } from './syndication-record';
import { syncMessage } from './deliver';

/**
 * `requestSyndication` (DESIGN §4): HR chooses postings × partners × publish|withdraw. Each pair's record
 * gets the desired action and a history entry; what needs no call (feeds, nothing to change, a posting a
 * board refuses) is settled at once with its reasons; what needs a call is left `pending` and a
 * `syndication.sync` message is published for it. Asking twice is harmless.
 */

export interface PairResult {
  postingId: string;
  partnerId: string;
  status: SyndicationStatus | 'not-found' | 'not-syndicated';
  reasons: SyndicationReason[];
}

export type RequestResult =
  | { ok: false; problems: { path: string; message: string }[] }
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
  const partners = await loadPartners(deps, request.partnerIds);
  if (!Array.isArray(partners)) return partners;
  const requestId = request.requestId ?? `req_${randomUUID()}`;
  const options = syndicationOptionsOf(deps);
  const counts = emptyCounts();
  const results: PairResult[] = [];
  const jobs = new JobBatcher(deps, requestId);
  for await (const { id, posting } of selectPostings(deps, request)) {
    for (const partner of partners) {
      if (request.select && posting && filterMismatches(posting, partner.config.filter, partner.config.name).length > 0)
        continue;
      const result = await recordPair(deps, partner, id, posting, request.action, requestId, jobs);
      counts[result.status] += 1;
      if (results.length < options.maxListedResults) results.push(result);
    }
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

async function loadPartners(
  deps: SyndicationDeps,
  ids: string[],
): Promise<StoredPartner[] | Extract<RequestResult, { ok: false }>> {
  const partners: StoredPartner[] = [];
  const problems: { path: string; message: string }[] = [];
  for (const [i, id] of ids.entries()) {
    const partner = await deps.store.getPartner(id);
    if (partner) partners.push(partner);
    else problems.push({ path: `partnerIds.${i}`, message: `unknown partner "${id}"` });
  }
  return problems.length > 0 ? { ok: false, problems } : partners;
}

/** The postings a request names, or the ones its selection matches (streamed, never all in memory). */
async function* selectPostings(
  deps: SyndicationDeps,
  request: SyndicationRequest,
): AsyncIterable<{ id: string; posting: PostingRecord | null }> {
  if (request.postingIds) {
    const ids = [...new Set(request.postingIds)];
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      const found = await deps.store.getPostings(chunk);
      for (const id of chunk) yield { id, posting: found.get(id) ?? null };
    }
    return;
  }
  const select = request.select!;
  const status = request.action === 'publish' ? 'open' : undefined;
  const sourceIds = select.sourceIds.length > 0 ? select.sourceIds : [undefined];
  for (const sourceId of sourceIds) {
    for await (const posting of deps.store.streamPostings({
      ...(status ? { status } : {}),
      ...(sourceId ? { sourceId } : {}),
      orderBy: 'id',
    })) {
      const filter = {
        countries: select.countries,
        cities: [],
        workplaces: [],
        departments: select.departments,
        employmentTypes: [],
        sources: [],
        tags: select.tags,
      };
      if (filterMismatches(posting, filter, 'selection').length === 0) yield { id: posting.id, posting };
    }
  }
}

async function recordPair(
  deps: SyndicationDeps,
  partner: StoredPartner,
  postingId: string,
  posting: PostingRecord | null,
  action: SyndicationRequest['action'],
  requestId: string,
  jobs: JobBatcher,
): Promise<PairResult> {
  const pair = { postingId, partnerId: partner.config.id };
  if (!posting)
    return {
      ...pair,
      status: 'not-found',
      reasons: [{ code: 'POSTING.NOT_FOUND', field: null, message: `No posting has id "${postingId}"` }],
    };
  const options = syndicationOptionsOf(deps);
  const now = deps.clock.now();
  const context = partnerContext(partner, options, now);
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
  if (needsCall) await jobs.add(stored);
  return { ...pair, status: stored.status, reasons: stored.reasons };
}

/**
 * Groups pairs into messages: webhook partners one posting per message (each change its own retries),
 * Indexing API partners up to 100 postings (one batch call).
 */
class JobBatcher {
  private readonly batches = new Map<string, string[]>();
  private published = 0;

  constructor(
    private readonly deps: SyndicationDeps,
    private readonly cause: string,
  ) {}

  async add(record: SyndicationRecord): Promise<void> {
    const partner = await this.deps.store.getPartner(record.partnerId);
    if (partner?.config.delivery !== 'indexing') return this.publish(syncMessage(record, this.cause));
    const batch = [...(this.batches.get(record.partnerId) ?? []), record.postingId];
    this.batches.set(record.partnerId, batch);
    if (batch.length >= MAX_POSTINGS_PER_JOB) await this.flushPartner(record.partnerId);
  }

  /** Publishes what is left; returns how many messages went out in all. */
  async flush(): Promise<number> {
    for (const partnerId of [...this.batches.keys()]) await this.flushPartner(partnerId);
    return this.published;
  }

  private async flushPartner(partnerId: string): Promise<void> {
    const postingIds = this.batches.get(partnerId) ?? [];
    this.batches.delete(partnerId);
    if (postingIds.length === 0) return;
    const data: SyndicationJob = { kind: 'syndication.sync', partnerId, postingIds, cause: this.cause };
    await this.publish({ data, attributes: { kind: 'syndication.sync', partnerId } });
  }

  private async publish(message: {
    data: unknown;
    attributes: Record<string, string>;
    orderingKey?: string;
  }): Promise<void> {
    try {
      await this.deps.bus.publish('syndication-requests', message);
      this.published += 1;
    } catch (error) {
      // the records say pending; asking again (same request) publishes again
      throw new TransientError(
        'SYNDICATION.PUBLISH_FAILED',
        'could not queue the deliveries; the request can be repeated safely',
        { cause: error },
      );
    }
  }
}

/** HR's read of per-board status: records by posting, partner and/or status, page by page. */
export function listSyndicationStatus(
  deps: Pick<SyndicationDeps, 'store'>,
  query: SyndicationQuery,
): Promise<Page<SyndicationRecord>> {
  return deps.store.listSyndications({ ...query, limit: Math.min(query.limit ?? 100, 500) });
}
