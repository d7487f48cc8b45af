import { sweepOutbox } from '../shared/pipeline/sweep-outbox';
import { sweepStuckSyndications } from '../shared/pipeline/sweep-syndications';
import { sweepBudgetMs } from '../shared/pipeline/sweep-budget';
import { MaintenanceRequest } from '../shared/schema/events';
import type { ApiHandler } from './lib/api';
import { createPushHandler } from './lib/pubsub-push';
import { pipelineDepsOf, pushDepsOf, syndicationDepsOf, type Runtime } from './lib/runtime';

/**
 * `sweepOutbox` — push from `maintenance` (Cloud Scheduler): republishes outbox events left unsent, closes
 * postings past `validThrough`, and re-sends syndications stuck `pending` after their message was lost, or
 * left behind their posting's last change (alerting on them). A sweep that could not publish everything still acks: the next scheduled sweep
 * continues where this one stopped. The syndication sweep gets what is left of the request's time budget
 * (`sweepBudgetMs` of JOBRELAY_SWEEP_TIMEOUT_SECONDS, counted from the request's start, so the outbox sweep
 * before it counts too): it stops starting new work in time to report and ack before the platform cuts it off.
 */
export function createSweepOutbox(runtime: () => Promise<Runtime>): ApiHandler {
  return createPushHandler(
    {
      consumer: 'sweepOutbox',
      schema: MaintenanceRequest,
      eventId: (_request, message) => message.messageId,
      async process(request) {
        const current = await runtime();
        const started = current.clock.now().getTime();
        const budgetMs = sweepBudgetMs(current.settings.JOBRELAY_SWEEP_TIMEOUT_SECONDS);
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
                budgetMs: Math.max(0, budgetMs - (current.clock.now().getTime() - started)),
              })
            : null;
        return { kind: 'done', fields: { task: request.task, ...outbox, ...(syndications ? { syndications } : {}) } };
      },
    },
    async () => pushDepsOf(await runtime()),
  );
}
