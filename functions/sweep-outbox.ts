import { sweepOutbox } from '../shared/pipeline/sweep-outbox';
import { sweepStuckSyndications } from '../shared/pipeline/sweep-syndications';
import { OUTBOX_SHARE, SweepBudget, sweepBudgetMs } from '../shared/pipeline/sweep-budget';
import { MaintenanceRequest } from '../shared/schema/events';
import type { ApiHandler } from './lib/api';
import { createPushHandler } from './lib/pubsub-push';
import { pipelineDepsOf, pushDepsOf, syndicationDepsOf, type Runtime } from './lib/runtime';

/**
 * `sweepOutbox` — push from `maintenance` (Cloud Scheduler): republishes outbox events left unsent, closes
 * postings past `validThrough`, and re-sends syndications stuck `pending` after their message was lost, or
 * left behind their posting's last change (alerting on them). A sweep that could not publish everything still
 * acks: the next scheduled sweep continues where this one stopped. Both sweeps run on one time budget
 * (`sweepBudgetMs` of JOBRELAY_SWEEP_TIMEOUT_SECONDS, from the request's start), so they stop starting new
 * work in time to report and ack before the platform cuts them off: the outbox sweep may use `OUTBOX_SHARE`
 * of it when the stuck sweep follows (task `all`), and the stuck sweep gets whatever is left.
 */
export function createSweepOutbox(runtime: () => Promise<Runtime>): ApiHandler {
  return createPushHandler(
    {
      consumer: 'sweepOutbox',
      schema: MaintenanceRequest,
      eventId: (_request, message) => message.messageId,
      async process(request) {
        const current = await runtime();
        const budget = new SweepBudget(current.clock, sweepBudgetMs(current.settings.JOBRELAY_SWEEP_TIMEOUT_SECONDS));
        const stuckFollows = request.task === 'all';
        const outbox =
          request.task === 'sweep-syndications'
            ? {}
            : await sweepOutbox(pipelineDepsOf(current), {
                maxEvents: request.task === 'close-expired' ? 0 : undefined,
                closeExpired: request.task !== 'sweep-outbox',
                budgetMs: (stuckFollows ? budget.share(OUTBOX_SHARE) : budget).leftMs(),
              });
        const syndications =
          stuckFollows || request.task === 'sweep-syndications'
            ? await sweepStuckSyndications(syndicationDepsOf(current), {
                stuckAfterMs: current.settings.JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS * 1000,
                maxResends: current.settings.JOBRELAY_SYNDICATION_MAX_RESENDS,
                budgetMs: budget.leftMs(),
                // a claim older than the longest sweep (the platform cuts it off at its timeout) lost its sweep
                alertLeaseMs: (current.settings.JOBRELAY_SWEEP_TIMEOUT_SECONDS + 60) * 1000,
              })
            : null;
        return { kind: 'done', fields: { task: request.task, ...outbox, ...(syndications ? { syndications } : {}) } };
      },
    },
    async () => pushDepsOf(await runtime()),
  );
}
