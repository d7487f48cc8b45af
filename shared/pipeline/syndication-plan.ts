import type { BoardContext } from '../boards/board-context';
import { validateForBoard } from '../boards/validate';
import type { StoredPartner } from '../schema/partner';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationReason, SyndicationRecord, SyndicationStatus } from '../schema/syndication';
import { filterMismatches } from './partner-filter';

/**
 * What a (posting, partner) pair should look like, and the one operation that gets it there. Pure: every
 * delivery re-derives it from the current posting and record, which is what makes deliveries idempotent
 * and order-proof (a stale or repeated message finds nothing to do).
 */

/** The partner should show `version`, or nothing (with the status and reasons to record). */
export type Goal =
  | { present: true; version: number }
  | { present: false; status: Exclude<SyndicationStatus, 'live' | 'pending'>; reasons: SyndicationReason[] };

export type Operation = 'publish' | 'update' | 'withdraw';

const why = (code: string, field: string | null, message: string): SyndicationReason => ({ code, field, message });

/** Why a posting may not be on the partner whatever its content: request, lifecycle, duplicates, partner state. */
function blockingReason(record: SyndicationRecord, posting: PostingRecord | null, partner: StoredPartner): Goal | null {
  if (record.desired === 'withdraw')
    return {
      present: false,
      status: 'withdrawn',
      reasons: [why('SYNDICATION.WITHDRAWN', null, `Withdrawn from ${partner.config.name} at HR's request`)],
    };
  if (!posting)
    return {
      present: false,
      status: 'withdrawn',
      reasons: [why('POSTING.NOT_FOUND', null, 'The posting no longer exists; it was withdrawn')],
    };
  if (posting.status === 'closed')
    return {
      present: false,
      status: 'withdrawn',
      reasons: [
        why(
          'POSTING.CLOSED',
          'status',
          `The posting closed${posting.closedAt ? ` on ${posting.closedAt.slice(0, 10)}` : ''}; it was withdrawn from ${partner.config.name} automatically`,
        ),
      ],
    };
  if (posting.duplicateOf)
    return {
      present: false,
      status: 'rejected',
      reasons: [
        why(
          'POSTING.DUPLICATE',
          'duplicateOf',
          `This posting duplicates posting ${posting.duplicateOf}; only that one is syndicated, so boards do not show the job twice`,
        ),
      ],
    };
  if (!partner.config.active)
    return {
      present: false,
      status: 'rejected',
      reasons: [
        why(
          'PARTNER.INACTIVE',
          null,
          `${partner.config.name} is inactive; activate it in the partners file to syndicate to it`,
        ),
      ],
    };
  if (partner.health.endpointDisabledAt)
    return {
      present: false,
      status: 'failed',
      reasons: [
        why(
          'PARTNER.ENDPOINT_DISABLED',
          null,
          `${partner.config.name}'s endpoint is disabled (${partner.health.endpointDisabledReason ?? 'answered 410 Gone'}); fix its URL and apply the partners file again`,
        ),
      ],
    };
  return null;
}

/** What the pair should look like now. */
export function goalFor(
  record: SyndicationRecord,
  posting: PostingRecord | null,
  partner: StoredPartner,
  context: BoardContext,
): Goal {
  const blocked = blockingReason(record, posting, partner);
  if (blocked || !posting) return blocked ?? { present: false, status: 'withdrawn', reasons: [] };
  const reasons = [
    ...filterMismatches(posting, partner.config.filter, partner.config.name),
    ...validateForBoard(partner.config.format, posting, context),
  ];
  if (reasons.length > 0) return { present: false, status: 'rejected', reasons };
  return { present: true, version: posting.version };
}

/** The reasons a posting cannot be published to a partner right now (empty when it can). */
export function publishBlockers(
  posting: PostingRecord,
  partner: StoredPartner,
  context: BoardContext,
  record: SyndicationRecord,
): SyndicationReason[] {
  const goal = goalFor({ ...record, desired: 'publish' }, posting, partner, context);
  return goal.present ? [] : goal.reasons;
}

/** The operation that takes the partner from what it has (`deliveredVersion`) to the goal, or null. */
export function operationFor(record: SyndicationRecord, goal: Goal): Operation | null {
  const has = record.deliveredVersion;
  if (goal.present) {
    if (has === null) return 'publish';
    return has === goal.version ? null : 'update';
  }
  return has === null ? null : 'withdraw';
}

/** True when a partner that cannot be reached must not be called (inactive, or its endpoint disabled). */
export function mustNotCall(partner: StoredPartner): boolean {
  return !partner.config.active || partner.health.endpointDisabledAt !== null;
}
