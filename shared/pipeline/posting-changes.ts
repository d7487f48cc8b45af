import type { PostingChange } from '../ports/posting-store.port';
import type { PostingEventType } from '../schema/events';
import type { PostingRecord } from '../schema/stored-posting';
import { optionsOf, type PipelineDeps } from './deps';
import { buildPostingEvent } from './posting-events';

/**
 * The instant a posting's `validThrough` ends, in UTC (the `expiresAt` bookkeeping field). A date alone counts
 * until the end of that day everywhere on earth (24:00 at UTC−12), so no posting closes early in its own time
 * zone; a date-time without an offset is read as UTC. Null when there is none or it cannot be read.
 */
export function expiresAtOf(validThrough: string | null): string | null {
  if (!validThrough) return null;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(validThrough);
  if (dateOnly) {
    const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number];
    return new Date(Date.UTC(y, m - 1, d + 1, 12)).toISOString();
  }
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(validThrough);
  const time = Date.parse(hasOffset ? validThrough : `${validThrough}Z`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The change that commits `record` (already at its new version) with the event that announces it. */
export function postingChange(
  deps: PipelineDeps,
  record: PostingRecord,
  expectedVersion: number | null,
  type: PostingEventType,
  changedFields: readonly string[],
): PostingChange {
  const { eventSourceBase, eventBudgetBytes } = optionsOf(deps);
  const event = buildPostingEvent({
    record,
    type,
    changedFields,
    time: record.lastChangedAt,
    sourceBase: eventSourceBase,
    budgetBytes: eventBudgetBytes,
  });
  return { record, expectedVersion, event };
}

/** What an outcome of a committed change is called, from its event type. */
export const outcomeOf = (change: PostingChange) =>
  change.event.event.type.slice('posting.'.length) as 'created' | 'updated' | 'closed' | 'reopened';
