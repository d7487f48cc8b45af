import type { Logger } from '../ports/logger.port';
import type { SyndicationRecord } from '../schema/syndication';

/**
 * The log event a log-based metric counts to alert on stuck syndications (terraform/monitoring.tf,
 * `google_logging_metric.syndication_stuck`); the Terraform test checks the metric filters on this name.
 */
export const SYNDICATION_STUCK_EVENT = 'syndication_stuck';

/** What one sweep of stuck syndications found and did. */
export interface StuckSweepResult {
  /**
   * pairs stuck for the threshold: pending ones nobody updated, and settled ones left behind their posting's
   * last change (`lagging`); re-sent, abandoned, failed or settled
   */
  stuck: number;
  /** of the stuck pairs, those found behind their posting (live on an older version, live on a closed posting…) */
  lagging: number;
  /** whose delivery request was published again */
  resent: number;
  /** left pending and alerted on: re-sent the most times already, or their partner no longer exists */
  abandoned: number;
  /** whose re-send could not be published (the next sweep tries again) */
  failed: number;
  /** lagging pairs brought in line in place, as the fan-out does for them (feeds, partners not to be called) */
  settled: number;
  /** looked stuck but were being delivered, or changed while the sweep looked: left alone */
  skipped: number;
  /** how long the longest-stuck pair has been stuck (pending, or behind its posting), in seconds; null when none is */
  oldestPendingSeconds: number | null;
  /**
   * false when the sweep stopped early (its time budget spent, or a cap reached with more to read): the next
   * scheduled sweep continues (`syndication_sweep_incomplete` says where)
   */
  complete: boolean;
}

type Fate = 'resent' | 'abandoned' | 'failed' | 'settled';

/** What the sweep is about to do with a stuck pair: re-send it, only alert on it, or settle it in place. */
export type StuckAction = 'resend' | 'abandon' | 'settle';

/** A pair the sweep found stuck, before it acts on it. */
export interface StuckPair {
  record: SyndicationRecord;
  /** when the pair's stuck spell began (pending since, or its posting's last change), for the alert's age */
  since: string;
  action: StuckAction;
  /** found behind its posting (not pending when found) */
  lagging: boolean;
  /** the record as the sweep's claim wrote it, once claimed (null: settled in place, no claim written) */
  marked?: SyndicationRecord | null;
}

/**
 * The id of a claimed pair's alert: `{recordId}@{claim's lastAt}`, or the id a take-over carried from the claim
 * it took over (`resent.alertId`), so the line a take-over logs again for a claim already alerted on (its
 * process died after the alert and before clearing the flag) names the same ids as the first line. A pair
 * settled in place has no claim: its id is `{recordId}@{since}`.
 */
export function alertIdOf(pair: StuckPair): string {
  const resent = pair.marked?.resent;
  if (resent?.alertId) return resent.alertId;
  return `${pair.record.id}@${resent ? resent.lastAt : pair.since}`;
}

interface AlertCounts {
  resent: number;
  abandoned: number;
  settled: number;
  lagging: number;
  oldestSince: string;
  postingIds: string[];
  alertIds: string[];
}

/**
 * Counts per sweep, and the alert lines. A page's alert lines are logged for the pairs the sweep claimed on
 * their records and before it re-sends any of them (`alert`; the order is `claimAlertAct`'s, `sweep-pass.ts`):
 * a sweep killed mid-page (its function's timeout, a crash, a redeploy) has then already alerted on every pair
 * it re-sent, where a line logged afterwards would be lost with the process while the pairs it re-sent get
 * delivered and are never found stuck again. A pair that moved on before its claim is not alerted on: it is
 * not stuck. One sweep alerts on a pair once. Outcomes (`add`, `skip`) go to the sweep's result.
 */
export class StuckTally {
  private readonly outcomes = new Map<Fate | 'lagging', number>();
  private readonly alerted = new Set<string>();
  private oldestSince: string | null = null;
  private skipped = 0;
  private complete = true;

  constructor(private readonly now: Date) {}

  skip(): void {
    this.skipped += 1;
  }

  /** the sweep stopped with work left for the next one */
  stoppedEarly(): void {
    this.complete = false;
  }

  /** Counts what became of a stuck pair. */
  add(since: string, fate: Fate, lagging = false): void {
    this.outcomes.set(fate, (this.outcomes.get(fate) ?? 0) + 1);
    if (lagging) this.outcomes.set('lagging', (this.outcomes.get('lagging') ?? 0) + 1);
    if (this.oldestSince === null || since < this.oldestSince) this.oldestSince = since;
  }

  result(): StuckSweepResult {
    const sum = (key: Fate | 'lagging') => this.outcomes.get(key) ?? 0;
    return {
      stuck: sum('resent') + sum('abandoned') + sum('failed') + sum('settled'),
      lagging: sum('lagging'),
      resent: sum('resent'),
      abandoned: sum('abandoned'),
      failed: sum('failed'),
      settled: sum('settled'),
      skipped: this.skipped,
      oldestPendingSeconds: this.oldestSince === null ? null : this.ageSeconds(this.oldestSince),
      complete: this.complete,
    };
  }

  /**
   * Logs the alert for pairs found stuck and claimed, before the sweep re-sends them: one line per partner,
   * WARNING while the sweep re-sends or settles them, ERROR once some are abandoned (they stay pending until
   * someone looks: the line comes back once per threshold). Its counts say what the sweep is doing with the
   * pairs: `resent` (a re-send whose publish then fails logs its own warning, and the pair is found again by
   * the next sweep), `abandoned`, `settled`. Lagging pairs count here too: their posting's change never reached
   * them, which is the same lost message. Pairs this sweep already alerted on are left out.
   *
   * Every line names all its pairs' alert ids (`alertIds`, `alertIdOf`): the alert is at least once, not
   * exactly once. A log line cannot be written in one step with the store write that clears a claim's
   * `alertPending` flag, so a process that dies between the two leaves the flag set and the take-over after
   * the lease logs the pairs again (`sweep-unalerted.ts`); clearing the flag first would instead lose the
   * alert when it dies in between. The repeat is harmless to the alert policy (terraform/monitoring.tf: a
   * count above 0 per partner over an hour, so the repeat, one lease later, falls in the incident the first
   * line opened) and whoever reads the lines drops ids already seen.
   */
  alert(logger: Logger, pairs: readonly StuckPair[]): void {
    const lines = new Map<string, AlertCounts>();
    for (const pair of pairs) {
      if (this.alerted.has(pair.record.id)) continue;
      this.alerted.add(pair.record.id);
      lines.set(pair.record.partnerId, countAlert(lines.get(pair.record.partnerId), pair));
    }
    for (const [partnerId, counts] of lines) {
      const log = counts.abandoned > 0 ? logger.error : logger.warn;
      log.call(logger, 'syndications stuck: their delivery requests were lost', {
        event: SYNDICATION_STUCK_EVENT,
        partnerId,
        stuck: counts.resent + counts.abandoned + counts.settled,
        lagging: counts.lagging,
        resent: counts.resent,
        abandoned: counts.abandoned,
        settled: counts.settled,
        oldestPendingSeconds: this.ageSeconds(counts.oldestSince),
        postingIds: counts.postingIds,
        alertIds: counts.alertIds,
      });
    }
  }

  private ageSeconds(since: string): number {
    return Math.max(0, Math.round((this.now.getTime() - Date.parse(since)) / 1000));
  }
}

/** The line's counts keep the names they had when they were logged after the sweep acted (log queries use them). */
const ACTION_COUNT = { resend: 'resent', abandon: 'abandoned', settle: 'settled' } as const;

function countAlert(counts: AlertCounts | undefined, pair: StuckPair): AlertCounts {
  const next = counts ?? {
    resent: 0,
    abandoned: 0,
    settled: 0,
    lagging: 0,
    oldestSince: pair.since,
    postingIds: [],
    alertIds: [],
  };
  next.alertIds.push(alertIdOf(pair));
  next[ACTION_COUNT[pair.action]] += 1;
  if (pair.lagging) next.lagging += 1;
  if (pair.since < next.oldestSince) next.oldestSince = pair.since;
  if (next.postingIds.length < 10) next.postingIds.push(pair.record.postingId);
  return next;
}
