import pLimit from 'p-limit';
import { describeError } from '../errors';
import type { OutboxEvent } from '../schema/events';
import { optionsOf, type PipelineDeps } from './deps';

export interface PublishReport {
  published: string[];
  failed: { id: string; code: string }[];
  /** events not tried because an earlier event of the same posting failed: they keep their order for the sweep */
  held: string[];
}

/**
 * Publishes outbox events and records the result in the outbox: sent events are marked sent in one call;
 * a failed publish is counted on its event, which stays unsent for the sweep. Events sharing an ordering key
 * (one posting) go out one after another in the order given; after a failure the rest of that key waits for
 * the sweep, so a posting's versions are never published out of order by one call. Never throws: the changes
 * are committed, and the outbox guarantees their events.
 */
export async function publishOutboxEvents(deps: PipelineDeps, events: readonly OutboxEvent[]): Promise<PublishReport> {
  const report: PublishReport = { published: [], failed: [], held: [] };
  if (events.length === 0) return report;
  const limit = pLimit(optionsOf(deps).publishConcurrency);
  await Promise.all([...byOrderingKey(events).values()].map((chain) => limit(() => publishChain(deps, chain, report))));
  await recordOutcome(deps, report);
  return report;
}

function byOrderingKey(events: readonly OutboxEvent[]): Map<string, OutboxEvent[]> {
  const chains = new Map<string, OutboxEvent[]>();
  for (const event of events) {
    const chain = chains.get(event.orderingKey) ?? [];
    chain.push(event);
    chains.set(event.orderingKey, chain);
  }
  return chains;
}

async function publishChain(deps: PipelineDeps, chain: readonly OutboxEvent[], report: PublishReport): Promise<void> {
  for (const event of chain) {
    try {
      await deps.bus.publish(event.topic, {
        data: event.event,
        attributes: event.attributes,
        orderingKey: event.orderingKey,
      });
      report.published.push(event.id);
    } catch (error) {
      report.failed.push({ id: event.id, code: describeError(error).code });
      deps.logger.warn('publish failed; the event stays in the outbox', { eventId: event.id, error });
      report.held.push(...chain.slice(chain.indexOf(event) + 1).map((waiting) => waiting.id));
      return;
    }
  }
}

/** Marks what went out as sent and counts the failures; a failure here only means the sweep publishes again. */
async function recordOutcome(deps: PipelineDeps, report: PublishReport): Promise<void> {
  try {
    if (report.published.length > 0) await deps.store.markSent(report.published, deps.clock.now().toISOString());
  } catch (error) {
    deps.logger.warn('marking events sent failed; the sweep will publish them again', {
      count: report.published.length,
      error,
    });
  }
  for (const failure of report.failed) {
    try {
      await deps.store.recordPublishFailure(failure.id, failure.code);
    } catch (error) {
      deps.logger.warn('recording a publish failure failed', { eventId: failure.id, error });
    }
  }
}
