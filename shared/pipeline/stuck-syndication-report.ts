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

interface PartnerCounts {
  resent: number;
  abandoned: number;
  failed: number;
  settled: number;
  lagging: number;
  oldestSince: string;
  postingIds: string[];
}

const zero = (since: string): PartnerCounts => ({
  resent: 0,
  abandoned: 0,
  failed: 0,
  settled: 0,
  lagging: 0,
  oldestSince: since,
  postingIds: [],
});

function count(into: Map<string, PartnerCounts>, record: SyndicationRecord, since: string, fate: Fate, lagging: boolean) {
  const counts = into.get(record.partnerId) ?? zero(since);
  counts[fate] += 1;
  if (lagging) counts.lagging += 1;
  if (since < counts.oldestSince) counts.oldestSince = since;
  if (counts.postingIds.length < 10) counts.postingIds.push(record.postingId);
  into.set(record.partnerId, counts);
}

/**
 * Counts per partner while the sweep runs, and the alert lines. The sweep reports after every page, not only
 * at its end: a sweep killed mid-way (its function's timeout, a crash) has already alerted on every page it
 * finished, and the pairs of the page in flight are still `pending` on their records, so a later sweep
 * finds and alerts on them unless they were delivered meanwhile.
 */
export class StuckTally {
  /** every pair of the sweep: its result */
  private readonly partners = new Map<string, PartnerCounts>();
  /** the pairs not yet in an alert line */
  private unreported = new Map<string, PartnerCounts>();
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

  add(record: SyndicationRecord, since: string, fate: Fate, lagging = false): void {
    count(this.partners, record, since, fate, lagging);
    count(this.unreported, record, since, fate, lagging);
  }

  result(): StuckSweepResult {
    const all = [...this.partners.values()];
    const sum = (key: Fate | 'lagging') => all.reduce((n, c) => n + c[key], 0);
    const oldest = all.map((c) => c.oldestSince).sort()[0];
    return {
      stuck: sum('resent') + sum('abandoned') + sum('failed') + sum('settled'),
      lagging: sum('lagging'),
      resent: sum('resent'),
      abandoned: sum('abandoned'),
      failed: sum('failed'),
      settled: sum('settled'),
      skipped: this.skipped,
      oldestPendingSeconds: oldest === undefined ? null : this.ageSeconds(oldest),
      complete: this.complete,
    };
  }

  /**
   * One line per partner with stuck pairs: WARNING while the sweep is re-sending them, ERROR once some are
   * abandoned (they stay pending until someone looks: the line comes back once per threshold). Lagging pairs
   * count here too: their posting's change never reached them, which is the same lost message. Each pair
   * is in one line: the lines since the last report.
   */
  report(logger: Logger): void {
    const lines = this.unreported;
    this.unreported = new Map();
    for (const [partnerId, counts] of lines) {
      const log = counts.abandoned > 0 ? logger.error : logger.warn;
      log.call(logger, 'syndications stuck: their delivery requests were lost', {
        event: SYNDICATION_STUCK_EVENT,
        partnerId,
        stuck: counts.resent + counts.abandoned + counts.failed + counts.settled,
        lagging: counts.lagging,
        resent: counts.resent,
        abandoned: counts.abandoned,
        failed: counts.failed,
        settled: counts.settled,
        oldestPendingSeconds: this.ageSeconds(counts.oldestSince),
        postingIds: counts.postingIds,
      });
    }
  }

  private ageSeconds(since: string): number {
    return Math.max(0, Math.round((this.now.getTime() - Date.parse(since)) / 1000));
  }
}
