import { z } from 'zod';
import { deliver } from '../shared/pipeline/deliver';
import { SyndicationJob } from '../shared/pipeline/syndication-messages';
import { PostingEvent } from '../shared/schema/events';
import type { ApiHandler } from './lib/api';
import { createPushHandler } from './lib/pubsub-push';
import { pushDepsOf, syndicationDepsOf, type Runtime } from './lib/runtime';

/** What arrives: a posting event (`posting-events`) or a sync job (`syndication-requests`). */
const DeliveryMessage = z.union([SyndicationJob, PostingEvent]);

/**
 * `deliverSyndication` — push from `posting-events` and `syndication-requests`: fans posting events out to
 * the partners a posting is on and brings (posting, partner) pairs in line (signed webhooks, feeds, the
 * Indexing API). The use case says whether to ack or have Pub/Sub redeliver.
 */
export function createDeliverSyndication(runtime: () => Promise<Runtime>): ApiHandler {
  return createPushHandler(
    {
      consumer: 'deliverSyndication',
      schema: DeliveryMessage,
      // a posting event's CloudEvents id is the same in every copy of it (outbox republishes included)
      eventId: (message, push) => ('specversion' in message ? message.id : push.messageId),
      async process(message, push) {
        const result = await deliver(syndicationDepsOf(await runtime()), message, {
          deliveryAttempt: push.deliveryAttempt ?? undefined,
        });
        const fields = { kind: result.kind, pairs: result.pairs.length, published: result.published };
        return result.ack ? { kind: 'done', fields } : { kind: 'retry', reason: 'a delivery will be retried', fields };
      },
    },
    async () => pushDepsOf(await runtime()),
  );
}
