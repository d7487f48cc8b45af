import { PagePacer, runBounded, sweepBudgetMs, SweepBudget } from '../../../shared/pipeline/sweep-budget';
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

describe('pacing pages against the budget', () => {
  /** a pacer whose last page took `lastPageMs`, and a budget with `leftMs` left after it */
  function paced(lastPageMs: number | null, leftMs: number | null) {
    const clock = createInstantClock();
    const pacer = new PagePacer(clock);
    const budget = new SweepBudget(clock, leftMs === null ? null : leftMs + (lastPageMs ?? 0));
    if (lastPageMs !== null) {
      pacer.begin();
      clock.advance(lastPageMs);
      pacer.end();
    }
    return { pacer, budget };
  }

  it.each([
    // last page, left, room for one page, room for two (a read ahead)
    [null, 10_000, true, false],
    [null, null, true, true],
    [null, 0, false, false],
    [2_000, 5_000, true, true],
    [2_000, 4_000, true, true],
    [2_000, 3_999, true, false],
    [2_000, 2_000, true, false],
    [2_000, 1_999, false, false],
    [0, 1, true, true],
    [2_000, null, true, true],
  ])(
    'after a page of %p ms with %p ms left, starts another: %p, reads one ahead: %p',
    (lastPageMs, leftMs, one, two) => {
      const { pacer, budget } = paced(lastPageMs, leftMs);
      expect([pacer.roomFor(budget), pacer.roomFor(budget, 2)]).toEqual([one, two]);
    },
  );

  it('overruns the budget only by how much longer a page takes than the one before it', () => {
    const clock = createInstantClock();
    const budget = new SweepBudget(clock, 10_000);
    const pacer = new PagePacer(clock);
    // pages of 3 s, then one of 5 s: pages start at 0, 3 and 6 s (4 s left, room for a 3 s page); the third
    // ends at 11 s, 1 s past the budget, within the 2 s it took longer than the page before; none starts after
    const pages = [3_000, 3_000, 5_000, 3_000, 3_000];
    const started: number[] = [];
    for (const ms of pages) {
      if (!pacer.roomFor(budget)) break;
      started.push(budget.elapsedMs());
      pacer.begin();
      clock.advance(ms);
      pacer.end();
    }
    expect(started).toEqual([0, 3_000, 6_000]);
    expect(budget.elapsedMs() - 10_000).toBe(1_000);
  });
});

describe('bounded work', () => {
  it('runs every item with at most `width` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    const started = await runBounded(
      [1, 2, 3, 4, 5, 6, 7],
      3,
      () => false,
      async (n) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        done.push(n);
        inFlight -= 1;
      },
    );
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
    const run = runBounded(
      [0, 1, 2, 3],
      2,
      () => false,
      async (n) => {
        if (n === 0) throw new Error('store down');
        await new Promise((resolve) => setImmediate(resolve));
        done.push(n);
      },
    );
    await expect(run).rejects.toThrow('store down');
    // item 1 was in flight when item 0 failed: it finished; items 2 and 3 never started
    expect(done).toEqual([1]);
  });
});
