import { z } from 'zod';
import { Slug, Timestamp } from './common';

/** Per-board status of one posting (DESIGN §4; `syndications/{postingId}__{partnerId}`). */
export const SyndicationStatus = z.enum(['pending', 'live', 'rejected', 'failed', 'withdrawn']);
export type SyndicationStatus = z.infer<typeof SyndicationStatus>;

export const SyndicationAction = z.enum(['publish', 'withdraw']);
export type SyndicationAction = z.infer<typeof SyndicationAction>;

/** A reason a recruiter can act on: a stable code and a sentence. */
export const SyndicationReason = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().nullable().default(null),
});
export type SyndicationReason = z.infer<typeof SyndicationReason>;

export const SyndicationHistoryEntry = z.object({
  at: Timestamp,
  status: SyndicationStatus,
  /** what caused the change: an event id, a request id or a delivery id */
  cause: z.string(),
  version: z.number().int().nullable().default(null),
  reasons: z.array(SyndicationReason).default([]),
});
export type SyndicationHistoryEntry = z.infer<typeof SyndicationHistoryEntry>;

export const SyndicationRecord = z.object({
  /** `{postingId}__{partnerId}` */
  id: z.string(),
  postingId: z.string(),
  partnerId: Slug,
  status: SyndicationStatus,
  /** what HR asked for last: a withdrawn posting stays withdrawn until HR publishes it again */
  desired: SyndicationAction,
  /** the posting version the partner has (webhook) or the feed serves */
  deliveredVersion: z.number().int().nullable().default(null),
  /**
   * The change being delivered, while it is not yet done: its id is the Standard Webhooks `webhook-id`, the
   * same across every retry of that change; `attempts` counts the attempts of this change.
   */
  pendingChange: z
    .object({
      id: z.string(),
      operation: z.enum(['publish', 'update', 'withdraw']),
      version: z.number().int().nullable(),
      startedAt: Timestamp,
    })
    .nullable()
    .default(null),
  attempts: z.number().int().min(0).default(0),
  lastError: z.string().nullable().default(null),
  reasons: z.array(SyndicationReason).default([]),
  /** ids of events and deliveries already applied: a redelivered event changes nothing */
  appliedEventIds: z.array(z.string()).default([]),
  history: z.array(SyndicationHistoryEntry).default([]),
  /**
   * The stuck-syndication sweep's re-sends of this pair's delivery request while it has been pending since
   * `since`, and when it last re-sent or reported it (`shared/pipeline/sweep-syndications.ts`); a later
   * pending spell counts from zero again.
   */
  resent: z
    .object({
      since: Timestamp,
      count: z.number().int().min(0),
      lastAt: Timestamp,
      /**
       * set by the sweep's claim (at `lastAt`) and cleared once its alert is logged: a claim still carrying it
       * after the sweep's longest run belongs to a sweep that died between the two, and the next sweep alerts
       * on the pair and re-sends it (`sweep-unalerted.ts`)
       */
      alertPending: z.boolean().optional(),
      /**
       * the alert's id when this claim took over a claim whose alert may already have been logged (its flag
       * still set): the taken-over claim's id, so a repeated alert line carries the same id (`alertIdOf`)
       */
      alertId: z.string().optional(),
    })
    .optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SyndicationRecord = z.infer<typeof SyndicationRecord>;

/**
 * HR's request (`POST /syndications`, `jobrelay syndicate`): postings (by id, or every open posting matching
 * a selection) × partners × action.
 */
export const SyndicationRequest = z
  .object({
    postingIds: z.array(z.string().min(1)).min(1).max(1000).optional(),
    /** every open posting (any posting, for withdraw) matching all given lists; partner filters still apply */
    select: z
      .object({
        sourceIds: z.array(z.string().min(1)).default([]),
        countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
        departments: z.array(z.string().min(1)).default([]),
        tags: z.array(z.string().min(1)).default([]),
      })
      .optional(),
    partnerIds: z.array(Slug).min(1).max(100),
    action: SyndicationAction,
    /** makes a retried request recognisable in history; generated when absent */
    requestId: z.string().min(1).max(200).optional(),
  })
  .refine((r) => (r.postingIds === undefined) !== (r.select === undefined), {
    message: 'give either postingIds or select, not both',
  });
export type SyndicationRequest = z.infer<typeof SyndicationRequest>;
export type SyndicationRequestInput = z.input<typeof SyndicationRequest>;

export const syndicationId = (postingId: string, partnerId: string): string => `${postingId}__${partnerId}`;
