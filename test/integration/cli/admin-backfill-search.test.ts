import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { adminCommand } from '../../../cli/commands/admin';
import { EmbeddedPostingStore, STORE_FILE } from '../../../shared/adapters/embedded/embedded-posting-store';
import { systemClock } from '../../../shared/adapters/system-clock';
import { changeOf, recordOf, syntheticPosting } from '../../support/posting-records';
import { cliRunner } from '../../support/run-cli';

jest.setTimeout(60_000);

const TITLES = ['Ingénieur logiciel', 'Pflegefachkraft Intensivstation', 'Data Analyst', 'Product Designer', 'Barista'];

const jobrelay = cliRunner([adminCommand]);

describe('jobrelay admin backfill-search on the embedded store', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jobrelay-backfill-'));
    env = { JOBRELAY_BACKEND: 'embedded', JOBRELAY_DATA_DIR: dir };
    const store = new EmbeddedPostingStore({ dataDir: dir, clock: systemClock });
    const records = TITLES.map((title, i) => recordOf({ ...syntheticPosting(i), title }));
    await store.commitChanges(records.map((r) => changeOf(r, null)));
    await store.close();
    // rows as an older store kept them: no search words, no facets
    const db = new Database(join(dir, STORE_FILE));
    db.prepare(`UPDATE postings SET search_text = ' ', facets = ' '`).run();
    db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const found = async (text: string) => {
    const store = new EmbeddedPostingStore({ dataDir: dir, clock: systemClock });
    try {
      return (await store.searchPostings({ text })).hits.map((h) => h.posting.title);
    } finally {
      await store.close();
    }
  };

  it('fills the search fields page by page, finds the old postings again, and writes nothing the second time', async () => {
    expect(await found('ingenieur')).toEqual([]);

    const dry = await jobrelay(env, ['admin', 'backfill-search', '--batch', '2', '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stdout: '5 posting(s) read, 5 would be updated\n' });
    expect(await found('ingenieur')).toEqual([]);

    const first = await jobrelay(env, ['admin', 'backfill-search', '--batch', '2']);
    expect(first).toMatchObject({ code: 0, stdout: '5 posting(s) read, 5 updated\n' });
    expect(await found('ingenieur')).toEqual(['Ingénieur logiciel']);
    expect(await found('pflege intensiv')).toEqual(['Pflegefachkraft Intensivstation']);

    const again = await jobrelay(env, ['admin', 'backfill-search', '--batch', '2']);
    expect(again).toMatchObject({ code: 0, stdout: '5 posting(s) read, 0 updated\n' });
  });

  it('refuses a batch size outside 1-500 as a usage error', async () => {
    const result = await jobrelay(env, ['admin', 'backfill-search', '--batch', '0']);
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/--batch/);
  });
});
