import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventBus } from '../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../shared/adapters/embedded/embedded-posting-store';
import type { Clock } from '../../shared/ports/clock.port';
import type { EventBus } from '../../shared/ports/event-bus.port';
import type { PostingStore } from '../../shared/ports/posting-store.port';
import { PostingEvent } from '../../shared/schema/events';

/** A posting event as a subscriber received it. */
export interface ReceivedEvent {
  event: PostingEvent;
  attributes: Record<string, string>;
  orderingKey: string | null;
}

/**
 * One backend (embedded or Google emulators) as the shared contract and acceptance suites use it: a store, a
 * bus, more store instances on the same data (other workers or processes), and what subscribers of
 * `posting-events` received.
 */
export interface BackendHarness {
  store: PostingStore;
  bus: EventBus;
  clock: Clock;
  /** another store instance on the same data: another worker (embedded: another connection to the same file) */
  openAnotherStore(): Promise<PostingStore>;
  /** every posting event delivered to a subscriber since the harness started, in delivery order */
  received(): Promise<ReceivedEvent[]>;
  close(): Promise<void>;
}

export type MakeBackend = (clock: Clock) => Promise<BackendHarness>;

/** The embedded backend in a fresh temporary data folder, with a collecting subscription on `posting-events`. */
export const embeddedBackend: MakeBackend = async (clock) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-test-'));
  const stores = [new EmbeddedPostingStore({ dataDir, clock })];
  const bus = new EmbeddedEventBus({ dataDir, clock });
  const received: ReceivedEvent[] = [];
  bus.subscribe({
    name: 'test-collector',
    topic: 'posting-events',
    handler: async (delivery) => {
      received.push({
        event: PostingEvent.parse(delivery.data),
        attributes: delivery.attributes,
        orderingKey: delivery.orderingKey,
      });
    },
  });
  return {
    store: stores[0]!,
    bus,
    clock,
    openAnotherStore: async () => {
      const store = new EmbeddedPostingStore({ dataDir, clock });
      stores.push(store);
      return store;
    },
    received: async () => {
      await bus.drain();
      return [...received];
    },
    close: async () => {
      await bus.close();
      for (const store of stores) await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** How many times each event id was received. */
export function receiptsById(events: readonly ReceivedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of events) counts.set(event.id, (counts.get(event.id) ?? 0) + 1);
  return counts;
}
