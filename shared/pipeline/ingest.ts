import type { PostingChange } from '../ports/posting-store.port';
import type { PostingRecord, PostingSummary } from '../schema/stored-posting';
import { JobrelayError } from '../errors';
import { changedFields } from './changes';
import { commitPlanned } from './commit-planned';
import { dedupTermsOf } from './dedup';
import { assignCanonicals } from './ingest-canonicals';
import type { PipelineDeps } from './deps';
import {
  identify,
  prepareItem,
  type IngestCandidate,
  type IngestItem,
  type IngestSource,
  type PreparedItem,
  type RejectionReason,
} from './ingest-items';
import { outcomeOf, postingChange } from './posting-changes';
import { publishOutboxEvents } from './publish-events';
import { mapYielding } from './yielding-map';
import { replayOwnChanges, stampOf } from './ingest-replay';

export type { IngestItem, IngestSource, RejectionReason } from './ingest-items';

/** What happened to one posting, in input order (`index`). */
export type IngestOutcome =
  | {
      index: number;
      id: string;
      outcome: 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged';
      version: number;
      /** the event announcing this change (null when unchanged) */
      eventId: string | null;
      changedFields: string[];
      duplicateOf: string | null;
    }
  | { index: number; id: string | null; outcome: 'rejected'; reasons: RejectionReason[] };

export interface IngestCounts {
  received: number;
  created: number;
  updated: number;
  reopened: number;
  closed: number;
  unchanged: number;
  rejected: number;
  /** written postings linked to a canonical posting elsewhere */
  duplicates: number;
}

export interface IngestResult {
  outcomes: IngestOutcome[];
  counts: IngestCounts;
  /** events left in the outbox because their publish failed (the sweep sends them) */
  unpublished: number;
}

/**
 * Ingests postings for one source (DESIGN §4): normalise and validate → read the stored summaries in one
 * chunked batch → postings whose `contentHash` and status are as stored cost nothing → the rest are planned
 * from the full stored posting and committed with their outbox events, re-planned on version conflicts →
 * events published and marked sent. A failed publish leaves the event in the outbox; the posting still
 * counts as written.
 */
export async function ingest(
  deps: PipelineDeps,
  input: {
    source: IngestSource;
    items: readonly IngestItem[];
    /** the request's idempotency key hashed with its caller: a retry is answered as the first attempt (`ingest-replay.ts`) */
    requestKey?: string;
  },
): Promise<IngestResult> {
  const now = deps.clock.now();
  const prepared = dedupeBatch(
    await mapYielding(input.items, (item, index) => prepareItem(item, index, input.source, now)),
  );
  const candidates = prepared.flatMap((p) => (p.ok ? [p.candidate] : []));
  const summaries = await deps.store.getPostingSummaries(candidates.map((c) => c.posting.id));
  const rejections = new Map<number, RejectionReason[]>();
  const toChange = candidates.filter((c) => {
    const action = decide(c, summaries.get(c.posting.id) ?? null, now);
    if (action.startsWith('reject')) rejections.set(c.index, [rejectionFor(action)]);
    return action !== 'unchanged' && !action.startsWith('reject');
  });
  const { committed, known } = await commitCandidates(
    deps,
    { ...input.source, requestKey: input.requestKey },
    toChange,
    summaries,
    rejections,
    now,
  );
  const events = [...committed.values()].flatMap((change) => (change ? [change.event] : []));
  const report = await publishOutboxEvents(deps, events);
  const stored = (id: string) => known.get(id) ?? summaries.get(id) ?? null;
  const outcomes = await replayOwnChanges(
    deps,
    prepared.map((p) => outcomeFor(p, rejections, stored, committed)),
    input.requestKey,
  );
  return { outcomes, counts: countOutcomes(outcomes), unpublished: report.failed.length + report.held.length };
}

type Action = 'create' | 'update' | 'reopen' | 'close' | 'unchanged' | 'reject-unknown' | 'reject-expired';

/** What to do with a posting given its stored state (a summary or the full record: both have status and hash). */
function decide(c: IngestCandidate, stored: Pick<PostingSummary, 'status' | 'contentHash'> | null, now: Date): Action {
  const expired = c.expiresAt !== null && Date.parse(c.expiresAt) <= now.getTime();
  if (!stored) {
    if (c.posting.status === 'closed') return 'reject-unknown';
    return expired ? 'reject-expired' : 'create';
  }
  if (c.posting.status === 'closed') return stored.status === 'closed' ? 'unchanged' : 'close';
  // an expired posting the source still lists stays closed: reopening it would only flap with the sweep
  if (stored.status === 'closed') return expired ? 'unchanged' : 'reopen';
  return stored.contentHash === c.posting.contentHash ? 'unchanged' : 'update';
}

function rejectionFor(action: Action): RejectionReason {
  return action === 'reject-expired'
    ? { code: 'expired', message: 'validThrough is in the past', path: 'validThrough' }
    : { code: 'unknown_posting', message: 'a closed posting that was never stored', path: 'status' };
}

/** Reads the stored postings to change (not the new ones), links duplicates, and commits with conflict handling. */
async function commitCandidates(
  deps: PipelineDeps,
  source: IngestSource & { requestKey?: string },
  toChange: IngestCandidate[],
  stored: ReadonlyMap<string, PostingSummary>,
  rejections: Map<number, RejectionReason[]>,
  now: Date,
): Promise<{ committed: Map<string, PostingChange | null>; known: Map<string, PostingRecord | null> }> {
  if (toChange.length === 0) return { committed: new Map(), known: new Map() };
  // new postings have nothing stored to read (the commit's version check still guards against a racing create)
  const currents = await deps.store.getPostings(
    toChange.filter((c) => stored.has(c.posting.id)).map((c) => c.posting.id),
  );
  await mapYielding(toChange, identify);
  await assignCanonicals(deps, toChange, currents);
  const targets = new Map(toChange.map((c) => [c.posting.id, c]));
  const time = now.toISOString();
  return commitPlanned(deps, targets, currents, (c, current) => {
    try {
      return planIngest(deps, c, current, source, time, now);
    } catch (error) {
      if (!(error instanceof JobrelayError) || error.code !== 'EVENT.TOO_LARGE') throw error;
      rejections.set(c.index, [{ code: 'too_large', message: error.message, path: null }]);
      return null;
    }
  });
}

/** The change one posting needs given the stored one, or null when there is nothing to write. */
function planIngest(
  deps: PipelineDeps,
  c: IngestCandidate,
  current: PostingRecord | null,
  source: IngestSource & { requestKey?: string },
  time: string,
  now: Date,
): PostingChange | null {
  // a request that outlived its client (which retried and moved on) must not undo a change made by a request
  // that arrived after it: changes apply in arrival order, whatever order their commits land in
  if (current && Date.parse(current.lastChangedAt) > now.getTime()) return null;
  const action = decide(c, current, now);
  const bookkeeping = {
    lastChangedAt: time,
    dedupKey: c.dedupKey,
    fingerprint: c.fingerprint,
    dedupTerms: dedupTermsOf(c),
    duplicateOf: c.duplicateOf,
    tags: [...(source.tags ?? [])],
    expiresAt: c.expiresAt,
  };
  if (action === 'create') {
    const record: PostingRecord = {
      ...c.posting,
      ...bookkeeping,
      version: 1,
      firstSeenAt: time,
      closedAt: null,
      closedReason: null,
      ...stampOf(source.requestKey, 1, 'created', []),
    };
    return postingChange(deps, record, null, 'posting.created', []);
  }
  if (!current || (action !== 'update' && action !== 'reopen' && action !== 'close')) return null;
  const fields = current.contentHash === c.posting.contentHash ? [] : changedFields(current, c.posting);
  const closing = action === 'close';
  const outcome = closing ? 'closed' : action === 'reopen' ? 'reopened' : 'updated';
  const record: PostingRecord = {
    ...c.posting,
    ...bookkeeping,
    duplicateOf: closing ? current.duplicateOf : c.duplicateOf,
    version: current.version + 1,
    firstSeenAt: current.firstSeenAt,
    closedAt: closing ? time : null,
    closedReason: closing ? 'source' : null,
    ...stampOf(source.requestKey, current.version + 1, outcome, fields),
  };
  return postingChange(deps, record, current.version, `posting.${outcome}`, fields);
}

/** Within one batch, the first item with an id wins; later ones are refused as duplicates. */
function dedupeBatch(items: PreparedItem[]): PreparedItem[] {
  const seen = new Set<string>();
  return items.map((item) => {
    if (!item.ok) return item;
    const id = item.candidate.posting.id;
    if (!seen.has(id)) {
      seen.add(id);
      return item;
    }
    const message = 'the same posting appears earlier in this batch';
    return {
      ok: false,
      index: item.candidate.index,
      id,
      reasons: [{ code: 'duplicate_in_batch', message, path: 'id' }],
    };
  });
}

function outcomeFor(
  item: PreparedItem,
  rejections: Map<number, RejectionReason[]>,
  stored: (id: string) => Pick<PostingSummary, 'version' | 'duplicateOf'> | null,
  committed: Map<string, PostingChange | null>,
): IngestOutcome {
  if (!item.ok) return { index: item.index, id: item.id, outcome: 'rejected', reasons: item.reasons };
  const { index, posting } = item.candidate;
  const reasons = rejections.get(index);
  if (reasons) return { index, id: posting.id, outcome: 'rejected', reasons };
  const change = committed.get(posting.id);
  if (!change) {
    const current = stored(posting.id);
    const duplicateOf = current?.duplicateOf ?? null;
    return {
      index,
      id: posting.id,
      outcome: 'unchanged',
      version: current?.version ?? 0,
      eventId: null,
      changedFields: [],
      duplicateOf,
    };
  }
  const { record, event } = change;
  return {
    index,
    id: posting.id,
    outcome: outcomeOf(change),
    version: record.version,
    eventId: event.id,
    changedFields: [...event.event.data.changedFields],
    duplicateOf: record.duplicateOf,
  };
}

function countOutcomes(outcomes: readonly IngestOutcome[]): IngestCounts {
  const counts: IngestCounts = {
    received: outcomes.length,
    created: 0,
    updated: 0,
    reopened: 0,
    closed: 0,
    unchanged: 0,
    rejected: 0,
    duplicates: 0,
  };
  for (const o of outcomes) {
    counts[o.outcome] += 1;
    if (o.outcome !== 'rejected' && o.outcome !== 'unchanged' && o.duplicateOf) counts.duplicates += 1;
  }
  return counts;
}
