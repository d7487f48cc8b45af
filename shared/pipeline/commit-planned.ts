import { TransientError } from '../errors';
import type { PostingChange } from '../ports/posting-store.port';
import type { PostingRecord } from '../schema/stored-posting';
import { optionsOf, type PipelineDeps } from './deps';

/** Computes the change to make to one posting given what is stored now; null when nothing is to be done. */
export type PlanChange<T> = (target: T, current: PostingRecord | null) => PostingChange | null;

/**
 * Optimistic concurrency for posting changes: plans each change from the stored posting, commits them, and on
 * a version conflict (another worker committed first) re-plans from the posting the store returned, a few
 * rounds at most. Returns, per id, the change committed (null when the plan decided nothing was to be done),
 * and the stored postings as last seen (what a null plan was decided from).
 */
export async function commitPlanned<T>(
  deps: PipelineDeps,
  targets: ReadonlyMap<string, T>,
  currents: ReadonlyMap<string, PostingRecord | null>,
  plan: PlanChange<T>,
): Promise<{ committed: Map<string, PostingChange | null>; known: Map<string, PostingRecord | null> }> {
  const { chunkSize, maxConflictRounds } = optionsOf(deps);
  const known = new Map(currents);
  const results = new Map<string, PostingChange | null>();
  let pending = [...targets.keys()];
  for (let round = 0; round < maxConflictRounds && pending.length > 0; round++) {
    const changes: PostingChange[] = [];
    for (const id of pending) {
      const change = plan(targets.get(id)!, known.get(id) ?? null);
      if (change) changes.push(change);
      else results.set(id, null);
    }
    const conflicted: string[] = [];
    for (let i = 0; i < changes.length; i += chunkSize) {
      const part = changes.slice(i, i + chunkSize);
      const outcomes = await deps.store.commitChanges(part);
      outcomes.forEach((outcome, index) => {
        if (outcome.outcome === 'committed') results.set(outcome.id, part[index]!);
        else {
          known.set(outcome.id, outcome.current);
          conflicted.push(outcome.id);
        }
      });
    }
    if (conflicted.length > 0)
      deps.logger.debug('posting version conflicts, re-planning', { ids: conflicted.slice(0, 20), round });
    pending = conflicted;
  }
  if (pending.length > 0) {
    throw new TransientError('STORE.CONTENTION', `${pending.length} postings kept changing under us`, {
      details: { ids: pending.slice(0, 20) },
    });
  }
  return { committed: results, known };
}
