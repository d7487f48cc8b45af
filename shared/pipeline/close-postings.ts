import type { PostingChange } from '../ports/posting-store.port';
import type { PostingRecord, PostingSummary } from '../schema/stored-posting';
import { commitPlanned } from './commit-planned';
import { CanonicalIndex, dedupTermsOf } from './dedup';
import type { PipelineDeps } from './deps';
import { postingChange } from './posting-changes';
import { publishOutboxEvents } from './publish-events';

export type ClosedReason = 'missing' | 'expired' | 'source';

export interface CloseReport {
  /** postings closed by this call (a posting closed meanwhile by someone else is not counted) */
  closed: string[];
  /** open duplicates of a closed posting that became canonical themselves (event `posting.updated`) */
  promoted: string[];
  /** events left in the outbox because their publish failed */
  unpublished: number;
}

/**
 * Closes open postings (event `posting.closed`, `closedReason` set) and then promotes their open duplicates:
 * a job still listed elsewhere must not disappear from partners because the copy it was linked to closed.
 */
export async function closePostings(
  deps: PipelineDeps,
  ids: readonly string[],
  reason: ClosedReason,
): Promise<CloseReport> {
  if (ids.length === 0) return { closed: [], promoted: [], unpublished: 0 };
  const time = deps.clock.now().toISOString();
  const currents = await deps.store.getPostings(ids);
  const targets = new Map(ids.map((id) => [id, id]));
  const { committed } = await commitPlanned(deps, targets, currents, (_id, current) => {
    if (!current || current.status !== 'open') return null;
    const record: PostingRecord = {
      ...current,
      status: 'closed',
      version: current.version + 1,
      lastChangedAt: time,
      closedAt: time,
      closedReason: reason,
    };
    return postingChange(deps, record, current.version, 'posting.closed', []);
  });
  const closedChanges = [...committed.values()].filter((c): c is PostingChange => c !== null);
  const promotions = await promoteDuplicates(
    deps,
    closedChanges.map((c) => c.record),
    time,
  );
  const report = await publishOutboxEvents(
    deps,
    [...closedChanges, ...promotions].map((c) => c.event),
  );
  return {
    closed: closedChanges.map((c) => c.record.id),
    promoted: promotions.map((c) => c.record.id),
    unpublished: report.failed.length + report.held.length,
  };
}

/** Re-links the open duplicates of closed postings: to another open copy of the job, or to none. */
async function promoteDuplicates(
  deps: PipelineDeps,
  closed: readonly PostingRecord[],
  time: string,
): Promise<PostingChange[]> {
  if (closed.length === 0) return [];
  const closedIds = new Set(closed.map((r) => r.id));
  // a duplicate shares at least one dedup term with its canonical posting
  const terms = new Set(closed.flatMap((r) => (r.dedupTerms.length > 0 ? r.dedupTerms : dedupTermsOf(r))));
  const open = await deps.store.findDedupCandidates([...terms]);
  const orphans = open.filter((s) => s.duplicateOf !== null && closedIds.has(s.duplicateOf));
  if (orphans.length === 0) return [];
  const index = new CanonicalIndex(open.filter((s) => !closedIds.has(s.id)));
  const relinked = new Map<string, string | null>();
  for (const orphan of orphans.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const canonical = index.canonicalOf(orphan);
    relinked.set(orphan.id, canonical);
    index.add({ ...orphan, duplicateOf: canonical } satisfies PostingSummary);
  }
  const currents = await deps.store.getPostings(orphans.map((o) => o.id));
  const { committed } = await commitPlanned(deps, relinked, currents, (canonical, current) => {
    if (!current || current.status !== 'open' || !current.duplicateOf || !closedIds.has(current.duplicateOf))
      return null;
    const record: PostingRecord = {
      ...current,
      duplicateOf: canonical,
      version: current.version + 1,
      lastChangedAt: time,
    };
    return postingChange(deps, record, current.version, 'posting.updated', ['duplicateOf']);
  });
  return [...committed.values()].filter((c): c is PostingChange => c !== null);
}
