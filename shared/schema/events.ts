import { z } from 'zod';
import { JobPosting } from './posting';
import { Timestamp } from './common';

/** Pub/Sub topics (one name per concept: code, Terraform and docs use these). */
export const TOPICS = ['posting-events', 'syndication-requests', 'refresh-requests', 'maintenance'] as const;
export const TopicName = z.enum(TOPICS);
export type TopicName = z.infer<typeof TopicName>;

export const PostingEventType = z.enum(['posting.created', 'posting.updated', 'posting.closed', 'posting.reopened']);
export type PostingEventType = z.infer<typeof PostingEventType>;

/** The data of a posting event. */
export const PostingEventData = z.object({
  postingId: z.string(),
  sourceId: z.string(),
  version: z.number().int().min(1),
  /** for `posting.updated` (and a reopening with changes): the top-level posting fields that changed */
  changedFields: z.array(z.string()).default([]),
  /**
   * The posting at this version. When the serialised event would exceed the size budget (well under
   * Eventarc's 512 KB), `description.html` is emptied, `description.text` cut, and `truncated` set:
   * consumers read the full posting from the store.
   */
  posting: JobPosting,
  truncated: z.boolean().default(false),
  /** the canonical posting this one duplicates (same job in another source, or a repost): not syndicated twice */
  duplicateOf: z.string().nullable().default(null),
});
export type PostingEventData = z.infer<typeof PostingEventData>;

/** A CloudEvents 1.0 JSON event (https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/spec.md). */
export const PostingEvent = z.object({
  specversion: z.literal('1.0'),
  /** posting id + version: consumers dedupe on it */
  id: z.string(),
  source: z.string(),
  type: PostingEventType,
  subject: z.string(),
  time: Timestamp,
  datacontenttype: z.literal('application/json'),
  data: PostingEventData,
});
export type PostingEvent = z.infer<typeof PostingEvent>;

export const postingEventId = (postingId: string, version: number): string => `${postingId}-v${version}`;

/** An outbox document (`outbox/{eventId}`): written in the same transaction as the posting change. */
export const OutboxEvent = z.object({
  id: z.string(),
  topic: TopicName,
  event: PostingEvent,
  orderingKey: z.string(),
  attributes: z.record(z.string(), z.string()),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable().default(null),
  publishAttempts: z.number().int().min(0).default(0),
});
export type OutboxEvent = z.infer<typeof OutboxEvent>;

/** `refresh-requests` message: no `sourceId` fans out to every due active source. */
export const RefreshRequest = z.object({
  sourceId: z.string().optional(),
  /** refresh even when the source is not due */
  force: z.boolean().default(false),
  requestId: z.string().optional(),
});
export type RefreshRequest = z.infer<typeof RefreshRequest>;

/** `maintenance` message: which maintenance task to run. */
export const MaintenanceRequest = z.object({
  /** `sweep-syndications`: re-send stuck pending syndications (`sweep-syndications.ts`); `all` does every task */
  task: z.enum(['sweep-outbox', 'close-expired', 'sweep-syndications', 'all']).default('all'),
});
export type MaintenanceRequest = z.infer<typeof MaintenanceRequest>;
