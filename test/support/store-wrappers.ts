import { TransientError } from '../../shared/errors';
import type { BusMessage, EventBus } from '../../shared/ports/event-bus.port';
import type { PostingStore } from '../../shared/ports/posting-store.port';
import type { TopicName } from '../../shared/schema/events';
import { seededRandom } from '../../bench/support/synthetic-postings';

export { countingStore, type WriteCounts } from '../../bench/support/counting-store';

/** The process "dies" here: thrown by the crash injector, never caught by the pipeline on purpose. */
export class SimulatedCrash extends Error {
  constructor() {
    super('simulated crash after commit');
  }
}

/** A store whose `commitChanges` commits and then crashes the caller, as a process killed between commit and publish. */
export function crashAfterCommit(inner: PostingStore): PostingStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'commitChanges') {
        return async (...args: Parameters<PostingStore['commitChanges']>) => {
          await target.commitChanges(...args);
          throw new SimulatedCrash();
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * A store whose `getPostingSummaries` waits until `parties` callers have all read: two workers on two store
 * instances then both decide from the same (empty) state, and race to commit.
 */
export function readBarrier(stores: PostingStore[]): PostingStore[] {
  let arrived = 0;
  let release: () => void = () => undefined;
  const allRead = new Promise<void>((resolve) => (release = resolve));
  return stores.map(
    (inner) =>
      new Proxy(inner, {
        get(target, property, receiver) {
          if (property === 'getPostingSummaries') {
            return async (ids: readonly string[]) => {
              const result = await target.getPostingSummaries(ids);
              arrived += 1;
              if (arrived === stores.length) release();
              await allRead;
              return result;
            };
          }
          const value = Reflect.get(target, property, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }),
  );
}

/** A published message as a test sees it. */
export interface PublishRecord {
  topic: TopicName;
  message: BusMessage;
}

/** A bus that records what was accepted; with `failureRate`, it refuses publishes at random (seeded) before sending. */
export function faultyBus(inner: EventBus, options: { failureRate?: number; seed?: number } = {}) {
  const random = seededRandom(options.seed ?? 1);
  const accepted: PublishRecord[] = [];
  let refused = 0;
  const bus: EventBus = {
    async publish(topic, message) {
      if (random() < (options.failureRate ?? 0)) {
        refused += 1;
        throw new TransientError('BUS.PUBLISH_FAILED', 'injected publish failure');
      }
      const id = await inner.publish(topic, message);
      accepted.push({ topic, message });
      return id;
    },
  };
  return { bus, accepted, refused: () => refused };
}
