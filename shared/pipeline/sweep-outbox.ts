import type { PipelineDeps } from './deps';
import { closePostings } from './close-postings';
import { publishOutboxEvents } from './publish-events';

export interface SweepOptions {
  /** events read per round */
  batchSize?: number;
  /** stop after publishing this many (the next sweep continues) */
  maxEvents?: number;
  /**
   * leave events younger than this to the ingest that wrote them (it is probably publishing them right now);
   * 0 sweeps everything
   */
  minAgeMs?: number;
  /** also close open postings past `validThrough` (default true) */
  closeExpired?: boolean;
}

export interface SweepResult {
  published: number;
  failed: number;
  /** postings closed because their `validThrough` passed */
  expired: number;
}

/**
 * The outbox sweep (DESIGN §4 "No lost events"): publishes events left unsent (a crash or failed publish
 * between commit and publish), oldest first and in order per posting, marks them sent, then closes postings
 * past `validThrough` (`closedReason` `expired`). Safe beside ingest and beside another sweep: an event may be
 * published twice under its one id (consumers dedupe on it), never lost.
 */
export async function sweepOutbox(deps: PipelineDeps, options: SweepOptions = {}): Promise<SweepResult> {
  const result: SweepResult = { published: 0, failed: 0, expired: 0 };
  await publishUnsent(deps, options, result);
  if (options.closeExpired ?? true) result.expired = await closeExpired(deps, options.batchSize ?? 200);
  deps.logger.info('outbox swept', { ...result });
  return result;
}

async function publishUnsent(deps: PipelineDeps, options: SweepOptions, result: SweepResult): Promise<void> {
  const batchSize = options.batchSize ?? 200;
  const maxEvents = options.maxEvents ?? 10_000;
  const cutoff = deps.clock.now().getTime() - (options.minAgeMs ?? 0);
  while (result.published < maxEvents) {
    const unsent = await deps.store.listUnsent(batchSize);
    const due = unsent.filter((event) => Date.parse(event.createdAt) <= cutoff);
    if (due.length === 0) return;
    const report = await publishOutboxEvents(deps, due);
    result.published += report.published.length;
    result.failed += report.failed.length;
    // a round that sends nothing would read the same events again: leave them to the next sweep
    if (report.published.length === 0 || unsent.length < batchSize || due.length < unsent.length) return;
  }
}

async function closeExpired(deps: PipelineDeps, batchSize: number): Promise<number> {
  let closed = 0;
  for (;;) {
    const expired = await deps.store.listExpired(deps.clock.now().toISOString(), batchSize);
    if (expired.length === 0) return closed;
    const report = await closePostings(
      deps,
      expired.map((summary) => summary.id),
      'expired',
    );
    closed += report.closed.length;
    if (report.closed.length === 0 || expired.length < batchSize) return closed;
  }
}
