import type { Firestore } from '@google-cloud/firestore';
import { FirestorePostingStore } from '../../shared/adapters/firestore/firestore-posting-store';
import { PubSubEventBus } from '../../shared/adapters/pubsub/pubsub-event-bus';
import { ensureTopology, JOBRELAY_TOPICS } from '../../shared/adapters/pubsub/pubsub-topology';
import { PostingEvent } from '../../shared/schema/events';
import type { MakeBackend, ReceivedEvent } from './backend-harness';
import { emulatorFirestore, emulatorPubSub, uniqueProjectId } from './google-clients';
import { pullAll } from './pubsub-pull';

/**
 * The Google backend on the emulators with the real clients: Firestore store(s) and the Pub/Sub bus in a
 * project of their own, and a pull subscription (ordered) on `posting-events` that shows what was published.
 */
export const googleBackend: MakeBackend = async (clock) => {
  const projectId = uniqueProjectId('pipeline');
  const clients: Firestore[] = [emulatorFirestore(projectId)];
  const pubsub = emulatorPubSub(projectId);
  await ensureTopology(pubsub, {
    ...JOBRELAY_TOPICS,
    subscriptions: [{ name: 'collector', topic: 'posting-events', enableMessageOrdering: true }],
  });
  const received: ReceivedEvent[] = [];
  return {
    store: new FirestorePostingStore({ firestore: clients[0]!, clock }),
    bus: new PubSubEventBus({ pubsub }),
    clock,
    openAnotherStore: async () => {
      const client = emulatorFirestore(projectId);
      clients.push(client);
      return new FirestorePostingStore({ firestore: client, clock });
    },
    received: async () => {
      const pulled = await pullAll(pubsub, 'collector');
      received.push(
        ...pulled.map((m) => ({
          event: PostingEvent.parse(m.data),
          attributes: m.attributes,
          orderingKey: m.orderingKey,
        })),
      );
      return [...received];
    },
    close: async () => {
      await pubsub.close();
      await Promise.all(clients.map((client) => client.terminate()));
    },
  };
};
