import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostingStore } from '../../../shared/adapters/embedded/embedded-posting-store';
import { describePostingStoreContract } from '../../support/contracts/posting-store.contract';

describePostingStoreContract('embedded SQLite', async (clock) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-store-'));
  const stores = [new EmbeddedPostingStore({ dataDir, clock })];
  return {
    store: stores[0]!,
    openAnother: async () => {
      const store = new EmbeddedPostingStore({ dataDir, clock });
      stores.push(store);
      return store;
    },
    close: async () => {
      for (const store of stores) await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
