import { refreshSources, type RefreshResult } from '../shared/pipeline/refresh';
import { RefreshRequest } from '../shared/schema/events';
import type { LogFields } from '../shared/ports/logger.port';
import type { ApiHandler } from './lib/api';
import { createPushHandler } from './lib/pubsub-push';
import { pipelineDepsOf, pushDepsOf, type Runtime } from './lib/runtime';

/**
 * `refreshSources` — push from `refresh-requests`. Cloud Scheduler's message (no `sourceId`) fans out one
 * message per due source, so sources refresh in parallel across instances; a message with a `sourceId`
 * refreshes that source. A failed fetch is recorded in the run and acked: the next schedule tries again,
 * and redelivering the message at once would only hammer a failing site.
 */
export function createRefreshSources(runtime: () => Promise<Runtime>): ApiHandler {
  return createPushHandler(
    {
      consumer: 'refreshSources',
      schema: RefreshRequest,
      eventId: (_request, message) => message.messageId,
      async process(request) {
        const rt = await runtime();
        const result = await refreshSources({ ...pipelineDepsOf(rt), fetcher: await rt.fetcher() }, request);
        return { kind: 'done', fields: fieldsOf(result) };
      },
    },
    async () => pushDepsOf(await runtime()),
  );
}

/** The summary line's fields: the source, the run's outcome and counts (DESIGN §6). */
function fieldsOf(result: RefreshResult): LogFields {
  if (result.kind === 'fan-out')
    return {
      kind: 'fan-out',
      requested: result.requested.length,
      notDue: result.notDue.length,
      inactive: result.inactive.length,
    };
  if (result.kind === 'skipped') return { kind: 'skipped', sourceId: result.sourceId, reason: result.reason };
  const { run } = result;
  return {
    kind: 'run',
    sourceId: run.sourceId,
    runId: run.id,
    status: run.status,
    ...run.counts,
    runDurationMs: run.durationMs,
  };
}
