jest.setTimeout(120_000);

import type { Firestore } from '@google-cloud/firestore';
import { FirestorePostingStore } from '../../shared/adapters/firestore/firestore-posting-store';
import { describePostingStoreContract } from '../support/contracts/posting-store.contract';
import { emulatorFirestore, uniqueProjectId } from '../support/google-clients';

describePostingStoreContract('Firestore (emulator, real client)', async (clock) => {
  const projectId = uniqueProjectId('store');
  const clients: Firestore[] = [emulatorFirestore(projectId)];
  return {
    store: new FirestorePostingStore({ firestore: clients[0]!, clock }),
    openAnother: async () => {
      const client = emulatorFirestore(projectId);
      clients.push(client);
      return new FirestorePostingStore({ firestore: client, clock });
    },
    close: async () => {
      await Promise.all(clients.map((client) => client.terminate()));
    },
  };
});
