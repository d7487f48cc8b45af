import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventBus, toPushBody, type Delivery } from '../../../shared/adapters/embedded/embedded-event-bus';
import { describeEventBusContract } from '../../support/contracts/event-bus.contract';
import { createInstantClock } from '../../support/instant-clock';

const folders: string[] = [];
const newDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jobrelay-bus-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describeEventBusContract('embedded SQLite bus', async () => {
  const bus = new EmbeddedEventBus({ dataDir: newDataDir(), clock: createInstantClock() });
  const received: Delivery[] = [];
  bus.subscribe({ name: 'collector', topic: 'posting-events', handler: async (d) => void received.push(d) });
  return {
    bus,
    received: async () => {
      await bus.drain();
      return received.map(({ data, attributes, orderingKey }) => ({ data, attributes, orderingKey }));
    },
    close: () => bus.close(),
  };
});

describe('embedded event bus delivery', () => {
  it('retries a failing delivery with exponential backoff and counts the attempts', async () => {
    const clock = createInstantClock();
    const bus = new EmbeddedEventBus({ dataDir: newDataDir(), clock });
    const attempts: number[] = [];
    bus.subscribe({
      name: 'flaky',
      topic: 'posting-events',
      minBackoffMs: 1_000,
      maxBackoffMs: 60_000,
      handler: async (d) => {
        attempts.push(d.deliveryAttempt);
        if (d.deliveryAttempt < 4) throw new Error('not yet');
      },
    });
    await bus.publish('posting-events', { data: 'x' });
    await bus.drain();
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(clock.sleeps).toEqual([1_000, 2_000, 4_000]);
    await bus.close();
  });

  it('dead-letters after the attempt limit, forwards to the dead-letter topic, and moves on to the next message of the key', async () => {
    const bus = new EmbeddedEventBus({ dataDir: newDataDir(), clock: createInstantClock() });
    const delivered: unknown[] = [];
    const dead: Delivery[] = [];
    bus.subscribe({
      name: 'deliver',
      topic: 'posting-events',
      maxDeliveryAttempts: 3,
      deadLetterTopic: 'posting-events-dead',
      handler: async (d) => {
        if (d.data === 'poison') throw new Error('cannot handle');
        delivered.push(d.data);
      },
    });
    bus.subscribe({ name: 'dead-letters', topic: 'posting-events-dead', handler: async (d) => void dead.push(d) });
    await bus.publish('posting-events', { data: 'poison', orderingKey: 'p1' });
    await bus.publish('posting-events', { data: 'after', orderingKey: 'p1' });
    await bus.drain();
    expect(delivered).toEqual(['after']);
    expect(bus.deadLetters('deliver')).toEqual([
      expect.objectContaining({ data: 'poison', attempts: 3, lastError: 'INTERNAL: cannot handle' }),
    ]);
    expect(dead.map((d) => [d.data, d.attributes.CloudPubSubDeadLetterSourceSubscription])).toEqual([
      ['poison', 'deliver'],
    ]);
    await bus.close();
  });

  it('holds later messages of an ordering key while an earlier one is retried', async () => {
    const bus = new EmbeddedEventBus({ dataDir: newDataDir(), clock: createInstantClock() });
    const order: string[] = [];
    let failures = 2;
    bus.subscribe({
      name: 'ordered',
      topic: 'posting-events',
      handler: async (d) => {
        if (d.data === 'v1' && failures-- > 0) throw new Error('retry me');
        order.push(`${d.orderingKey}:${d.data as string}`);
      },
    });
    for (const v of ['v1', 'v2', 'v3']) await bus.publish('posting-events', { data: v, orderingKey: 'p1' });
    await bus.publish('posting-events', { data: 'v1', orderingKey: 'p2' });
    await bus.drain();
    expect(order.filter((o) => o.startsWith('p1'))).toEqual(['p1:v1', 'p1:v2', 'p1:v3']);
    expect(order).toContain('p2:v1');
    await bus.close();
  });

  it('keeps undelivered messages across a restart', async () => {
    const dataDir = newDataDir();
    const first = new EmbeddedEventBus({ dataDir, clock: createInstantClock() });
    first.subscribe({ name: 'durable', topic: 'maintenance', handler: async () => undefined });
    await first.publish('maintenance', { data: { task: 'all' } });
    await first.close();
    const second = new EmbeddedEventBus({ dataDir, clock: createInstantClock() });
    const received: unknown[] = [];
    second.subscribe({ name: 'durable', topic: 'maintenance', handler: async (d) => void received.push(d.data) });
    await second.drain();
    expect(received).toEqual([{ task: 'all' }]);
    await second.close();
  });

  it('delivers each message once when two processes share the queue', async () => {
    const dataDir = newDataDir();
    const buses = [0, 1].map(() => new EmbeddedEventBus({ dataDir, clock: createInstantClock() }));
    const received: unknown[] = [];
    for (const bus of buses)
      bus.subscribe({ name: 'shared', topic: 'posting-events', handler: async (d) => void received.push(d.data) });
    for (let n = 0; n < 50; n++) await buses[n % 2]!.publish('posting-events', { data: n });
    await Promise.all(buses.map((bus) => bus.drain()));
    expect([...received].sort((a, b) => (a as number) - (b as number))).toEqual(
      Array.from({ length: 50 }, (_, n) => n),
    );
    for (const bus of buses) await bus.close();
  });

  it('delivers in the background once started, and only to subscriptions that existed when a message was published', async () => {
    const bus = new EmbeddedEventBus({ dataDir: newDataDir() });
    await bus.publish('refresh-requests', { data: 'before anyone listened' });
    const received: unknown[] = [];
    let resolve: () => void = () => undefined;
    const arrived = new Promise<void>((r) => (resolve = r));
    bus.subscribe({
      name: 'refresh',
      topic: 'refresh-requests',
      handler: async (d) => {
        received.push(d.data);
        resolve();
      },
    });
    bus.start(50);
    await bus.publish('refresh-requests', { data: { sourceId: 'acme' } });
    await arrived;
    expect(received).toEqual([{ sourceId: 'acme' }]);
    await bus.close();
  });

  it('shapes a delivery as the body Pub/Sub pushes to an HTTP function', () => {
    const delivery: Delivery = {
      subscription: 'deliver-syndication',
      messageId: '7',
      topic: 'posting-events',
      data: { id: 'p1-v1' },
      attributes: { type: 'posting.created' },
      orderingKey: 'p1',
      publishTime: '2026-03-01T09:00:00.000Z',
      deliveryAttempt: 2,
    };
    expect(toPushBody(delivery)).toEqual({
      message: {
        data: Buffer.from('{"id":"p1-v1"}').toString('base64'),
        attributes: { type: 'posting.created' },
        messageId: '7',
        message_id: '7',
        publishTime: '2026-03-01T09:00:00.000Z',
        publish_time: '2026-03-01T09:00:00.000Z',
        orderingKey: 'p1',
      },
      subscription: 'projects/local/subscriptions/deliver-syndication',
      deliveryAttempt: 2,
    });
  });
});
