import type { Logger } from '../ports/logger.port';
import type { SyndicationRecord } from '../schema/syndication';

/**
 * The log event a log-based metric counts to alert on stuck syndications (terraform/monitoring.tf,
 * `google_logging_metric.syndication_stuck`); the Terraform test checks the metric filters on this name.
 */
export const SYNDICATION_STUCK_EVENT = 'syndication_stuck';

/** What one sweep of stuck syndications found and did. */
export interface StuckSweepResult {
  /** pending pairs nobody updated for the threshold: re-sent, abandoned or failed */
  stuck: number;
  /** whose delivery request was published again */
  resent: number;
  /** left pending and alerted on: re-sent the most times already, or their partner no longer exists */
  abandoned: number;
  /** whose re-send could not be published (the next sweep tries again) */
  failed: number;
  /** looked stuck but were being delivered, or changed while the sweep looked: left alone */
  skipped: number;
  /** how long the longest-pending stuck pair has been pending, in seconds; null when none is stuck */
  oldestPendingSeconds: number | null;
}

type Fate = 'resent' | 'abandoned' | 'failed';

interface PartnerCounts {
  resent: number;
  abandoned: number;
  failed: number;
  oldestSince: string;
  postingIds: string[];
}

/** Counts per partner while the sweep runs, then the alert lines. */
export class StuckTally {
  private readonly partners = new Map<string, PartnerCounts>();
  private skipped = 0;

  constructor(private readonly now: Date) {}

  skip(): void {
    this.skipped += 1;
  }

  add(record: SyndicationRecord, since: string, fate: Fate): void {
    const counts = this.partners.get(record.partnerId) ?? {
      resent: 0,
      abandoned: 0,
      failed: 0,
      oldestSince: since,
      postingIds: [],
    };
    counts[fate] += 1;
    if (since < counts.oldestSince) counts.oldestSince = since;
    if (counts.postingIds.length < 10) counts.postingIds.push(record.postingId);
    this.partners.set(record.partnerId, counts);
  }

  result(): StuckSweepResult {
    const all = [...this.partners.values()];
    const sum = (fate: Fate) => all.reduce((n, c) => n + c[fate], 0);
    const oldest = all.map((c) => c.oldestSince).sort()[0];
    return {
      stuck: sum('resent') + sum('abandoned') + sum('failed'),
      resent: sum('resent'),
      abandoned: sum('abandoned'),
      failed: sum('failed'),
      skipped: this.skipped,
      oldestPendingSeconds: oldest === undefined ? null : this.ageSeconds(oldest),
    };
  }

  /**
   * One line per partner with stuck pairs: WARNING while the sweep is re-sending them, ERROR once some are
   * abandoned (they stay pending until someone looks: the line comes back once per threshold).
   */
  report(logger: Logger): void {
    for (const [partnerId, counts] of this.partners) {
      const log = counts.abandoned > 0 ? logger.error : logger.warn;
      log.call(logger, 'syndications stuck pending: their delivery requests were lost', {
        event: SYNDICATION_STUCK_EVENT,
        partnerId,
        stuck: counts.resent + counts.abandoned + counts.failed,
        resent: counts.resent,
        abandoned: counts.abandoned,
        failed: counts.failed,
        oldestPendingSeconds: this.ageSeconds(counts.oldestSince),
        postingIds: counts.postingIds,
      });
    }
  }

  private ageSeconds(since: string): number {
    return Math.max(0, Math.round((this.now.getTime() - Date.parse(since)) / 1000));
  }
}
