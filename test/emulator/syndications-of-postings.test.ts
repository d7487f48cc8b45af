jest.setTimeout(120_000);

import { FirestorePostingStore } from '../../shared/adapters/firestore/firestore-posting-store';
import { describeSyndicationsOfPostingsContract } from '../support/contracts/syndications-of-postings.contract';
import { emulatorFirestore, uniqueProjectId } from '../support/google-clients';

describeSyndicationsOfPostingsContract('Firestore (emulator, real client)', async () => {
  const firestore = emulatorFirestore(uniqueProjectId('by-postings'));
  return { store: new FirestorePostingStore({ firestore }), close: () => firestore.terminate() };
});
