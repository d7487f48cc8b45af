import { postingEventId } from '../schema/events';
import type { PostingRecord } from '../schema/stored-posting';
import type { PipelineDeps } from './deps';
import type { IngestOutcome } from './ingest';

/**
 * Idempotent retries of one request (an `Idempotency-Key` on `POST /postings`, hashed with the caller into
 * `requestKey`): a client whose reply was lost (the commit landed, the answer did not) sends the request
 * again and must hear what the first attempt did — "created", with its version and event — not "unchanged".
 * The first attempt stamped `lastChange` on the posting in the same commit, so a retry finds its own change
 * there exactly when that change is still the posting's latest version. Another client's change carries
 * another key (or none), so two racing clients are never both told "created".
 */

type Change = NonNullable<PostingRecord['lastChange']>['outcome'];

/** The stamp a change made by this request carries (nothing without a request key). */
export function stampOf(
  requestKey: string | undefined,
  version: number,
  outcome: Change,
  changedFields: readonly string[],
): Pick<PostingRecord, 'lastChange'> {
  return requestKey ? { lastChange: { requestKey, version, outcome, changedFields: [...changedFields] } } : {};
}

/** The outcomes, with each "unchanged" one that this very request made answered as the change it was. */
export async function replayOwnChanges(
  deps: Pick<PipelineDeps, 'store'>,
  outcomes: IngestOutcome[],
  requestKey: string | undefined,
): Promise<IngestOutcome[]> {
  if (!requestKey) return outcomes;
  const unchanged = outcomes.filter((o) => o.outcome === 'unchanged').map((o) => o.id as string);
  if (unchanged.length === 0) return outcomes;
  const stored = await deps.store.getPostings(unchanged);
  return outcomes.map((outcome) => {
    if (outcome.outcome !== 'unchanged') return outcome;
    const change = stored.get(outcome.id)?.lastChange;
    if (change?.requestKey !== requestKey || change.version !== outcome.version) return outcome;
    return {
      ...outcome,
      outcome: change.outcome,
      eventId: postingEventId(outcome.id, change.version),
      changedFields: change.changedFields,
    };
  });
}
