import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, getBackend } from '../../../shared/adapters/create-backend';
import { parseSettings } from '../../../shared/schema/settings';
import { recordOf, changeOf, syntheticPosting } from '../../support/posting-records';

describe('building the embedded backend from settings', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-backend-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps postings and queued events in the data folder across restarts', async () => {
    const settings = parseSettings({ JOBRELAY_DATA_DIR: dataDir });
    const first = await createBackend(settings);
    expect(first.kind).toBe('embedded');
    const change = changeOf(recordOf(syntheticPosting(1)), null);
    await first.store.commitChanges([change]);
    await first.close();
    const second = await createBackend(settings);
    expect((await second.store.getPosting(change.record.id))?.title).toBe(change.record.title);
    expect((await second.store.listUnsent(5)).map((e) => e.id)).toEqual([change.event.id]);
    await second.close();
  });

  it('creates the clients once per process for the same settings', async () => {
    const settings = parseSettings({ JOBRELAY_DATA_DIR: dataDir });
    const [a, b] = await Promise.all([getBackend(settings), getBackend(settings)]);
    expect(a).toBe(b);
    await a.close();
  });
});
