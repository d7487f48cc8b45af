import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { SyndicationRecord, syndicationId } from '../../../shared/schema/syndication';
import { liveSyndication } from '../syndication-records';

/**
 * `listSyndicationsOfPostings`, the lagging-syndication sweep's batched read, on a real store: every record of
 * every posting asked for, grouped by posting in id order, across Firestore's 30-value `in` limit and past one
 * page of a query, and nothing of postings not asked for. And `getSyndications`, a delivery batch's read of
 * one partner's records, and `listUnalertedSyndications`, the stuck sweep's read of claims whose alert is owed;
 * `updateSyndications`, its claims of a chunk of pairs in one transaction.
 */

const record = liveSyndication;

/** Stores records in parallel (the emulator is slow one by one). */
async function putAll(store: PostingStore, records: SyndicationRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 50)
    await Promise.all(records.slice(i, i + 50).map((r) => store.updateSyndication(r.postingId, r.partnerId, () => r)));
}

const ids = (map: Map<string, SyndicationRecord[]>) =>
  Object.fromEntries([...map.entries()].map(([postingId, records]) => [postingId, records.map((r) => r.partnerId)]));

export function describeSyndicationsOfPostingsContract(
  name: string,
  open: () => Promise<{ store: PostingStore; close(): Promise<void> }>,
): void {
  describe(`the records of many postings at once: ${name}`, () => {
    let backend: { store: PostingStore; close(): Promise<void> };
    beforeEach(async () => {
      backend = await open();
    });
    afterEach(async () => backend.close());

    it('returns every record of each posting asked for, grouped and in id order, and none of the others', async () => {
      const { store } = backend;
      await putAll(store, [
        record('p1', 'zeta'),
        record('p1', 'alpha'),
        record('p2', 'beta'),
        record('p3', 'alpha'),
        record('other', 'alpha'),
      ]);
      const found = await store.listSyndicationsOfPostings(['p3', 'p1', 'p2', 'p1', 'none']);
      expect(ids(found)).toEqual({ p1: ['alpha', 'zeta'], p2: ['beta'], p3: ['alpha'] });
      expect(found.get('p1')?.[0]).toEqual(record('p1', 'alpha'));
      expect((await store.listSyndicationsOfPostings([])).size).toBe(0);
    });

    it("reads one partner's records of many postings at once, past one read chunk, and none of other partners", async () => {
      const { store } = backend;
      // 320 postings: more than one 300-document `getAll` chunk (store-limits READ_CHUNK); every third has no
      // record with 'alpha', and every posting has one with 'beta'
      const postingIds = Array.from({ length: 320 }, (_, i) => `r${String(i).padStart(3, '0')}`);
      const withAlpha = postingIds.filter((_, i) => i % 3 !== 0);
      await putAll(store, [
        ...withAlpha.map((id) => record(id, 'alpha')),
        ...postingIds.map((id) => record(id, 'beta')),
      ]);
      const found = await store.getSyndications!('alpha', [...postingIds, 'r001', 'none']);
      expect([...found.keys()].sort()).toEqual(withAlpha);
      expect(found.get('r001')).toEqual(record('r001', 'alpha'));
      expect((await store.getSyndications!('alpha', [])).size).toBe(0);
    });

    it('reads past the 30 values one Firestore `in` filter takes and past one page of results', async () => {
      const { store } = backend;
      // 75 postings (three `in` chunks), the first 40 on 12 partners: the first chunk's 360 records are more than
      // one 300-record page (store-limits PAGE_SIZE)
      const postingIds = Array.from({ length: 75 }, (_, i) => `q${String(i).padStart(2, '0')}`);
      const many = Array.from({ length: 12 }, (_, i) => `partner-${String.fromCharCode(97 + i)}`);
      const partners = (i: number) => (i < 40 ? many : ['partner-a']);
      await putAll(
        store,
        postingIds.flatMap((id, i) => partners(i).map((partner) => record(id, partner))),
      );
      const found = await store.listSyndicationsOfPostings(postingIds);
      expect(ids(found)).toEqual(Object.fromEntries(postingIds.map((id, i) => [id, partners(i)])));
    });

    it('lists the claims still awaiting their alert that were made before an instant, page by page, and no others', async () => {
      const { store } = backend;
      const claimed = (postingId: string, at: string, alertPending?: boolean) =>
        SyndicationRecord.parse({
          ...record(postingId, 'alpha'),
          status: 'pending',
          resent: {
            since: '2026-03-01T08:00:00.000Z',
            count: 1,
            lastAt: at,
            ...(alertPending ? { alertPending } : {}),
          },
          updatedAt: at,
        });
      const old = Array.from({ length: 5 }, (_, i) => claimed(`u${i}`, '2026-03-01T09:00:00.000Z', true));
      await putAll(store, [
        ...old,
        claimed('young', '2026-03-01T09:30:00.000Z', true),
        claimed('alerted', '2026-03-01T09:00:00.000Z'),
        record('plain', 'alpha'),
      ]);
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const page = await store.listUnalertedSyndications!({
          claimedBefore: '2026-03-01T09:10:00Z',
          limit: 2,
          cursor,
        });
        pages.push(page.items.map((r) => r.postingId));
        cursor = page.nextCursor;
      } while (cursor && pages.length < 10);
      expect(pages.flat()).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);
      expect(pages[0]).toEqual(['u0', 'u1']);
      expect(pages.flat().map((id) => old.find((r) => r.postingId === id))).toEqual(old);
    });

    it('clears the flag of claims whose alert was logged, leaving the rest of each record, and ignores unknown ids', async () => {
      const { store } = backend;
      const at = '2026-03-01T09:00:00.000Z';
      const flagged = ['c1', 'c2', 'c3'].map((postingId) =>
        SyndicationRecord.parse({
          ...record(postingId, 'alpha'),
          status: 'pending',
          resent: { since: at, count: 2, lastAt: at, alertPending: true },
        }),
      );
      await putAll(store, flagged);
      await store.clearAlertPending!([flagged[0]!.id, flagged[1]!.id, syndicationId('none', 'alpha')]);
      const after = await Promise.all(flagged.map((r) => store.getSyndication(r.postingId, 'alpha')));
      expect(after[0]).toEqual({ ...flagged[0], resent: { since: at, count: 2, lastAt: at } });
      expect(after[1]?.resent).toEqual({ since: at, count: 2, lastAt: at });
      expect(after[2]).toEqual(flagged[2]);
      const listed = await store.listUnalertedSyndications!({ claimedBefore: '2026-03-02T00:00:00Z', limit: 10 });
      expect(listed.items.map((r) => r.postingId)).toEqual(['c3']);
    });

    it('updates many records in one transaction: each as its update says, unchanged where it declines', async () => {
      const { store } = backend;
      const at = '2026-03-01T10:00:00.000Z';
      await putAll(store, [record('m1', 'alpha'), record('m2', 'alpha'), record('m3', 'beta')]);
      const stale = record('m2', 'alpha');
      const claim = (seen: SyndicationRecord) => (current: SyndicationRecord | null) =>
        current && current.updatedAt === seen.updatedAt
          ? { ...current, status: 'pending' as const, updatedAt: at }
          : null;
      // m2 moved on after the sweep read it: its claim declines, the others are written
      await store.updateSyndication('m2', 'alpha', (current) => current && { ...current, updatedAt: at });
      const written = await store.updateSyndications!([
        { postingId: 'm1', partnerId: 'alpha', update: claim(record('m1', 'alpha')) },
        { postingId: 'm2', partnerId: 'alpha', update: claim(stale) },
        { postingId: 'm3', partnerId: 'beta', update: claim(record('m3', 'beta')) },
        { postingId: 'none', partnerId: 'alpha', update: (current) => current },
      ]);
      expect(written.map((r) => r?.postingId ?? null)).toEqual(['m1', null, 'm3', null]);
      expect(await store.getSyndication('m1', 'alpha')).toMatchObject({ status: 'pending', updatedAt: at });
      expect(await store.getSyndication('m2', 'alpha')).toMatchObject({ status: 'live', updatedAt: at });
      expect(await store.getSyndication('m3', 'beta')).toMatchObject({ status: 'pending', updatedAt: at });
      expect(await store.getSyndication('none', 'alpha')).toBeNull();
      expect(await store.updateSyndications!([])).toEqual([]);
    });

    it('writes none of the records when one update fails (all or nothing)', async () => {
      const { store } = backend;
      await putAll(store, [record('f1', 'alpha'), record('f2', 'alpha')]);
      const failing = store.updateSyndications!([
        { postingId: 'f1', partnerId: 'alpha', update: (current) => current && { ...current, status: 'pending' } },
        {
          postingId: 'f2',
          partnerId: 'alpha',
          update: () => {
            throw new Error('update failed');
          },
        },
      ]);
      await expect(failing).rejects.toThrow();
      expect(await store.getSyndication('f1', 'alpha')).toEqual(record('f1', 'alpha'));
    });
  });
}
