import type { StoredPartner } from '../schema/partner';
import type { SyndicationDeps } from './syndication-deps';
import { StuckTally, type StuckSweepResult } from './stuck-syndication-report';
import { ResendSender } from './syndication-resend';
import { PagePacer, PENDING_SHARE, SWEEP_CONCURRENCY, SweepBudget } from './sweep-budget';
import { LAGGING_SWEEP_MARK, sweepLaggingSyndications } from './sweep-lagging-syndications';
import type { PassProgress } from './sweep-pass';
import { sweepPending } from './sweep-pending-syndications';
import { sweepUnalerted } from './sweep-unalerted';

export { SYNDICATION_STUCK_EVENT, type StuckSweepResult } from './stuck-syndication-report';
export { pendingSince } from './sweep-pending-syndications';

/**
 * The stuck-syndication sweep (DESIGN §4 "every partner in the state the records say"): a (posting, partner)
 * pair stays `pending` only while a `syndication.sync` message carries it. When that message is lost — the
 * request's publish failed after the record was written, a process died mid-delivery and the message was
 * never redelivered, a dead-lettered message whose last delivery never reached the record — nothing would
 * ever move the pair again. The sweep finds pending records nobody has updated for `stuckAfterMs`, publishes
 * their delivery request again (the same `syndication.sync` message, the same cause, batched as the original
 * path batched it: `syndication-resend.ts`), and logs one `syndication_stuck` line per partner, which a
 * log-based metric turns into an alert. After `maxResends` re-sends in one pending spell it stops re-sending
 * and keeps alerting, once per threshold: each stuck pair is noted on its record when handled, so the oldest
 * (abandoned) pairs never crowd newer ones out of a sweep.
 *
 * The same loss can leave a pair that is not pending behind its posting: the posting event's fan-out (or the
 * message it published) was lost, so a partner keeps an older version, or a closed posting stays live. The
 * sweep's second pass (`sweep-lagging-syndications.ts`) finds those once their posting's last change is older
 * than `stuckAfterMs`, turns them `pending` and re-sends them through the same path, so from then on they are
 * ordinary pending pairs: same re-send cap, same `resent` note, same alert.
 *
 * Alerts: each page's pairs are claimed on their records (the write succeeds only if nothing touched the pair
 * since the sweep read it), then the page's `syndication_stuck` lines are logged for the pairs claimed, then
 * the sweep re-sends them (`claimAlertAct` in `sweep-pass.ts`). So every pair alerted on is acted on, a pair
 * that moved on meanwhile (delivered, re-requested) is neither, and no pair is re-sent before its alert.
 *
 * Time: the sweep handles up to `SWEEP_CONCURRENCY` pairs at once, and starts a new page only while its
 * `budgetMs` has room for one as long as the pass's last page (`PagePacer`; the function gives it most of its
 * timeout: `sweep-budget.ts`); the page in flight it finishes. The pending pass may use `PENDING_SHARE` of the budget
 * before the lagging pass runs, and continues with what the lagging pass leaves, so thousands of stuck pending
 * pairs never keep the lagging pass from moving. What is left the sweep names in one
 * `syndication_sweep_incomplete` line, and the next scheduled sweep continues there: the pairs it handled are
 * marked (no longer stale), and the lagging pass's watermark stands after the last posting it examined.
 *
 * Why re-sending is safe: every delivery re-derives what to do from the record and the posting, holds a
 * per-pair lease while it calls, and keeps one `webhook-id` per change, so a second message for a pair that
 * a late first message already settled finds nothing to do, and a partner sees a repeated call under the
 * same id. Why it does not fight Pub/Sub's own retries: every failed attempt updates the record
 * (`recordRetryableFailure`), and attempts are at most the retry policy's maximum backoff plus the ack
 * deadline apart (600 s + 300 s, terraform/pubsub.tf), so a pair its message still carries is never this
 * old; a pair whose lease is held is being delivered right now and is left alone.
 */

export interface StuckSweepOptions {
  /** a pending pair not updated for this long is stuck (default 20 minutes: above 600 s backoff + 300 s ack deadline) */
  stuckAfterMs?: number;
  /** re-sends per pending spell; after them the pair is only alerted on (default 3) */
  maxResends?: number;
  /** records read per page (default 200) */
  batchSize?: number;
  /** most stuck pairs handled per sweep; the next sweep continues (default 2,000) */
  maxPairs?: number;
  /** most changed postings the lagging pass examines per sweep; the next sweep continues (default 5,000) */
  maxPostings?: number;
  /** how long the sweep may start new work, on `deps.clock` (default: no limit; the function sets one) */
  budgetMs?: number | null;
  /** pairs handled at once (default `SWEEP_CONCURRENCY`) */
  concurrency?: number;
  /**
   * how long a claim may wait for its alert before the sweep that made it is taken for dead and the next sweep
   * takes the pair over (`sweep-unalerted.ts`): longer than a sweep can run (default 10 minutes; the function
   * passes its own timeout plus a minute)
   */
  alertLeaseMs?: number;
}

const DEFAULT_STUCK_SWEEP: Required<StuckSweepOptions> = {
  stuckAfterMs: 20 * 60_000,
  maxResends: 3,
  batchSize: 200,
  maxPairs: 2_000,
  maxPostings: 5_000,
  budgetMs: null,
  concurrency: SWEEP_CONCURRENCY,
  alertLeaseMs: 10 * 60_000,
};

/** What the sweep needs: syndication's options decide, as on delivery, what a lagging pair should be. */
export type SweepDeps = Pick<SyndicationDeps, 'store' | 'bus' | 'clock' | 'logger' | 'options'>;

/** Re-sends the delivery requests of stuck pairs (pending, or behind their posting) and reports them. */
export async function sweepStuckSyndications(
  deps: SweepDeps,
  options: StuckSweepOptions = {},
): Promise<StuckSweepResult> {
  const settings = { ...DEFAULT_STUCK_SWEEP, ...options };
  const now = deps.clock.now();
  const tally = new StuckTally(now);
  const sender = new ResendSender(deps, tally);
  const budget = new SweepBudget(deps.clock, settings.budgetMs);
  const partners = new Map<string, Promise<StoredPartner | null>>();
  const partnerOf = (id: string) => {
    if (!partners.has(id)) partners.set(id, deps.store.getPartner(id));
    return partners.get(id)!;
  };
  const shared = { tally, sender, partnerOf, budget };
  // the pending pass first, on its share of the budget; the lagging pass on what is left of the whole budget;
  // the pending pass again on whatever the lagging pass leaves: both passes move every run
  // one pacer per pass: the pending pass's second round is paced by its first round's pages
  const pendingPacer = new PagePacer(deps.clock);
  const pendingShare = { ...shared, budget: budget.share(PENDING_SHARE) };
  // claims whose sweep died before alerting first: they are the oldest unreported pairs
  const unalerted = await sweepUnalerted(deps, settings, now, pendingShare, pendingPacer);
  let pending = await sweepPending(deps, settings, now, pendingShare, pendingPacer);
  if (unalerted.more) pending = { ...pending, more: true };
  await sender.flush();
  let lagging: PassProgress = { done: 0, more: true };
  if (!budget.spent()) lagging = await sweepLaggingSyndications(deps, settings, shared);
  if (pending.more && pending.done < settings.maxPairs && !budget.spent()) {
    const rest = { ...settings, maxPairs: settings.maxPairs - pending.done };
    const more = await sweepPending(deps, rest, now, shared, pendingPacer);
    await sender.flush();
    pending = { done: pending.done + more.done, more: more.more };
  }
  // a pass that stopped with work left below its cap stopped for time
  const forTime =
    (pending.more && pending.done < settings.maxPairs) || (lagging.more && lagging.done < settings.maxPostings);
  if (pending.more || lagging.more) await reportLeftover(deps, tally, budget, forTime, { pending, lagging });
  return tally.result();
}

/**
 * The line that says a sweep stopped with work left (its budget spent, or a cap reached) and where the next
 * scheduled sweep starts: the pending pass again at the oldest stale pair (those handled are no longer
 * stale), the lagging pass after its mark. An INFO line: nothing is lost, the next run continues.
 */
async function reportLeftover(
  deps: SweepDeps,
  tally: StuckTally,
  budget: SweepBudget,
  forTime: boolean,
  passes: { pending: PassProgress; lagging: PassProgress },
): Promise<void> {
  tally.stoppedEarly();
  deps.logger.info('syndication sweep stopped with work left; the next scheduled sweep continues', {
    event: 'syndication_sweep_incomplete',
    reason: forTime ? 'budget' : 'cap',
    elapsedMs: budget.elapsedMs(),
    pendingPairsHandled: passes.pending.done,
    pendingPairsLeft: passes.pending.more,
    laggingPostingsExamined: passes.lagging.done,
    laggingPostingsLeft: passes.lagging.more,
    laggingMark: await deps.store.getSweepMark(LAGGING_SWEEP_MARK).catch(() => null),
  });
}
