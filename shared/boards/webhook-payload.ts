import type { BoardContext, BoardPosting } from './board-context';
import { type JsonFeedRemoval, type JsonFeedUpsert, toJsonFeedUpsert } from './json-feed';

/**
 * Webhook bodies in the Standard Webhooks envelope `{type, timestamp, data}`
 * (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#payload-structure).
 * `data` is the JSON feed's entry, so a partner parses one shape whether it pulls or is pushed to.
 */

export type WebhookEventType = 'posting.published' | 'posting.updated' | 'posting.withdrawn';

export interface WebhookPayload {
  type: WebhookEventType;
  /** ISO 8601 */
  timestamp: string;
  data: JsonFeedUpsert | JsonFeedRemoval;
}

/** The body announcing a posting that goes live (`published`) or changes (`updated`) on the partner. */
export function publishPayload(
  posting: BoardPosting,
  kind: 'published' | 'updated',
  at: string,
  context: BoardContext,
): WebhookPayload {
  return { type: `posting.${kind}`, timestamp: at, data: toJsonFeedUpsert(posting, at, context) };
}

/** The body asking the partner to take a posting down. */
export function withdrawPayload(postingId: string, why: JsonFeedRemoval['reason'], at: string): WebhookPayload {
  return {
    type: 'posting.withdrawn',
    timestamp: at,
    data: { action: 'remove', id: postingId, changedAt: at, reason: why },
  };
}
