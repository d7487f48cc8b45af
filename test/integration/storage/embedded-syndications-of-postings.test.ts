import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostingStore } from '../../../shared/adapters/embedded/embedded-posting-store';
import { describeSyndicationsOfPostingsContract } from '../../support/contracts/syndications-of-postings.contract';

describeSyndicationsOfPostingsContract('embedded SQLite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-by-postings-'));
  const store = new EmbeddedPostingStore({ dataDir });
  return {
    store,
    close: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
