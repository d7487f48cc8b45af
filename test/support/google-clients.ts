import { randomBytes } from 'node:crypto';
import { Firestore } from '@google-cloud/firestore';
import { PubSub } from '@google-cloud/pubsub';

/**
 * Clients for the emulators that `npm test` / `scripts/with-emulators.mjs` start. Each test uses its own
 * project id, so test files (and tests) run in parallel without seeing each other's documents or topics.
 */

/** Fails loudly when the emulators are not there: emulator tests never skip. */
export function emulatorHosts(): { firestore: string; pubsub: string } {
  const firestore = process.env.FIRESTORE_EMULATOR_HOST;
  const pubsub = process.env.PUBSUB_EMULATOR_HOST;
  if (!firestore || !pubsub) {
    throw new Error(
      'FIRESTORE_EMULATOR_HOST and PUBSUB_EMULATOR_HOST must be set: run through `npm test` or scripts/with-emulators.mjs',
    );
  }
  return { firestore, pubsub };
}

/** A project id no other test uses (`demo-` ids never reach real Google Cloud). */
export const uniqueProjectId = (label: string): string => `demo-${label}-${randomBytes(4).toString('hex')}`;

/** A Firestore client on the emulator for a project; several clients for one project are several workers. */
export function emulatorFirestore(projectId: string): Firestore {
  emulatorHosts();
  return new Firestore({ projectId, ignoreUndefinedProperties: true });
}

export function emulatorPubSub(projectId: string): PubSub {
  emulatorHosts();
  return new PubSub({ projectId });
}
