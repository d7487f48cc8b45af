import { sweepOutbox } from '../shared/pipeline/sweep-outbox';
import { MaintenanceRequest } from '../shared/schema/events';
import type { ApiHandler } from './lib/api';
import { createPushHandler } from './lib/pubsub-push';
import { pipelineDepsOf, pushDepsOf, type Runtime } from './lib/runtime';

/**
 * `sweepOutbox` — push from `maintenance` (Cloud Scheduler): republishes outbox events left unsent and
 * closes postings past `validThrough`. A sweep that could not publish everything still acks: the next
 * scheduled sweep continues where this one stopped.
 */
export function createSweepOutbox(runtime: () => Promise<Runtime>): ApiHandler {
  return createPushHandler(
    {
      consumer: 'sweepOutbox',
      schema: MaintenanceRequest,
      eventId: (_request, message) => message.messageId,
      async process(request) {
        const result = await sweepOutbox(pipelineDepsOf(await runtime()), {
          maxEvents: request.task === 'close-expired' ? 0 : undefined,
          closeExpired: request.task !== 'sweep-outbox',
        });
        return { kind: 'done', fields: { task: request.task, ...result } };
      },
    },
    async () => pushDepsOf(await runtime()),
  );
}
