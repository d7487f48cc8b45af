import type { PostingStore } from '../../../shared/ports/posting-store.port';
import type { Clock } from '../../../shared/ports/clock.port';
import { createInstantClock, type InstantClock } from '../instant-clock';
import { changeOf, recordOf, syntheticPosting, syntheticPostings } from '../posting-records';
import { describeConfigStoreContract } from './config-store.contract';
import { describePostingSearchContract } from './posting-search.contract';

/** What a contract run needs: a fresh, empty store, and another instance on the same data. */
export interface StoreUnderTest {
  store: PostingStore;
  openAnother(): Promise<PostingStore>;
  close(): Promise<void>;
}

export type MakeStore = (clock: Clock) => Promise<StoreUnderTest>;

/**
 * The one contract every `PostingStore` passes (DESIGN §2: embedded and Google adapters pass one shared
 * suite). Each test gets a fresh, empty store.
 */
export function describePostingStoreContract(name: string, makeStore: MakeStore): void {
  describe(`PostingStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: PostingStore;
    let clock: InstantClock;

    beforeEach(async () => {
      clock = createInstantClock();
      subject = await makeStore(clock);
      store = subject.store;
    });
    afterEach(async () => {
      await subject.close();
    });

    describe('postings and their outbox events', () => {
      it('returns null for a posting that was never stored', async () => {
        expect(await store.getPosting('nope')).toBeNull();
        expect((await store.getPostings(['nope'])).size).toBe(0);
      });

      it('commits a new posting with its event and reads both back unchanged', async () => {
        const record = recordOf(syntheticPosting(1));
        const change = changeOf(record, null);
        expect(await store.commitChanges([change])).toEqual([{ id: record.id, outcome: 'committed' }]);
        expect(await store.getPosting(record.id)).toEqual(record);
        expect(await store.getOutboxEvent(change.event.id)).toEqual(change.event);
      });

      it('refuses a change whose expected version is not the stored one and returns the stored posting', async () => {
        const v1 = recordOf(syntheticPosting(1));
        await store.commitChanges([changeOf(v1, null)]);
        const stale = changeOf({ ...v1, version: 2, title: 'Stale' }, null);
        const wrong = changeOf({ ...v1, version: 3, title: 'Wrong' }, 2);
        expect(await store.commitChanges([stale, wrong])).toEqual([
          { id: v1.id, outcome: 'conflict', current: v1 },
          { id: v1.id, outcome: 'conflict', current: v1 },
        ]);
        expect(await store.getOutboxEvent(stale.event.id)).toBeNull();
      });

      it('commits the changes that match and refuses only the ones that conflict', async () => {
        const [a, b] = [recordOf(syntheticPosting(1)), recordOf(syntheticPosting(2))];
        await store.commitChanges([changeOf(a, null)]);
        const outcomes = await store.commitChanges([
          changeOf({ ...a, version: 2 }, 1),
          changeOf({ ...b, version: 2 }, 1),
        ]);
        expect(outcomes.map((o) => o.outcome)).toEqual(['committed', 'conflict']);
        expect((await store.getPosting(a.id))?.version).toBe(2);
        expect(await store.getPosting(b.id)).toBeNull();
      });

      it('lets exactly one of two store instances create the same posting', async () => {
        const other = await subject.openAnother();
        const record = recordOf(syntheticPosting(1));
        const outcomes = await Promise.all([
          store.commitChanges([changeOf(record, null)]),
          other.commitChanges([changeOf({ ...record, title: 'Other worker' }, null)]),
        ]);
        expect(outcomes.flat().filter((o) => o.outcome === 'committed')).toHaveLength(1);
        expect((await store.listUnsent(10)).length).toBe(1);
      });

      it('reads many postings and summaries at once, beyond one read chunk', async () => {
        const records = syntheticPostings(650).map((p) => recordOf(p));
        await store.commitChanges(records.map((r) => changeOf(r, null)));
        const ids = [...records.map((r) => r.id), 'missing'];
        expect((await store.getPostings(ids)).size).toBe(650);
        const summaries = await store.getPostingSummaries(ids);
        expect(summaries.size).toBe(650);
        const first = records[0]!;
        expect(summaries.get(first.id)).toEqual({
          id: first.id,
          sourceId: first.source.id,
          contentHash: first.contentHash,
          status: 'open',
          version: 1,
          dedupKey: first.dedupKey,
          fingerprint: first.fingerprint,
          duplicateOf: null,
          validThrough: null,
        });
      });

      it('lists summaries of one source, optionally by status', async () => {
        const open = recordOf(syntheticPosting(1, { sourceId: 'alpha' }));
        const closed = recordOf(syntheticPosting(2, { sourceId: 'alpha' }), {
          status: 'closed',
          closedAt: '2026-03-01T09:00:00.000Z',
          closedReason: 'missing',
        });
        const elsewhere = recordOf(syntheticPosting(3, { sourceId: 'beta' }));
        await store.commitChanges([open, closed, elsewhere].map((r) => changeOf(r, null)));
        expect((await store.listPostingSummaries('alpha')).map((s) => s.id).sort()).toEqual(
          [open.id, closed.id].sort(),
        );
        expect((await store.listPostingSummaries('alpha', 'open')).map((s) => s.id)).toEqual([open.id]);
        expect((await store.listPostingSummaries('alpha', 'closed')).map((s) => s.id)).toEqual([closed.id]);
      });

      it('finds postings by their exact dedup key, never by a key that merely starts the same', async () => {
        const a = recordOf(syntheticPosting(1), { dedupKey: 'acme|job:engineer@de:berlin' });
        const b = recordOf(syntheticPosting(2, { sourceId: 'other' }), { dedupKey: 'acme|req:42' });
        const c = recordOf(syntheticPosting(3), {
          dedupKey: 'acme industries|job:engineer@de:berlin',
          status: 'closed',
        });
        await store.commitChanges([a, b, c].map((r) => changeOf(r, null)));
        expect((await store.findByDedupKey('acme|req:42')).map((s) => s.id)).toEqual([b.id]);
        expect((await store.findByDedupKey('acme|job:engineer@de:berlin')).map((s) => s.id)).toEqual([a.id]);
        expect(await store.findByDedupKey('acme|')).toEqual([]);
      });

      it('finds open postings by the dedup terms they carry, each once, and no closed ones', async () => {
        const a = recordOf(syntheticPosting(1), { dedupTerms: ['key:acme|req:1', 'acme|#0:abcd'] });
        const b = recordOf(syntheticPosting(2), { dedupTerms: ['acme|#0:abcd', 'acme|#1:ffff'] });
        const closed = recordOf(syntheticPosting(3), { dedupTerms: ['acme|#1:ffff'], status: 'closed' });
        await store.commitChanges([a, b, closed].map((r) => changeOf(r, null)));
        const terms = ['acme|#0:abcd', 'acme|#1:ffff', ...Array.from({ length: 40 }, (_, i) => `unused-${i}`)];
        expect((await store.findDedupCandidates(terms)).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
        await store.commitChanges([changeOf({ ...a, version: 2, dedupTerms: ['key:acme|req:2'] }, 1)]);
        expect((await store.findDedupCandidates(['acme|#0:abcd'])).map((s) => s.id)).toEqual([b.id]);
      });

      it('lists open postings whose validThrough has passed, and no closed ones', async () => {
        const past = recordOf({ ...syntheticPosting(1), validThrough: '2026-02-01' });
        const future = recordOf({ ...syntheticPosting(2), validThrough: '2026-12-01T00:00:00+09:00' });
        const closedPast = recordOf({ ...syntheticPosting(3), validThrough: '2026-01-01' }, { status: 'closed' });
        const never = recordOf(syntheticPosting(4));
        await store.commitChanges([past, future, closedPast, never].map((r) => changeOf(r, null)));
        expect((await store.listExpired('2026-03-01T00:00:00Z', 10)).map((s) => s.id)).toEqual([past.id]);
      });
    });

    describe('querying postings', () => {
      it('pages through postings by id with a cursor, each exactly once', async () => {
        const records = syntheticPostings(25).map((p) => recordOf(p));
        await store.commitChanges(records.map((r) => changeOf(r, null)));
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await store.queryPostings({ limit: 10, cursor });
          seen.push(...page.items.map((r) => r.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(records.map((r) => r.id).sort());
      });

      it('orders by lastChangedAt for incremental reads and filters by changedSince, status and source', async () => {
        const times = ['2026-03-01T10:00:00.000Z', '2026-03-01T08:00:00.000Z', '2026-03-01T09:00:00+00:00'];
        const records = times.map((t, i) => recordOf(syntheticPosting(i), { lastChangedAt: t }));
        const other = recordOf(syntheticPosting(9, { sourceId: 'other' }), {
          lastChangedAt: '2026-03-01T11:00:00.000Z',
          status: 'closed',
        });
        await store.commitChanges([...records, other].map((r) => changeOf(r, null)));
        const page = await store.queryPostings({
          orderBy: 'lastChangedAt',
          changedSince: '2026-03-01T08:30:00Z',
          limit: 10,
        });
        // instants are stored in one UTC format, so they sort and compare as strings
        const utc = (t: string) => new Date(t).toISOString();
        expect(page.items.map((r) => r.lastChangedAt)).toEqual([utc(times[2]!), utc(times[0]!), other.lastChangedAt]);
        const open = await store.queryPostings({
          orderBy: 'lastChangedAt',
          status: 'open',
          sourceId: 'bench-source',
          limit: 2,
        });
        expect(open.items.map((r) => r.id)).toEqual([records[1]!.id, records[2]!.id]);
        const rest = await store.queryPostings({
          orderBy: 'lastChangedAt',
          status: 'open',
          sourceId: 'bench-source',
          limit: 2,
          cursor: open.nextCursor,
        });
        expect(rest.items.map((r) => r.id)).toEqual([records[0]!.id]);
        expect(rest.nextCursor).toBeNull();
      });

      it('streams every matching posting', async () => {
        const records = syntheticPostings(320).map((p) => recordOf(p));
        await store.commitChanges(records.map((r) => changeOf(r, null)));
        let count = 0;
        for await (const record of store.streamPostings({ status: 'open' })) count += record.status === 'open' ? 1 : 0;
        expect(count).toBe(320);
      });

      it('refuses a cursor it did not make', async () => {
        await expect(store.queryPostings({ cursor: 'not a cursor' })).rejects.toMatchObject({
          code: 'STORE.INVALID_CURSOR',
        });
      });
    });

    describe('the outbox', () => {
      it('lists unsent events oldest first, and forgets them once sent', async () => {
        const first = recordOf(syntheticPosting(1), { lastChangedAt: '2026-03-01T09:00:00.000Z' });
        const second = recordOf(syntheticPosting(2), { lastChangedAt: '2026-03-01T09:00:01.000Z' });
        await store.commitChanges([changeOf(second, null)]);
        await store.commitChanges([changeOf(first, null)]);
        const unsent = await store.listUnsent(10);
        expect(unsent.map((e) => e.event.data.postingId)).toEqual([first.id, second.id]);
        await store.markSent([unsent[0]!.id], '2026-03-01T09:01:00.000Z');
        expect((await store.listUnsent(10)).map((e) => e.id)).toEqual([unsent[1]!.id]);
        expect((await store.getOutboxEvent(unsent[0]!.id))?.sentAt).toBe('2026-03-01T09:01:00.000Z');
      });

      it('counts failed publish attempts on an event that stays unsent', async () => {
        const change = changeOf(recordOf(syntheticPosting(1)), null);
        await store.commitChanges([change]);
        await store.recordPublishFailure(change.event.id, 'BUS.PUBLISH_FAILED');
        await store.recordPublishFailure(change.event.id, 'BUS.PUBLISH_FAILED');
        const event = await store.getOutboxEvent(change.event.id);
        expect(event?.publishAttempts).toBe(2);
        expect(event?.sentAt).toBeNull();
        expect((await store.listUnsent(10)).map((e) => e.id)).toEqual([change.event.id]);
      });
    });

    describeConfigStoreContract(
      () => store,
      () => clock,
    );
    describePostingSearchContract(() => store);
  });
}
