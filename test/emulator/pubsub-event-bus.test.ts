import { PubSub } from '@google-cloud/pubsub';
import { PubSubEventBus } from '../../shared/adapters/pubsub/pubsub-event-bus';
import { ensureTopology } from '../../shared/adapters/pubsub/pubsub-topology';
import { describeEventBusContract } from '../support/contracts/event-bus.contract';
import { emulatorPubSub, uniqueProjectId } from '../support/google-clients';
import { pullAll } from '../support/pubsub-pull';

jest.setTimeout(120_000);

async function pubsubWithCollector(): Promise<{ pubsub: PubSub; bus: PubSubEventBus }> {
  const pubsub = emulatorPubSub(uniqueProjectId('bus'));
  await ensureTopology(pubsub, {
    topics: ['posting-events'],
    subscriptions: [{ name: 'collector', topic: 'posting-events', enableMessageOrdering: true }],
  });
  return { pubsub, bus: new PubSubEventBus({ pubsub }) };
}

describeEventBusContract('Pub/Sub (emulator, real client)', async () => {
  const { pubsub, bus } = await pubsubWithCollector();
  const received: Awaited<ReturnType<typeof pullAll>> = [];
  return {
    bus,
    received: async () => {
      received.push(...(await pullAll(pubsub, 'collector')));
      return received.map(({ data, attributes, orderingKey }) => ({ data, attributes, orderingKey }));
    },
    close: () => pubsub.close(),
  };
});

describe('Pub/Sub event bus specifics', () => {
  it('resumes an ordering key after a failed publish, so later events of that posting still go out', async () => {
    const pubsub = emulatorPubSub(uniqueProjectId('resume'));
    const bus = new PubSubEventBus({ pubsub });
    try {
      // the topic does not exist yet: the publish fails and pauses the key in the client
      await expect(bus.publish('posting-events', { data: { v: 1 }, orderingKey: 'p1' })).rejects.toMatchObject({
        name: 'TransientError',
        code: 'BUS.PUBLISH_FAILED',
      });
      await ensureTopology(pubsub, {
        topics: [],
        subscriptions: [{ name: 'collector', topic: 'posting-events', enableMessageOrdering: true }],
      });
      await bus.publish('posting-events', { data: { v: 2 }, orderingKey: 'p1' });
      expect((await pullAll(pubsub, 'collector')).map((m) => m.data)).toEqual([{ v: 2 }]);
    } finally {
      await pubsub.close();
    }
  });

  it('creates missing topics and subscriptions once, and leaves existing ones alone', async () => {
    const pubsub = emulatorPubSub(uniqueProjectId('topology'));
    try {
      const topology = {
        topics: ['posting-events', 'maintenance'],
        subscriptions: [
          {
            name: 'deliver-syndication',
            topic: 'posting-events',
            pushEndpoint: 'http://127.0.0.1:9/deliver',
            enableMessageOrdering: true,
            retry: { minimumBackoffSeconds: 10, maximumBackoffSeconds: 600 },
            deadLetter: { topic: 'posting-events-dead', maxDeliveryAttempts: 5 },
          },
          { name: 'audit', topic: 'posting-events' },
        ],
      };
      expect(await ensureTopology(pubsub, topology)).toEqual({
        topics: ['posting-events', 'maintenance', 'posting-events-dead'],
        subscriptions: ['deliver-syndication', 'audit'],
      });
      expect(await ensureTopology(pubsub, topology)).toEqual({ topics: [], subscriptions: [] });
      const [metadata] = await pubsub.subscription('deliver-syndication').getMetadata();
      expect(metadata.pushConfig?.pushEndpoint).toBe('http://127.0.0.1:9/deliver');
      expect(metadata.enableMessageOrdering).toBe(true);
    } finally {
      await pubsub.close();
    }
  });
});
