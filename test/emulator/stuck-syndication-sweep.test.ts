import { FirestorePostingStore } from '../../shared/adapters/firestore/firestore-posting-store';
import { PubSubEventBus } from '../../shared/adapters/pubsub/pubsub-event-bus';
import { ensureTopology, JOBRELAY_TOPICS } from '../../shared/adapters/pubsub/pubsub-topology';
import { describeLaggingSyndicationAcceptance } from '../support/contracts/lagging-syndication-acceptance';
import { describeStuckSyndicationAcceptance } from '../support/contracts/stuck-syndication-acceptance';
import { describeUnalertedClaimAcceptance } from '../support/contracts/unalerted-claim-acceptance';
import type { InstantClock } from '../support/instant-clock';
import { emulatorFirestore, emulatorPubSub, uniqueProjectId } from '../support/google-clients';
import { pullAll } from '../support/pubsub-pull';

jest.setTimeout(120_000);

async function emulatorBackend(clock: InstantClock) {
  const projectId = uniqueProjectId('stuck');
  const firestore = emulatorFirestore(projectId);
  const pubsub = emulatorPubSub(projectId);
  await ensureTopology(pubsub, {
    ...JOBRELAY_TOPICS,
    subscriptions: [{ name: 'sync-collector', topic: 'syndication-requests' }],
  });
  return {
    store: new FirestorePostingStore({ firestore, clock }),
    bus: new PubSubEventBus({ pubsub }),
    takeSyndicationRequests: async () => (await pullAll(pubsub, 'sync-collector')).map((m) => m.data),
    close: async () => {
      await pubsub.close();
      await firestore.terminate();
    },
  };
}

describeStuckSyndicationAcceptance('Firestore and Pub/Sub emulators (real clients)', emulatorBackend);
describeLaggingSyndicationAcceptance('Firestore and Pub/Sub emulators (real clients)', emulatorBackend);
describeUnalertedClaimAcceptance('Firestore and Pub/Sub emulators (real clients)', emulatorBackend);
