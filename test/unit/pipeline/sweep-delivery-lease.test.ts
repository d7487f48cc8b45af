import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import {
  heldDeliveryLeases,
  keepDeliveryLeases,
  slowestDeliverySeconds,
} from '../../../shared/pipeline/delivery-lease';
import { CONSUMER } from '../../../shared/pipeline/syndication-context';
import { DEFAULT_SYNDICATION_OPTIONS } from '../../../shared/pipeline/syndication-deps';
import type { Logger } from '../../../shared/ports/logger.port';
import type { PostingStore } from '../../../shared/ports/posting-store.port';

/**
 * The delivery lease the stuck sweep respects (a pair whose lease is held is being delivered): how long a
 * delivery can take, and the renewals that keep a live holder's lease however long it takes.
 */

describe('the slowest in-process delivery', () => {
  it.each([
    [{ inProcessAttempts: 3, maxInProcessRetryAfterMs: 10_000 }, 110],
    [{ inProcessAttempts: 1, maxInProcessRetryAfterMs: 10_000 }, 30],
    [{ inProcessAttempts: 5, maxInProcessRetryAfterMs: 2_000 }, 158],
  ])('with %j is %i s: every attempt at the longest partner timeout, the longest wait between', (options, seconds) => {
    expect(slowestDeliverySeconds(options)).toBe(seconds);
  });

  it('is shorter than the default lease', () => {
    expect(DEFAULT_SYNDICATION_OPTIONS.leaseSeconds).toBeGreaterThan(
      slowestDeliverySeconds(DEFAULT_SYNDICATION_OPTIONS),
    );
  });
});

describe('keeping delivery leases', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const storeRecording = (renewals: string[], fail = false) =>
    ({
      renewEvent: async (consumer: string, id: string, ttl: number) => {
        renewals.push(`${consumer} ${id} ${ttl}`);
        if (fail) throw new Error('store down');
      },
    }) as unknown as PostingStore;

  it('renews every lease every third of its length until stopped', () => {
    const renewals: string[] = [];
    const keeping = keepDeliveryLeases(
      { store: storeRecording(renewals), logger: silentLogger },
      ['a__p', 'b__p'],
      120,
    );
    jest.advanceTimersByTime(39_999);
    expect(renewals).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(renewals).toEqual([`${CONSUMER.lease} a__p 120`, `${CONSUMER.lease} b__p 120`]);
    jest.advanceTimersByTime(80_000);
    expect(renewals).toHaveLength(6);
    keeping.stop();
    jest.advanceTimersByTime(400_000);
    expect(renewals).toHaveLength(6);
  });

  it('logs a failed renewal and keeps trying', async () => {
    const renewals: string[] = [];
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (message) => void warnings.push(message) };
    const keeping = keepDeliveryLeases({ store: storeRecording(renewals, true), logger }, ['a__p'], 30);
    await jest.advanceTimersByTimeAsync(20_000);
    keeping.stop();
    expect(renewals).toHaveLength(2);
    expect(warnings).toEqual(['could not renew a delivery lease', 'could not renew a delivery lease']);
  });

  it('sets no timer on a store that cannot renew, or for no lease', () => {
    keepDeliveryLeases({ store: {} as PostingStore, logger: silentLogger }, ['a__p'], 120);
    keepDeliveryLeases({ store: storeRecording([]), logger: silentLogger }, [], 120);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('reading which delivery leases are held', () => {
  const ids = ['a__p', 'b__p', 'c__p'];

  it('asks a store that reads many claims at once in one call, for the lease consumer', async () => {
    const calls: string[] = [];
    const store = {
      heldEvents: async (consumer: string, asked: readonly string[]) => {
        calls.push(`${consumer} ${asked.join(',')}`);
        return new Set(['b__p']);
      },
      hasEvent: async () => {
        throw new Error('read one at a time');
      },
    } as unknown as PostingStore;
    expect(await heldDeliveryLeases({ store }, ids)).toEqual(new Set(['b__p']));
    expect(calls).toEqual([`${CONSUMER.lease} a__p,b__p,c__p`]);
  });

  it('asks a store that can only read one claim per id, and finds none on a store that reads no claims', async () => {
    const store = { hasEvent: async (consumer: string, id: string) => consumer === CONSUMER.lease && id !== 'b__p' };
    expect(await heldDeliveryLeases({ store: store as unknown as PostingStore }, ids)).toEqual(
      new Set(['a__p', 'c__p']),
    );
    expect(await heldDeliveryLeases({ store: {} as PostingStore }, ids)).toEqual(new Set());
  });
});
