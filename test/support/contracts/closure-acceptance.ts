import { ingest } from '../../../shared/pipeline/ingest';
import { sweepOutbox } from '../../../shared/pipeline/sweep-outbox';
import type { JobPosting } from '../../../shared/schema/posting';
import { rehash, syntheticPostings, testDeps, withRaise } from '../posting-records';
import { refreshOnce } from '../refresh-once';
import type { AcceptanceContext } from './pipeline-acceptance';

const SOURCE = { id: 'bench-source', company: { name: 'Example Corp', url: null } };

/** Closure (DESIGN §4): missing postings close, the guard refuses suspicious closures, reappearance reopens. */
export function describeClosureAcceptance({ backend, clock }: AcceptanceContext): void {
  describe('closure', () => {
    const setUp = async () => {
      const deps = testDeps(backend().store, backend().bus, clock());
      const postings = syntheticPostings(10);
      await refreshOnce(deps, SOURCE, postings);
      const before = (await backend().received()).length;
      const openCount = async () => (await backend().store.listPostingSummaries(SOURCE.id, 'open')).length;
      const newEvents = async () => (await backend().received()).slice(before).map((e) => e.event);
      return { deps, postings, openCount, newEvents };
    };

    it('closes nothing when the fetch failed', async () => {
      const { deps, openCount, newEvents } = await setUp();
      const run = await refreshOnce(deps, SOURCE, [], { fetchOk: false });
      expect(run.status).toBe('failed');
      expect(await openCount()).toBe(10);
      expect(await newEvents()).toEqual([]);
    });

    it('closes nothing and flags the run when 60% of the postings disappear at once', async () => {
      const { deps, postings, openCount, newEvents } = await setUp();
      const run = await refreshOnce(deps, SOURCE, postings.slice(0, 4));
      expect(run.status).toBe('suspicious');
      expect(run.suspectedClosures).toEqual({ wouldClose: 6, open: 10 });
      expect(await openCount()).toBe(10);
      expect(await newEvents()).toEqual([]);
      expect((await backend().store.getRun(run.id))?.status).toBe('suspicious');
    });

    it('closes the postings missing from a successful refresh and reopens them when they reappear', async () => {
      const { deps, postings, openCount, newEvents } = await setUp();
      const run = await refreshOnce(deps, SOURCE, postings.slice(3));
      expect(run).toMatchObject({ status: 'succeeded', counts: { closed: 3 } });
      expect(await openCount()).toBe(7);
      const closed = await backend().store.getPosting(postings[0]!.id);
      expect(closed).toMatchObject({
        status: 'closed',
        closedReason: 'missing',
        version: 2,
        closedAt: clock().now().toISOString(),
      });

      const back: JobPosting[] = [withRaise(postings[0]!), ...postings.slice(1)];
      const reopenRun = await refreshOnce(deps, SOURCE, back);
      expect(reopenRun.counts).toMatchObject({ reopened: 3, unchanged: 7 });
      expect(await backend().store.getPosting(postings[0]!.id)).toMatchObject({
        status: 'open',
        closedAt: null,
        closedReason: null,
        version: 3,
      });
      const events = await newEvents();
      expect(events.filter((e) => e.type === 'posting.closed').map((e) => e.data.posting.status)).toEqual([
        'closed',
        'closed',
        'closed',
      ]);
      const reopened = events.filter((e) => e.type === 'posting.reopened');
      expect(reopened.map((e) => e.data.changedFields.join())).toEqual(expect.arrayContaining(['salary', '', '']));
      expect(reopened).toHaveLength(3);
    });

    it('closes postings past validThrough in the sweep and does not reopen them while their source still lists them', async () => {
      const deps = testDeps(backend().store, backend().bus, clock());
      const posting = rehash({ ...syntheticPostings(1)[0]!, validThrough: '2026-03-05' });
      await ingest(deps, { source: SOURCE, items: [{ posting }] });
      expect((await sweepOutbox(deps)).expired).toBe(0);
      clock().advance(6 * 24 * 3600 * 1000);
      expect((await sweepOutbox(deps)).expired).toBe(1);
      expect(await backend().store.getPosting(posting.id)).toMatchObject({ status: 'closed', closedReason: 'expired' });
      const again = await ingest(deps, { source: SOURCE, items: [{ posting }] });
      expect(again.outcomes[0]).toMatchObject({ outcome: 'unchanged', version: 2 });
    });

    it('closes a posting its source marks closed, with the source as the reason', async () => {
      const deps = testDeps(backend().store, backend().bus, clock());
      const [posting] = syntheticPostings(1);
      await ingest(deps, { source: SOURCE, items: [{ posting }] });
      const closed = await ingest(deps, { source: SOURCE, items: [{ posting: { ...posting!, status: 'closed' } }] });
      expect(closed.outcomes[0]).toMatchObject({ outcome: 'closed', version: 2 });
      expect(await backend().store.getPosting(posting!.id)).toMatchObject({ status: 'closed', closedReason: 'source' });
    });
  });
}
