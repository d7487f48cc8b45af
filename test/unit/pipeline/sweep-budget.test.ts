import { runBounded, sweepBudgetMs, SweepBudget } from '../../../shared/pipeline/sweep-budget';
import { createInstantClock } from '../../support/instant-clock';

describe('the sweep budget', () => {
  it.each([
    [300, 225_000],
    [540, 405_000],
    [120, 90_000],
    [60, 30_000],
    [40, 10_000],
    [30, 0],
  ])('of a %i s function timeout is %i ms: a quarter (at least 30 s) is kept to finish', (timeout, budget) => {
    expect(sweepBudgetMs(timeout)).toBe(budget);
  });

  it('is spent once its time has passed on the injected clock, and never without a limit', () => {
    const clock = createInstantClock();
    const limited = new SweepBudget(clock, 10_000);
    const unlimited = new SweepBudget(clock, null);
    clock.advance(9_999);
    expect([limited.spent(), unlimited.spent()]).toEqual([false, false]);
    clock.advance(1);
    expect([limited.spent(), unlimited.spent(), limited.elapsedMs()]).toEqual([true, false, 10_000]);
  });
});

describe('bounded work', () => {
  it('runs every item with at most `width` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    const started = await runBounded([1, 2, 3, 4, 5, 6, 7], 3, () => false, async (n) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      done.push(n);
      inFlight -= 1;
    });
    expect(started).toBe(7);
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts nothing once told to stop, finishes what it started, and says how many (a prefix)', async () => {
    const done: number[] = [];
    let calls = 0;
    const started = await runBounded(
      [0, 1, 2, 3, 4, 5],
      2,
      () => calls >= 3,
      async (n) => {
        calls += 1;
        await new Promise((resolve) => setImmediate(resolve));
        done.push(n);
      },
    );
    expect(started).toBe(3);
    expect(done.sort()).toEqual([0, 1, 2]);
  });

  it('waits for the items in flight before rethrowing the first failure, and starts no more', async () => {
    const done: number[] = [];
    const run = runBounded([0, 1, 2, 3], 2, () => false, async (n) => {
      if (n === 0) throw new Error('store down');
      await new Promise((resolve) => setImmediate(resolve));
      done.push(n);
    });
    await expect(run).rejects.toThrow('store down');
    // item 1 was in flight when item 0 failed: it finished; items 2 and 3 never started
    expect(done).toEqual([1]);
  });
});
