import { growth, MB, type Sample } from '../../reliability/support/memory-growth';

/** 150 one-second samples; every fifth is taken after a GC (as the load server does). */
function phase(options: { liveAt: (second: number) => number; rssAt?: (second: number) => number }): Sample[] {
  return Array.from({ length: 150 }, (_, second) => {
    const live = second % 5 === 4;
    // between collections garbage piles up and RSS climbs with it, as the campaign saw (heap 153→278 MB)
    const garbage = live ? 0 : second * MB;
    return {
      at: second * 1000,
      heapUsed: options.liveAt(second) + garbage,
      external: 5 * MB,
      heapTotal: options.liveAt(second) + garbage + 40 * MB,
      rss: (options.rssAt?.(second) ?? 470 * MB) + garbage,
      live,
      sent: second * 20,
    };
  });
}

describe('the load rows memory check', () => {
  it('passes a flat live heap even when heap and RSS between collections climb', () => {
    const result = growth(phase({ liveAt: () => 76 * MB }), 'memory.csv');

    expect(result.lastHeap).toBeGreaterThan(result.firstHeap + 50 * MB);
    expect(result.ok).toBe(true);
  });

  it('fails when each request keeps a 3 KB body at 20 requests a second', () => {
    const result = growth(phase({ liveAt: (second) => 76 * MB + second * 20 * 3 * 1024 }), 'memory.csv');

    expect(result.bytesPerRequest).toBeCloseTo(3 * 1024, -1);
    expect(result.ok).toBe(false);
  });

  it('fails when RSS after collection grows while the heap stays flat (a native leak)', () => {
    const result = growth(
      phase({ liveAt: () => 76 * MB, rssAt: (second) => 470 * MB + 2 * second * MB }),
      'memory.csv',
    );

    expect(result.lastLive).toBe(result.firstLive);
    expect(result.ok).toBe(false);
  });

  it('fails when no sample was taken after a GC (the server ran without --expose-gc)', () => {
    const samples = phase({ liveAt: () => 76 * MB }).map((s) => ({ ...s, live: false }));

    expect(growth(samples, 'memory.csv')).toMatchObject({ liveSamples: 0, ok: false });
  });
});
