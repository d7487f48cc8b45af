import type { StoredPartner } from '../schema/partner';
import type { StuckTally } from './stuck-syndication-report';
import type { SweepBudget } from './sweep-budget';
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
