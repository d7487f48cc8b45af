import { sha256Hex } from '../ids';
import type { SyndicationAction, SyndicationReason, SyndicationRecord, SyndicationStatus } from '../schema/syndication';
import { syndicationId } from '../schema/syndication';
import type { Goal, Operation } from './syndication-plan';

/**
 * Pure transitions of a syndication record (`syndications/{postingId}__{partnerId}`). Each returns a new
 * record with a history entry when the status or delivered version changes.
 */

export interface RecordLimits {
  historyLimit: number;
  appliedEventLimit: number;
}

/** A new record for a pair HR asks about for the first time. */
export function newRecord(
  postingId: string,
  partnerId: string,
  desired: SyndicationAction,
  now: string,
): SyndicationRecord {
  return {
    id: syndicationId(postingId, partnerId),
    postingId,
    partnerId,
    status: 'pending',
    desired,
    deliveredVersion: null,
    pendingChange: null,
    attempts: 0,
    lastError: null,
    reasons: [],
    appliedEventIds: [],
    history: [],
    createdAt: now,
    updatedAt: now,
  };
}

interface Change {
  status: SyndicationStatus;
  cause: string;
  now: string;
  version?: number | null;
  reasons?: SyndicationReason[];
}

/** The record moved to `change.status`, with its history kept short and the cause remembered. */
export function transition(
  record: SyndicationRecord,
  change: Change,
  limits: RecordLimits,
  patch: Partial<SyndicationRecord> = {},
): SyndicationRecord {
  const next: SyndicationRecord = {
    ...record,
    ...patch,
    status: change.status,
    reasons: change.reasons ?? [],
    updatedAt: change.now,
  };
  const last = record.history[record.history.length - 1];
  const version = change.version ?? next.deliveredVersion;
  const same =
    last &&
    last.status === next.status &&
    last.version === version &&
    JSON.stringify(last.reasons) === JSON.stringify(next.reasons);
  if (!same) {
    next.history = [
      ...record.history,
      { at: change.now, status: next.status, cause: change.cause, version, reasons: next.reasons },
    ].slice(-limits.historyLimit);
  }
  if (!record.appliedEventIds.includes(change.cause))
    next.appliedEventIds = [...record.appliedEventIds, change.cause].slice(-limits.appliedEventLimit);
  return next;
}

/** HR's request recorded: the desired action, pending until its message is delivered. */
export function recordRequest(
  record: SyndicationRecord,
  desired: SyndicationAction,
  cause: string,
  now: string,
  limits: RecordLimits,
): SyndicationRecord {
  return transition(record, { status: 'pending', cause, now }, limits, {
    desired,
    attempts: 0,
    lastError: null,
    pendingChange: null,
  });
}

/** The pair reached its goal: live at a version, or withdrawn / rejected / failed with reasons. */
export function settle(
  record: SyndicationRecord,
  goal: Goal,
  cause: string,
  now: string,
  limits: RecordLimits,
): SyndicationRecord {
  const base = { pendingChange: null, attempts: 0, lastError: null } satisfies Partial<SyndicationRecord>;
  if (goal.present)
    return transition(record, { status: 'live', cause, now, version: goal.version }, limits, {
      ...base,
      deliveredVersion: goal.version,
    });
  return transition(record, { status: goal.status, cause, now, reasons: goal.reasons }, limits, {
    ...base,
    deliveredVersion: null,
  });
}

/** The change about to be delivered: the same id (webhook-id) as long as it is the same change. */
export function startChange(
  record: SyndicationRecord,
  operation: Operation,
  version: number | null,
  now: string,
): SyndicationRecord {
  const current = record.pendingChange;
  if (current && current.operation === operation && current.version === version) return record;
  const id = `msg_${sha256Hex(`${record.id}|${operation}|${version ?? '-'}|${now}`).slice(0, 32)}`;
  return { ...record, pendingChange: { id, operation, version, startedAt: now }, attempts: 0, lastError: null };
}

/** Attempts that failed but may succeed later: counted; the record stays pending. */
export function recordRetryableFailure(
  record: SyndicationRecord,
  attempts: number,
  error: string,
  cause: string,
  now: string,
  limits: RecordLimits,
): SyndicationRecord {
  return transition(
    record,
    { status: 'pending', cause, now, reasons: record.status === 'pending' ? record.reasons : [] },
    limits,
    {
      attempts: record.attempts + attempts,
      lastError: error,
    },
  );
}

/** The partner refused or cannot take the change: recorded with the reason; the partner keeps what it had. */
export function recordFailure(
  record: SyndicationRecord,
  status: 'rejected' | 'failed',
  reasons: SyndicationReason[],
  attempts: number,
  cause: string,
  now: string,
  limits: RecordLimits,
): SyndicationRecord {
  return transition(record, { status, cause, now, reasons }, limits, {
    attempts: record.attempts + attempts,
    lastError: reasons[0]?.message ?? null,
    pendingChange: null,
  });
}
