jest.setTimeout(120_000);

import { FieldValue, type Firestore } from '@google-cloud/firestore';
import { backfillSearch } from '../../cli/commands/admin';
import { collection } from '../../shared/adapters/firestore/firestore-collections';
import { FirestorePostingStore } from '../../shared/adapters/firestore/firestore-posting-store';
import { changeOf, recordOf, syntheticPosting } from '../support/posting-records';
import { emulatorFirestore, uniqueProjectId } from '../support/google-clients';

const TITLES = [
  'Ingénieur logiciel',
  'Pflegefachkraft Intensivstation',
  'Data Analyst',
  'Product Designer',
  'Barista',
  'Site Reliability Engineer',
  'Staff Accountant',
];

describe('the search terms backfill on Firestore (emulator, real client)', () => {
  let firestore: Firestore;
  let store: FirestorePostingStore;
  let ids: string[];

  beforeAll(async () => {
    firestore = emulatorFirestore(uniqueProjectId('backfill'));
    store = new FirestorePostingStore({ firestore });
    const records = TITLES.map((title, i) => recordOf({ ...syntheticPosting(i), title }));
    ids = records.map((r) => r.id);
    await store.commitChanges(records.map((r) => changeOf(r, null)));
    // documents as an older deployment wrote them: no searchTerms at all, and one with terms of an older scheme
    const postings = collection({ db: firestore, prefix: '' }, 'postings');
    for (const id of ids.slice(0, 5)) await postings.doc(id).update({ searchTerms: FieldValue.delete() });
    await postings.doc(ids[5]!).update({ searchTerms: ['q:obsolete'] });
  });
  afterAll(() => firestore.terminate());

  const titles = async (text: string) => (await store.searchPostings({ text })).hits.map((h) => h.posting.title);

  it('writes searchTerms where missing or stale, in pages, and nothing when run again', async () => {
    expect(await titles('ingenieur')).toEqual([]);
    expect(await titles('reliability')).toEqual([]);

    const dry = await backfillSearch(store, { batch: 3, dryRun: true });
    expect(dry).toEqual({ scanned: 7, updated: 6, skipped: 0 });
    expect(await titles('ingenieur')).toEqual([]);

    const pages: number[] = [];
    const done = await backfillSearch(store, { batch: 3, dryRun: false }, (t) => pages.push(t.scanned));
    expect(done).toEqual({ scanned: 7, updated: 6, skipped: 0 });
    expect(pages).toEqual([3, 6, 7]);
    expect(await titles('ingenieur')).toEqual(['Ingénieur logiciel']);
    expect(await titles('pflege intensiv')).toEqual(['Pflegefachkraft Intensivstation']);
    expect(await titles('reliability')).toEqual(['Site Reliability Engineer']);

    expect(await backfillSearch(store, { batch: 3, dryRun: false })).toEqual({ scanned: 7, updated: 0, skipped: 0 });
  });
});
