import type { Clock } from '../ports/clock.port';

/**
 * How many pairs the stuck-syndication sweep handles at once. Each takes a few store round trips and maybe a
 * publish, all waiting on the network: one at a time, the campaign's rig spent 56–59 s on a few hundred
 * postings reading their records one by one (about 30 ms a read on the Firestore emulator). Sixteen keeps
 * Firestore's per-document write rate far away (every pair is its own document) and lets the Pub/Sub
 * publisher batch the re-sends.
 */
export const SWEEP_CONCURRENCY = 16;

/**
 * The share of the maintenance run's budget the outbox sweep may use when the stuck-syndication sweep runs
 * after it (task `all`): a backlog of unsent events after a long Pub/Sub outage must not starve the stuck
 * sweep run after run. Whatever the outbox sweep leaves unused goes to the stuck sweep.
 */
export const OUTBOX_SHARE = 0.5;

/**
 * The share of the stuck sweep's budget its pending pass may use before the lagging pass runs: thousands of
 * stuck pending pairs must not keep the lagging pass from ever starting. The pending pass continues with
 * whatever the lagging pass leaves.
 */
export const PENDING_SHARE = 0.5;

/**
 * The part of the sweep function's timeout it may spend starting new work; the rest is kept for the work in
 * flight when the budget runs out (a page of pairs, a store call retried), the alert lines and the push
 * handler's done marker. A quarter, at least 30 s: 225 s of the deployed 300 s.
 */
export function sweepBudgetMs(functionTimeoutSeconds: number): number {
  const reserve = Math.max(30, functionTimeoutSeconds / 4);
  return Math.max(0, Math.round((functionTimeoutSeconds - reserve) * 1000));
}

/**
 * A sweep's time budget on the injected clock: once it is spent the sweep starts nothing new (no new page or
 * round), finishes what is in flight, reports, and leaves the rest to the next scheduled run (its marks say
 * where that starts).
 */
export class SweepBudget {
  private readonly deadline: number;
  private readonly started: number;

  /** `budgetMs` null: no limit (the caps on pairs and postings still apply) */
  constructor(
    private readonly clock: Clock,
    budgetMs: number | null,
  ) {
    this.started = clock.now().getTime();
    this.deadline = budgetMs === null ? Number.POSITIVE_INFINITY : this.started + budgetMs;
  }

  spent(): boolean {
    return this.clock.now().getTime() >= this.deadline;
  }

  /**
   * A budget for one part of the work: `fraction` of what is left of this one, from now (no limit when this
   * one has none). The part that runs first gets a share, so the parts after it always get some time.
   */
  share(fraction: number): SweepBudget {
    if (this.deadline === Number.POSITIVE_INFINITY) return new SweepBudget(this.clock, null);
    const left = Math.max(0, this.deadline - this.clock.now().getTime());
    return new SweepBudget(this.clock, Math.floor(left * fraction));
  }

  /** What is left, in ms (null: no limit). */
  leftMs(): number | null {
    if (this.deadline === Number.POSITIVE_INFINITY) return null;
    return Math.max(0, this.deadline - this.clock.now().getTime());
  }

  elapsedMs(): number {
    return this.clock.now().getTime() - this.started;
  }
}

/**
 * Paces one pass's pages against a budget. A page is started only while what is left of the budget is at
 * least what the pass's last page took, so a page started near the end no longer runs a whole page past it:
 * the budget is overrun only by how much longer a page takes than the one before it (`sweepBudgetMs` keeps a
 * reserve of the function's timeout for that). The first page of a pass has no measure and starts while any
 * budget is left. The lagging pass reads a page ahead only when the budget has room for two.
 */
export class PagePacer {
  private lastPageMs: number | null = null;
  private pageStarted = 0;

  constructor(private readonly clock: Clock) {}

  /**
   * Whether `budget` has room for `pages` more pages like the last one. Before any page was measured, room
   * for one page is any budget left, and room for more is known only without a limit.
   */
  roomFor(budget: SweepBudget, pages = 1): boolean {
    const left = budget.leftMs();
    if (left === null) return true;
    if (left <= 0) return false;
    if (this.lastPageMs === null) return pages <= 1;
    return left >= pages * this.lastPageMs;
  }

  /** A page starts now. */
  begin(): void {
    this.pageStarted = this.clock.now().getTime();
  }

  /** The page begun last has ended: its time is the measure for the next. */
  end(): void {
    this.lastPageMs = this.clock.now().getTime() - this.pageStarted;
  }
}

/**
 * Runs `work` on `items` in order with at most `width` in flight, starting none once `stop()` is true or one
 * has failed. It always waits for the ones in flight, so their outcomes are tallied before the sweep reports,
 * and then rethrows the first failure. Returns how many items were started: always a prefix of `items`, so a
 * watermark may move to the last one started.
 */
export async function runBounded<T>(
  items: readonly T[],
  width: number,
  stop: () => boolean,
  work: (item: T) => Promise<void>,
): Promise<number> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (next < items.length && !failure && !stop()) {
      const item = items[next++]!;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
  return next;
}
