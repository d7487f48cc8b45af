import { isDue, healthAfterFailure, reportIfFailing } from '../../../shared/pipeline/source-health';
import { SourceConfig, SourceHealth, type StoredSource } from '../../../shared/schema/source';
import type { RunRecord } from '../../../shared/schema/run';
import type { Logger } from '../../../shared/ports/logger.port';

const now = new Date('2026-03-01T12:00:00Z');
const stored = (health: Partial<SourceHealth>, every = 60): StoredSource => ({
  config: SourceConfig.parse({
    id: 's',
    kind: 'greenhouse',
    boardToken: 's',
    company: { name: 'A' },
    refreshEveryMinutes: every,
  }),
  health: SourceHealth.parse(health),
  updatedAt: now.toISOString(),
});
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('when a source is due', () => {
  it.each([
    ['never refreshed', {}, true],
    ['refreshed 10 minutes ago, every hour', { lastRunAt: minutesAgo(10) }, false],
    ['refreshed 61 minutes ago, every hour', { lastRunAt: minutesAgo(61) }, true],
    ['refreshed just under an hour ago (scheduler jitter)', { lastRunAt: minutesAgo(59.8) }, true],
    ['2 failures, 61 minutes ago', { lastRunAt: minutesAgo(61), consecutiveFailures: 2 }, true],
    ['3 failures, 61 minutes ago: backs off to 2 hours', { lastRunAt: minutesAgo(61), consecutiveFailures: 3 }, false],
    ['3 failures, 121 minutes ago', { lastRunAt: minutesAgo(121), consecutiveFailures: 3 }, true],
    [
      '10 failures, 7 hours ago: backoff capped at 8 hours',
      { lastRunAt: minutesAgo(7 * 60), consecutiveFailures: 10 },
      false,
    ],
    ['10 failures, 8 hours ago', { lastRunAt: minutesAgo(8 * 60 + 1), consecutiveFailures: 10 }, true],
  ])('%s → due: %p', (_name, health, due) => {
    expect(isDue(stored(health), now)).toBe(due);
  });
});

describe('reporting a failing source', () => {
  const run = { id: 'r1', startedAt: now.toISOString() } as RunRecord;
  const lines: Array<[string, string, Record<string, unknown> | undefined]> = [];
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (m, f) => void lines.push(['WARNING', m, f]),
    error: (m, f) => void lines.push(['ERROR', m, f]),
    child: () => logger,
  };
  beforeEach(() => {
    lines.length = 0;
  });

  it.each([
    [1, null],
    [2, null],
    [3, 'WARNING'],
    [5, 'WARNING'],
    [6, 'ERROR'],
  ])('after %i consecutive failures logs %p', (failures, severity) => {
    const health = healthAfterFailure(
      SourceHealth.parse({ consecutiveFailures: failures - 1 }),
      run,
      new Error('boom'),
    );
    expect(health.consecutiveFailures).toBe(failures);
    reportIfFailing(logger, 's', health);
    expect(lines.map(([s]) => s)).toEqual(severity ? [severity] : []);
    if (severity)
      expect(lines[0]?.[2]).toMatchObject({ event: 'source_failing', sourceId: 's', consecutiveFailures: failures });
  });
});
