import type { Clock } from '../../shared/ports/clock.port';

/**
 * A clock whose `sleep` returns at once and moves time forward instead, recording every wait: backoff,
 * Retry-After and politeness gaps cost nothing in tests, and the waits can be asserted on.
 */
export interface InstantClock extends Clock {
  /** every `sleep` asked for, in milliseconds, oldest first */
  readonly sleeps: number[];
  /** moves time forward without a sleep */
  advance(ms: number): void;
}

export function createInstantClock(start = new Date('2026-03-01T09:00:00Z')): InstantClock {
  let now = start.getTime();
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(now),
    sleep: async (ms) => {
      sleeps.push(ms);
      now += Math.max(0, ms);
      // yield like a real timer would, so concurrent tasks interleave
      await new Promise((resolve) => setImmediate(resolve));
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
