import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventBus } from '../../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../../shared/adapters/embedded/embedded-posting-store';
import { describeLaggingSyndicationAcceptance } from '../../support/contracts/lagging-syndication-acceptance';
import { describeStuckSyndicationAcceptance } from '../../support/contracts/stuck-syndication-acceptance';
import { describeUnalertedClaimAcceptance } from '../../support/contracts/unalerted-claim-acceptance';
import type { InstantClock } from '../../support/instant-clock';

async function embeddedBackend(clock: InstantClock) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-stuck-'));
  const store = new EmbeddedPostingStore({ dataDir, clock });
  const bus = new EmbeddedEventBus({ dataDir, clock });
  let received: unknown[] = [];
  bus.subscribe({
    name: 'sync-collector',
    topic: 'syndication-requests',
    handler: async (d) => void received.push(d.data),
  });
  return {
    store,
    bus,
    takeSyndicationRequests: async () => {
      await bus.drain();
      const taken = received;
      received = [];
      return taken;
    },
    close: async () => {
      await bus.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describeStuckSyndicationAcceptance('embedded store and bus', embeddedBackend);
describeLaggingSyndicationAcceptance('embedded store and bus', embeddedBackend);
describeUnalertedClaimAcceptance('embedded store and bus', embeddedBackend);
