import { sweepOutbox } from '../shared/pipeline/sweep-outbox';
import { sweepStuckSyndications } from '../shared/pipeline/sweep-syndications';
import { MaintenanceRequest } from '../shared/schema/events';
import type { ApiHandler } from './lib/api';
import { createPushHandler } from './lib/pubsub-push';
import { pipelineDepsOf, pushDepsOf, syndicationDepsOf, type Runtime } from './lib/runtime';

/**
 * `sweepOutbox` — push from `maintenance` (Cloud Scheduler): republishes outbox events left unsent, closes
 * postings past `validThrough`, and re-sends syndications stuck `pending` after their message was lost, or
 * left behind their posting's last change (alerting on them). A sweep that could not publish everything still acks: the next scheduled sweep
 * continues where this one stopped.
 */
export function createSweepOutbox(runtime: () => Promise<Runtime>): ApiHandler {
  return createPushHandler(
    {
      consumer: 'sweepOutbox',
      schema: MaintenanceRequest,
      eventId: (_request, message) => message.messageId,
      async process(request) {
        const current = await runtime();
        const deps = pipelineDepsOf(current);
        const outbox =
          request.task === 'sweep-syndications'
            ? {}
            : await sweepOutbox(deps, {
                maxEvents: request.task === 'close-expired' ? 0 : undefined,
                closeExpired: request.task !== 'sweep-outbox',
              });
        const syndications =
          request.task === 'all' || request.task === 'sweep-syndications'
            ? await sweepStuckSyndications(syndicationDepsOf(current), {
                stuckAfterMs: current.settings.JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS * 1000,
                maxResends: current.settings.JOBRELAY_SYNDICATION_MAX_RESENDS,
              })
            : null;
        return { kind: 'done', fields: { task: request.task, ...outbox, ...(syndications ? { syndications } : {}) } };
      },
    },
    async () => pushDepsOf(await runtime()),
  );
}
