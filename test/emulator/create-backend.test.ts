import { createBackend } from '../../shared/adapters/create-backend';
import { ensureTopology, JOBRELAY_TOPICS } from '../../shared/adapters/pubsub/pubsub-topology';
import { parseSettings } from '../../shared/schema/settings';
import { emulatorHosts, emulatorPubSub, uniqueProjectId } from '../support/google-clients';
import { pullAll } from '../support/pubsub-pull';
import { changeOf, recordOf, syntheticPosting } from '../support/posting-records';

jest.setTimeout(120_000);

it('builds Firestore and Pub/Sub clients when the emulator hosts are set, and both work', async () => {
  const hosts = emulatorHosts();
  const projectId = uniqueProjectId('backend');
  const pubsub = emulatorPubSub(projectId);
  await ensureTopology(pubsub, { ...JOBRELAY_TOPICS, subscriptions: [{ name: 'collector', topic: 'posting-events' }] });
  const backend = await createBackend(
    parseSettings({
      FIRESTORE_EMULATOR_HOST: hosts.firestore,
      PUBSUB_EMULATOR_HOST: hosts.pubsub,
      GOOGLE_CLOUD_PROJECT: projectId,
      JOBRELAY_COLLECTION_PREFIX: 't_',
    }),
  );
  try {
    expect(backend.kind).toBe('google');
    const change = changeOf(recordOf(syntheticPosting(1)), null);
    await backend.store.commitChanges([change]);
    expect((await backend.store.getPosting(change.record.id))?.id).toBe(change.record.id);
    await backend.bus.publish('posting-events', { data: { ok: true }, attributes: { type: 'test' } });
    expect((await pullAll(pubsub, 'collector')).map((m) => m.data)).toEqual([{ ok: true }]);
  } finally {
    await backend.close();
    await pubsub.close();
  }
});
