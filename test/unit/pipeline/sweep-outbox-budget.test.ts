import type { BusMessage } from '../../../shared/ports/event-bus.port';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import type { OutboxEvent } from '../../../shared/schema/events';
import { sweepOutbox } from '../../../shared/pipeline/sweep-outbox';
import { createInstantClock } from '../../support/instant-clock';
import { recordingLogger } from '../../support/recording-logger';

/** The outbox sweep's time budget and caps, on an in-memory outbox and a bus on which each publish takes 1 s. */

function fakeWorld(unsentCount: number) {
  const clock = createInstantClock(new Date('2026-03-01T12:00:00Z'));
  const outbox = new Map<string, OutboxEvent & { sent: boolean }>();
  for (let i = 0; i < unsentCount; i += 1) {
    const id = `e${String(i).padStart(3, '0')}`;
    outbox.set(id, {
      id,
      topic: 'posting-events',
      orderingKey: `posting-${id}`,
      attributes: {},
      event: { id },
      createdAt: new Date(clock.now().getTime() - (unsentCount - i) * 60_000).toISOString(),
      sentAt: null,
      publishAttempts: 0,
      sent: false,
    } as unknown as OutboxEvent & { sent: boolean });
  }
  const store = {
    listUnsent: async (limit: number) => [...outbox.values()].filter((e) => !e.sent).slice(0, limit),
    markSent: async (ids: readonly string[]) => ids.forEach((id) => (outbox.get(id)!.sent = true)),
    recordPublishFailure: async () => undefined,
    listExpired: async () => [],
  } as unknown as PostingStore;
  const published: string[] = [];
  const bus = {
    publish: async (_topic: string, message: BusMessage) => {
      clock.advance(1_000);
      published.push((message.data as { id: string }).id);
      return String(published.length);
    },
  };
  const { logger, lines } = recordingLogger();
  // one publish at a time, so each round of 10 takes 10 s on the fake clock
  const deps = { store, bus, clock, logger, options: { publishConcurrency: 1 } };
  const incomplete = () => lines.filter((l) => l.fields.event === 'outbox_sweep_incomplete').map((l) => l.fields);
  return { clock, outbox, published, lines, deps, incomplete };
}

describe('the outbox sweep on a time budget', () => {
  it('starts no round its budget has no room for, says what is left, and the next sweep publishes the rest in order', async () => {
    const world = fakeWorld(25);
    const first = await sweepOutbox(world.deps, { batchSize: 10, budgetMs: 25_000 });
    // rounds of 10 s: the second starts at 10 s with 15 s left; a third would start at 20 s with 5 s left, less
    // than a round takes, so the sweep stops within its budget instead of running 5 s past it
    expect(first).toEqual({ published: 20, failed: 0, expired: 0, complete: false });
    expect(world.incomplete()).toEqual([
      expect.objectContaining({
        reason: 'budget',
        published: 20,
        unsentLeft: true,
        // e020, the oldest left, was written 5 minutes before the sweep started, which took 20 s
        oldestUnsentSeconds: 5 * 60 + 20,
        expiredLeft: false,
      }),
    ]);
    const second = await sweepOutbox(world.deps, { batchSize: 10, budgetMs: 25_000 });
    expect(second).toEqual({ published: 5, failed: 0, expired: 0, complete: true });
    expect(world.incomplete()).toHaveLength(1);
    expect(world.published).toEqual([...world.outbox.keys()]);
  });

  it('without a budget publishes everything up to its cap, and says when the cap left events unsent', async () => {
    const world = fakeWorld(25);
    expect(await sweepOutbox(world.deps, { batchSize: 10, maxEvents: 20 })).toMatchObject({
      published: 20,
      complete: false,
    });
    expect(world.incomplete()).toEqual([expect.objectContaining({ reason: 'cap', unsentLeft: true })]);
    expect(await sweepOutbox(world.deps, { batchSize: 10 })).toMatchObject({ published: 5, complete: true });
  });

  it('is complete, with no incomplete line, when its budget runs out with nothing left to send', async () => {
    const world = fakeWorld(10);
    expect(await sweepOutbox(world.deps, { batchSize: 10, budgetMs: 5_000 })).toMatchObject({
      published: 10,
      complete: true,
    });
    expect(world.incomplete()).toEqual([]);
  });
});
