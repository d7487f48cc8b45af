import { silentLogger } from '../../shared/adapters/logging/cloud-logger';
import type { EventBus } from '../../shared/ports/event-bus.port';
import type { Clock } from '../../shared/ports/clock.port';
import type { PostingChange, PostingStore } from '../../shared/ports/posting-store.port';
import type { JobPosting } from '../../shared/schema/posting';
import type { PostingRecord } from '../../shared/schema/stored-posting';
import type { PostingEventType } from '../../shared/schema/events';
import { dedupKeyOf, dedupTermsOf, simhash64 } from '../../shared/pipeline/dedup';
import type { PipelineDeps } from '../../shared/pipeline/deps';
import { buildPostingEvent, DEFAULT_EVENT_BUDGET_BYTES } from '../../shared/pipeline/posting-events';
import { expiresAtOf } from '../../shared/pipeline/posting-changes';

export { syntheticPosting, syntheticPostings, withRaise, rehash } from '../../bench/support/synthetic-postings';

/** A stored record of a posting at `version`, with bookkeeping as the pipeline would write it. */
export function recordOf(posting: JobPosting, overrides: Partial<PostingRecord> = {}): PostingRecord {
  const at = overrides.lastChangedAt ?? '2026-03-01T09:00:00.000Z';
  const dedupKey = overrides.dedupKey ?? dedupKeyOf(posting);
  const fingerprint = overrides.fingerprint ?? simhash64(posting.description.text);
  return {
    ...posting,
    version: 1,
    firstSeenAt: at,
    lastChangedAt: at,
    closedAt: null,
    closedReason: null,
    dedupKey,
    fingerprint,
    dedupTerms: dedupTermsOf({ dedupKey, fingerprint }),
    duplicateOf: null,
    tags: [],
    expiresAt: expiresAtOf(posting.validThrough),
    ...overrides,
  };
}

/** The change committing `record` with its event, as the pipeline builds it. */
export function changeOf(
  record: PostingRecord,
  expectedVersion: number | null,
  type: PostingEventType = expectedVersion === null ? 'posting.created' : 'posting.updated',
): PostingChange {
  const event = buildPostingEvent({
    record,
    type,
    changedFields: [],
    time: record.lastChangedAt,
    sourceBase: '//jobrelay',
    budgetBytes: DEFAULT_EVENT_BUDGET_BYTES,
  });
  return { record, expectedVersion, event };
}

/** Pipeline dependencies for tests: no logging. */
export const testDeps = (
  store: PostingStore,
  bus: EventBus,
  clock: Clock,
  options: PipelineDeps['options'] = {},
): PipelineDeps => ({
  store,
  bus,
  clock,
  logger: silentLogger,
  options,
});
