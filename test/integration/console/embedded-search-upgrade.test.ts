import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostingStore, STORE_FILE } from '../../../shared/adapters/embedded/embedded-posting-store';
import { addSearchColumns, searchColumnsOf } from '../../../shared/adapters/embedded/embedded-posting-search';
import { STORE_MIGRATIONS } from '../../../shared/adapters/embedded/store-schema';
import { changeOf, recordOf, rehash, syntheticPosting } from '../../support/posting-records';

/**
 * A data folder written before the console's search existed: opening it with the current store adds the
 * search columns and fills them from the stored postings, so the console finds what was already there.
 */

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-upgrade-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** Makes the file look like it was written by the store before the search step: the columns emptied, the version back. */
function rollBackSearchStep(file: string): void {
  const db = new Database(file);
  db.exec(`UPDATE postings SET search_text = ' ', facets = ' ';
    DROP INDEX postings_by_recency; DROP INDEX syndications_by_board; DROP INDEX postings_search_by_id;
    ALTER TABLE postings DROP COLUMN search_text; ALTER TABLE postings DROP COLUMN facets;`);
  db.pragma(`user_version = ${STORE_MIGRATIONS.indexOf(addSearchColumns)}`);
  db.close();
}

describe('upgrading an embedded store to the console search', () => {
  it('fills the search columns of postings stored before the upgrade', async () => {
    const record = recordOf(rehash({ ...syntheticPosting(1), title: 'Ingénieure logiciel' }));
    const before = new EmbeddedPostingStore({ dataDir });
    await before.commitChanges([changeOf(record, null)]);
    await before.close();
    rollBackSearchStep(join(dataDir, STORE_FILE));

    const after = new EmbeddedPostingStore({ dataDir });
    const page = await after.searchPostings({ text: 'ingenieure', country: 'DE' });
    expect(page.hits.map((hit) => hit.posting.id)).toEqual([record.id]);
    const db = new Database(join(dataDir, STORE_FILE), { readonly: true });
    expect(db.prepare('SELECT search_text, facets FROM postings').get()).toEqual({
      search_text: searchColumnsOf(record).searchText,
      facets: searchColumnsOf(record).facets,
    });
    db.close();
    await after.close();
  });
});
