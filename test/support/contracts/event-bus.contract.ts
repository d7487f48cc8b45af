import type { EventBus } from '../../../shared/ports/event-bus.port';

/** A message a subscriber received. */
export interface BusReceipt {
  data: unknown;
  attributes: Record<string, string>;
  orderingKey: string | null;
}

/** A fresh bus with a subscription on `posting-events`, and what that subscription has received so far. */
export interface BusUnderTest {
  bus: EventBus;
  received(): Promise<BusReceipt[]>;
  close(): Promise<void>;
}

/** The one contract every `EventBus` passes: the embedded bus and Pub/Sub (on the emulator). */
export function describeEventBusContract(name: string, makeBus: () => Promise<BusUnderTest>): void {
  describe(`EventBus contract: ${name}`, () => {
    let subject: BusUnderTest;
    beforeEach(async () => {
      subject = await makeBus();
    });
    afterEach(async () => {
      await subject.close();
    });

    it('delivers the data, attributes and ordering key it was given, and returns a message id', async () => {
      const id = await subject.bus.publish('posting-events', {
        data: { hello: 'wörld', n: 1 },
        attributes: { type: 'posting.created', postingId: 'p1', sourceId: 's1' },
        orderingKey: 'p1',
      });
      expect(typeof id).toBe('string');
      expect(await subject.received()).toEqual([
        {
          data: { hello: 'wörld', n: 1 },
          attributes: { type: 'posting.created', postingId: 'p1', sourceId: 's1' },
          orderingKey: 'p1',
        },
      ]);
    });

    it('keeps the order of messages that share an ordering key', async () => {
      const keys = ['a', 'b', 'c'];
      await Promise.all(
        Array.from({ length: 30 }, (_, n) =>
          subject.bus.publish('posting-events', { data: { n }, orderingKey: keys[n % 3]! }),
        ),
      );
      const received = await subject.received();
      expect(received).toHaveLength(30);
      for (const key of keys) {
        const order = received.filter((r) => r.orderingKey === key).map((r) => (r.data as { n: number }).n);
        expect(order).toEqual([...order].sort((x, y) => x - y));
      }
    });

    it.each([
      ['a reserved "goog" key', { googKey: 'x' }],
      ['more than 100 attributes', Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'v']))],
      ['a key over 256 bytes', { ['k'.repeat(257)]: 'v' }],
      ['a value over 1024 bytes', { type: 'é'.repeat(513) }],
    ])('refuses a message with %s, permanently, and delivers nothing', async (_label, attributes) => {
      await expect(subject.bus.publish('posting-events', { data: {}, attributes })).rejects.toMatchObject({
        name: 'PermanentError',
        code: 'BUS.BAD_ATTRIBUTES',
      });
      expect(await subject.received()).toEqual([]);
    });

    it('refuses a message over 10 MB, permanently', async () => {
      const data = { text: 'x'.repeat(10 * 1000 * 1000) };
      await expect(subject.bus.publish('posting-events', { data })).rejects.toMatchObject({
        code: 'BUS.MESSAGE_TOO_LARGE',
      });
    });

    it('accepts the largest attributes Pub/Sub allows', async () => {
      const attributes = Object.fromEntries(
        Array.from({ length: 100 }, (_, i) => [`${'k'.repeat(250)}${String(i).padStart(3, '0')}`, 'v'.repeat(1024)]),
      );
      await subject.bus.publish('posting-events', { data: 1, attributes });
      expect((await subject.received()).map((r) => Object.keys(r.attributes).length)).toEqual([100]);
    });
  });
}
