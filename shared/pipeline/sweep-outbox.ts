import type { PipelineDeps } from './deps';
import { closePostings } from './close-postings';
import { publishOutboxEvents } from './publish-events';
import { PagePacer, SweepBudget } from './sweep-budget';

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
  /** how long the sweep may start new rounds, on `deps.clock` (default: no limit; the function sets one) */
  budgetMs?: number | null;
}

export interface SweepResult {
  published: number;
  failed: number;
  /** postings closed because their `validThrough` passed */
  expired: number;
  /**
   * false when the sweep stopped with work left (its budget spent, or `maxEvents` reached): the next scheduled
   * sweep continues (`outbox_sweep_incomplete` says what is left)
   */
  complete: boolean;
}

/** Why a part of the sweep stopped: it ran out of work, of rounds it could publish, of budget, or hit its cap. */
type Stop = 'done' | 'budget' | 'cap';

/**
 * The outbox sweep (DESIGN §4 "No lost events"): publishes events left unsent (a crash or failed publish
 * between commit and publish), oldest first and in order per posting, marks them sent, then closes postings
 * past `validThrough` (`closedReason` `expired`). Safe beside ingest and beside another sweep: an event may be
 * published twice under its one id (consumers dedupe on it), never lost.
 *
 * Time: like the stuck-syndication sweep (`sweep-budget.ts`), it starts a new round only while what is left of
 * `budgetMs` is at least what its last round took (`PagePacer`), so it overruns the budget only by how much
 * longer a round takes than the one before. It finishes the round in flight, logs one `outbox_sweep_incomplete`
 * line with what is left, and the next scheduled sweep continues there (events stay unsent and are read oldest
 * first; expired postings stay open until closed). A round is read before the budget is asked, so the line
 * says whether anything was left.
 */
export async function sweepOutbox(deps: PipelineDeps, options: SweepOptions = {}): Promise<SweepResult> {
  const result: SweepResult = { published: 0, failed: 0, expired: 0, complete: true };
  const budget = new SweepBudget(deps.clock, options.budgetMs ?? null);
  const batchSize = options.batchSize ?? 200;
  const publishing = await publishUnsent(deps, options, budget, result);
  const closing = (options.closeExpired ?? true) ? await closeExpired(deps, batchSize, budget, result) : 'done';
  if (publishing !== 'done' || closing !== 'done') {
    result.complete = false;
    await reportLeftover(deps, budget, result, { publishing, closing });
  }
  deps.logger.info('outbox swept', { ...result });
  return result;
}

async function publishUnsent(
  deps: PipelineDeps,
  options: SweepOptions,
  budget: SweepBudget,
  result: SweepResult,
): Promise<Stop> {
  const batchSize = options.batchSize ?? 200;
  const maxEvents = options.maxEvents ?? 10_000;
  const cutoff = deps.clock.now().getTime() - (options.minAgeMs ?? 0);
  // `maxEvents` 0: publishing was not asked for (the close-expired task)
  if (maxEvents <= 0) return 'done';
  const pacer = new PagePacer(deps.clock);
  for (;;) {
    const unsent = await deps.store.listUnsent(batchSize);
    const due = unsent.filter((event) => Date.parse(event.createdAt) <= cutoff);
    if (due.length === 0) return 'done';
    if (result.published >= maxEvents) return 'cap';
    if (!pacer.roomFor(budget)) return 'budget';
    pacer.begin();
    const report = await publishOutboxEvents(deps, due);
    pacer.end();
    result.published += report.published.length;
    result.failed += report.failed.length;
    // a round that sends nothing would read the same events again: leave them to the next sweep
    if (report.published.length === 0 || unsent.length < batchSize || due.length < unsent.length) return 'done';
  }
}

async function closeExpired(
  deps: PipelineDeps,
  batchSize: number,
  budget: SweepBudget,
  result: SweepResult,
): Promise<Stop> {
  const pacer = new PagePacer(deps.clock);
  for (;;) {
    const expired = await deps.store.listExpired(deps.clock.now().toISOString(), batchSize);
    if (expired.length === 0) return 'done';
    if (!pacer.roomFor(budget)) return 'budget';
    pacer.begin();
    const report = await closePostings(
      deps,
      expired.map((summary) => summary.id),
      'expired',
    );
    pacer.end();
    result.expired += report.closed.length;
    if (report.closed.length === 0 || expired.length < batchSize) return 'done';
  }
}

/**
 * The line that says the sweep stopped with work left, and what: events still unsent (the oldest one's age:
 * how far behind the outbox is) and postings past `validThrough` still open. An INFO line: nothing is lost,
 * the next scheduled sweep continues.
 */
async function reportLeftover(
  deps: PipelineDeps,
  budget: SweepBudget,
  result: SweepResult,
  stops: { publishing: Stop; closing: Stop },
): Promise<void> {
  const oldest = (await deps.store.listUnsent(1).catch(() => []))[0];
  deps.logger.info('outbox sweep stopped with work left; the next scheduled sweep continues', {
    event: 'outbox_sweep_incomplete',
    reason: stops.publishing === 'cap' ? 'cap' : 'budget',
    elapsedMs: budget.elapsedMs(),
    published: result.published,
    unsentLeft: stops.publishing !== 'done',
    oldestUnsentSeconds: oldest ? Math.round((deps.clock.now().getTime() - Date.parse(oldest.createdAt)) / 1000) : null,
    expired: result.expired,
    expiredLeft: stops.closing !== 'done',
  });
}
