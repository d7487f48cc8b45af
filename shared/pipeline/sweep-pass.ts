import { describeError } from '../errors';
import type { Logger } from '../ports/logger.port';
import type { StoredPartner } from '../schema/partner';
import type { StuckPair, StuckTally } from './stuck-syndication-report';
import { runBounded, type SweepBudget } from './sweep-budget';
import type { ResendSender } from './syndication-resend';

/** What the stuck-syndication sweep's two passes (pending, lagging) share: their settings, state and progress. */

/** The sweep's settings as each pass reads them (`StuckSweepOptions` with the defaults filled in). */
export interface SweepSettings {
  stuckAfterMs: number;
  maxResends: number;
  batchSize: number;
  maxPairs: number;
  maxPostings: number;
  concurrency: number;
  /** a claim whose alert is still pending after this long belongs to a sweep that died (`sweep-unalerted.ts`) */
  alertLeaseMs: number;
}

/**
 * What the sweep's two passes share: the tally they report, the batching sender, the partners read once, and
 * the time budget that stops them starting new work.
 */
export interface SweepShared {
  tally: StuckTally;
  sender: ResendSender;
  partnerOf: (id: string) => Promise<StoredPartner | null>;
  budget: SweepBudget;
}

/** How far one pass got: pairs (pending pass) or changed postings (lagging pass) handled, and whether more are left. */
export interface PassProgress {
  done: number;
  more: boolean;
}

/**
 * Handles a page's stuck pairs in three steps: claims each (`claim` writes its record only if nothing touched
 * it since the page was read, and returns null when it moved on), `concurrency` at once, or, where the store
 * writes many records in one transaction, in `concurrency` chunks of pairs (`claimChunk`, `claimChunks`: the
 * same rule per record, one commit per chunk instead of one transaction per pair); alerts on the pairs
 * it claimed, in page order; then acts on them (re-sends, counts). A pair that moved on between the read and
 * its claim was delivered, re-requested or taken by another sweep: it is not stuck, so it is counted skipped
 * and not alerted on, and a later sweep finds it again if it is stuck again.
 *
 * Why the alert comes after the claim and before the action: no pair is re-sent before its alert is logged,
 * so a sweep killed mid-page has alerted on every pair it re-sent. A pair claimed and then not alerted on
 * (the process died between the two) was not re-sent either; its claim still carries `alertPending`, so the
 * next sweep after the claim's lease takes it over, alerts on it and re-sends it (`sweep-unalerted.ts`); the
 * flags of a page's claims are cleared in one write right after its alert. A pair settled in place is in line once
 * settled: if the process dies before the alert, nothing is left wrong. When a claim fails, the pairs claimed
 * before it are still alerted on and acted on; then the failure is thrown.
 */
export async function claimAlertAct<P, T extends StuckPair>(
  logger: Logger,
  tally: StuckTally,
  plans: readonly P[],
  concurrency: number,
  steps: {
    claim(plan: P): Promise<T | null>;
    /**
     * the same claims for a chunk of plans in one store transaction (`updateSyndications`), where the store
     * has it: a chunk's claims are all written or none is, and each is written only if its record is as read
     */
    claimChunk?: (plans: readonly P[]) => Promise<Array<T | null>>;
    /** once the alert is logged: clears the claims' `alertPending` flags (`sweep-alert-flag.ts`) */
    alerted(claimed: readonly T[]): Promise<void>;
    act(claimed: T): Promise<void>;
  },
): Promise<void> {
  const claimed: Array<T | null> = plans.map(() => null);
  let failure: { error: unknown } | null = null;
  const claimChunk = steps.claimChunk ?? (async (one: readonly P[]) => [await steps.claim(one[0]!)]);
  await runBounded(
    claimChunks(plans, steps.claimChunk ? concurrency : plans.length),
    concurrency,
    () => false,
    async ({ start, part }) => {
      const results = await claimChunk(part);
      results.forEach((result, offset) => {
        claimed[start + offset] = result;
        if (!result) tally.skip();
      });
    },
  ).catch((error: unknown) => {
    failure = { error };
  });
  const pairs = claimed.filter((pair): pair is T => pair !== null);
  tally.alert(logger, pairs);
  // a flag left set only means the pairs are alerted on again after the lease: the re-sends still go ahead
  await steps.alerted(pairs).catch((error: unknown) =>
    logger.warn('stuck syndications alerted on, but their claims could not be marked so', {
      pairs: pairs.length,
      error: describeError(error),
    }),
  );
  await runBounded(
    pairs,
    concurrency,
    () => false,
    (pair) => steps.act(pair),
  );
  if (failure) throw (failure as { error: unknown }).error;
}

/** Most pairs one claim transaction writes: a page's records stay far below a commit's 10 MiB. */
export const CLAIM_CHUNK = 100;

/**
 * The plans in `chunks` chunks or so (as many as run at once, so batching keeps the page's claims as parallel as
 * one claim per pair was), at most `CLAIM_CHUNK` each, with where each starts; `chunks = plans.length`: one each.
 */
export function claimChunks<P>(plans: readonly P[], chunks: number): Array<{ start: number; part: P[] }> {
  const size = Math.min(CLAIM_CHUNK, Math.max(1, Math.ceil(plans.length / Math.max(1, chunks))));
  const out: Array<{ start: number; part: P[] }> = [];
  for (let start = 0; start < plans.length; start += size) out.push({ start, part: plans.slice(start, start + size) });
  return out;
}
