import type { Logger } from '../ports/logger.port';
import type { SourceHealth, StoredSource } from '../schema/source';
import type { RunRecord } from '../schema/run';
import type { Validators } from '../ports/http-fetcher.port';
import { describeError } from '../errors';

/** Consecutive failed runs after which a source is reported as failing (a WARNING, then ERROR at twice that). */
export const FAILING_AFTER = 3;

/**
 * Whether a source is due for its scheduled refresh: never run, or its interval has passed since the last
 * run. A source that keeps failing backs off (twice the interval per failure past the reporting threshold,
 * up to 8×), so a dead board is not hammered every few minutes.
 */
export function isDue(source: StoredSource, now: Date): boolean {
  const { lastRunAt, consecutiveFailures } = source.health;
  if (!lastRunAt) return true;
  const factor = Math.min(8, 2 ** Math.max(0, consecutiveFailures - FAILING_AFTER + 1));
  // a little slack, so a scheduler tick that lands just before the interval ends still counts
  const slackMs = 30_000;
  return now.getTime() - Date.parse(lastRunAt) + slackMs >= source.config.refreshEveryMinutes * 60_000 * factor;
}

/** Health after a run that read the source (fully, partly, or not modified). */
export function healthAfterSuccess(
  previous: SourceHealth,
  run: RunRecord,
  outcome: {
    postingsCount: number;
    validators: Record<string, Validators>;
    partialError: { code: string; message: string } | null;
  },
): SourceHealth {
  return {
    ...previous,
    lastRunId: run.id,
    lastRunAt: run.startedAt,
    lastSuccessAt: run.startedAt,
    consecutiveFailures: 0,
    lastError: outcome.partialError,
    postingsCount: outcome.postingsCount,
    validators: outcome.validators,
  };
}

/** Health after a run that could not read the source: validators and counts are kept for the next try. */
export function healthAfterFailure(previous: SourceHealth, run: RunRecord, error: unknown): SourceHealth {
  return {
    ...previous,
    lastRunId: run.id,
    lastRunAt: run.startedAt,
    consecutiveFailures: previous.consecutiveFailures + 1,
    lastError: describeError(error),
  };
}

/**
 * Reports a source that keeps failing with one log line a log-based metric can count (`event:
 * "source_failing"`), WARNING from `FAILING_AFTER` failures and ERROR from twice that.
 */
export function reportIfFailing(logger: Logger, sourceId: string, health: SourceHealth): boolean {
  if (health.consecutiveFailures < FAILING_AFTER) return false;
  const log = health.consecutiveFailures >= 2 * FAILING_AFTER ? logger.error : logger.warn;
  log.call(logger, 'source keeps failing; its postings are kept open', {
    event: 'source_failing',
    sourceId,
    consecutiveFailures: health.consecutiveFailures,
    lastSuccessAt: health.lastSuccessAt,
    lastError: health.lastError,
  });
  return true;
}
