import { ingest } from '../../../shared/pipeline/ingest';
import { sweepOutbox } from '../../../shared/pipeline/sweep-outbox';
import type { JobPosting } from '../../../shared/schema/posting';
import { receiptsById, type BackendHarness, type MakeBackend } from '../backend-harness';
import { createInstantClock, type InstantClock } from '../instant-clock';
import { syntheticPostings, testDeps, withRaise } from '../posting-records';
import { refreshOnce } from '../refresh-once';
import { countingStore, crashAfterCommit, faultyBus, readBarrier, SimulatedCrash } from '../store-wrappers';
import { describeClosureAcceptance } from './closure-acceptance';
import { describeDuplicateAcceptance } from './duplicate-acceptance';

const SOURCE = { id: 'bench-source', company: { name: 'Example Corp', url: null } };
const asItems = (postings: readonly JobPosting[]) => postings.map((posting) => ({ posting }));

/** What the acceptance suites share: the backend and its clock, fresh for each test. */
export interface AcceptanceContext {
  backend: () => BackendHarness;
  clock: () => InstantClock;
}

/**
 * The storage guarantees of DESIGN §4 (issue 3's acceptance), run on the embedded adapters and on the
 * emulators with the real clients: idempotent ingest, O(1)-write unchanged refreshes, no lost or duplicated
 * events across crashes and publish failures, one winner when two workers race, and the closure guard.
 */
export function describePipelineAcceptance(
  name: string,
  makeBackend: MakeBackend,
  options: { refreshSize?: number } = {},
): void {
  const refreshSize = options.refreshSize ?? 2000;

  describe(`pipeline acceptance: ${name}`, () => {
    let backend: BackendHarness;
    let clock: InstantClock;
    beforeEach(async () => {
      clock = createInstantClock();
      backend = await makeBackend(clock);
    });
    afterEach(async () => {
      await backend.close();
    });
    const context: AcceptanceContext = { backend: () => backend, clock: () => clock };

    it('writes nothing and announces nothing when the same postings are ingested twice', async () => {
      const counting = countingStore(backend.store);
      const deps = testDeps(counting.store, backend.bus, clock);
      const postings = syntheticPostings(30);
      const first = await ingest(deps, { source: SOURCE, items: asItems(postings) });
      expect(first.counts.created).toBe(30);
      const afterFirst = (await backend.received()).length;
      counting.reset();
      const second = await ingest(deps, { source: SOURCE, items: asItems(postings) });
      expect(second.counts).toMatchObject({ unchanged: 30, created: 0, updated: 0 });
      expect(counting.writes()).toEqual({ postings: 0, outbox: 0, runs: 0, other: 0 });
      expect((await backend.received()).length).toBe(afterFirst);
    });

    it('detects a change even when the caller hands in a stale contentHash', async () => {
      const deps = testDeps(backend.store, backend.bus, clock);
      const [posting] = syntheticPostings(1);
      await ingest(deps, { source: SOURCE, items: asItems([posting!]) });
      const edited = { ...posting!, title: 'Principal Engineer' };
      const result = await ingest(deps, { source: SOURCE, items: asItems([edited]) });
      expect(result.outcomes[0]).toMatchObject({ outcome: 'updated', version: 2, changedFields: ['title'] });
    });

    it(`writes only the run record for an unchanged refresh of ${refreshSize} postings, and only the changes when 1% changed`, async () => {
      const counting = countingStore(backend.store);
      const deps = testDeps(counting.store, backend.bus, clock);
      const postings = syntheticPostings(refreshSize);
      await refreshOnce(deps, SOURCE, postings);
      const before = (await backend.received()).length;
      expect(before).toBe(refreshSize);

      counting.reset();
      const unchanged = await refreshOnce(deps, SOURCE, postings);
      expect(unchanged.counts).toMatchObject({
        fetched: refreshSize,
        unchanged: refreshSize,
        created: 0,
        updated: 0,
        closed: 0,
      });
      expect(counting.writes()).toEqual({ postings: 0, outbox: 0, runs: 1, other: 0 });
      expect((await backend.received()).length).toBe(before);

      const changedIds = new Set<string>();
      const edited = postings.map((p, i) => {
        if (i % 100 !== 7) return p;
        changedIds.add(p.id);
        return withRaise(p);
      });
      counting.reset();
      const changed = await refreshOnce(deps, SOURCE, edited);
      expect(changed.counts).toMatchObject({ updated: refreshSize / 100, unchanged: refreshSize - refreshSize / 100 });
      // each changed posting: one posting write and its outbox event, which is then marked sent
      expect(counting.writes()).toEqual({ postings: changedIds.size, outbox: 2 * changedIds.size, runs: 1, other: 0 });
      const events = (await backend.received()).slice(before);
      expect(new Set(events.map((e) => e.event.data.postingId))).toEqual(changedIds);
      expect(
        events.every((e) => e.event.type === 'posting.updated' && e.event.data.changedFields.join() === 'salary'),
      ).toBe(true);
    });

    it('publishes every event exactly once when a crash between commit and publish is followed by a sweep', async () => {
      const postings = syntheticPostings(40);
      const crashing = testDeps(crashAfterCommit(backend.store), backend.bus, clock);
      await expect(ingest(crashing, { source: SOURCE, items: asItems(postings) })).rejects.toBeInstanceOf(
        SimulatedCrash,
      );
      expect(await backend.received()).toEqual([]);

      const restarted = testDeps(await backend.openAnotherStore(), backend.bus, clock);
      const sweep = await sweepOutbox(restarted);
      expect(sweep.published).toBe(40);
      expect((await sweepOutbox(restarted)).published).toBe(0);
      const receipts = receiptsById(await backend.received());
      expect(receipts.size).toBe(40);
      expect([...receipts.values()].every((n) => n === 1)).toBe(true);
      expect(await backend.store.listUnsent(10)).toEqual([]);
    });

    it('loses no event and never sends two different events under one id when two sweeps run at once', async () => {
      const postings = syntheticPostings(30);
      const crashing = testDeps(crashAfterCommit(backend.store), backend.bus, clock);
      await expect(ingest(crashing, { source: SOURCE, items: asItems(postings) })).rejects.toBeInstanceOf(
        SimulatedCrash,
      );
      const other = await backend.openAnotherStore();
      await Promise.all([
        sweepOutbox(testDeps(backend.store, backend.bus, clock)),
        sweepOutbox(testDeps(other, backend.bus, clock)),
      ]);
      const received = await backend.received();
      const byId = new Map<string, string>();
      for (const { event } of received) {
        const body = JSON.stringify(event);
        expect(byId.get(event.id) ?? body).toBe(body);
        byId.set(event.id, body);
      }
      expect(byId.size).toBe(30);
      expect(await backend.store.listUnsent(10)).toEqual([]);
    });

    it('gives one created event and one version when two workers ingest the same new posting at once', async () => {
      const [posting] = syntheticPostings(1);
      const [first, second] = readBarrier([backend.store, await backend.openAnotherStore()]);
      const results = await Promise.all([
        ingest(testDeps(first!, backend.bus, clock), { source: SOURCE, items: asItems([posting!]) }),
        ingest(testDeps(second!, backend.bus, clock), { source: SOURCE, items: asItems([posting!]) }),
      ]);
      expect(results.map((r) => r.outcomes[0]!.outcome).sort()).toEqual(['created', 'unchanged']);
      expect(results.map((r) => (r.outcomes[0]!.outcome === 'rejected' ? 0 : r.outcomes[0]!.version))).toEqual([1, 1]);
      expect((await backend.store.getPosting(posting!.id))?.version).toBe(1);
      const events = await backend.received();
      expect(events.map((e) => e.event.type)).toEqual(['posting.created']);
    });

    it('loses and duplicates no event when 30% of publishes fail, once the sweeps have run', async () => {
      const faulty = faultyBus(backend.bus, { failureRate: 0.3, seed: 42 });
      const deps = testDeps(backend.store, faulty.bus, clock);
      const postings = syntheticPostings(60);
      const created = await ingest(deps, { source: SOURCE, items: asItems(postings) });
      const updated = await ingest(deps, {
        source: SOURCE,
        items: asItems(postings.filter((_, i) => i % 3 === 0).map((p) => withRaise(p))),
      });
      expect(created.unpublished + updated.unpublished).toBe(faulty.refused());
      expect(faulty.refused()).toBeGreaterThan(0);
      for (let round = 0; round < 20 && (await backend.store.listUnsent(1)).length > 0; round++)
        await sweepOutbox(deps);
      expect(await backend.store.listUnsent(1)).toEqual([]);

      const expected = new Set(
        [...created.outcomes, ...updated.outcomes].flatMap((o) =>
          o.outcome === 'rejected' || !o.eventId ? [] : [o.eventId],
        ),
      );
      expect(expected.size).toBe(80);
      const receipts = receiptsById(await backend.received());
      expect(new Set(receipts.keys())).toEqual(expected);
      expect([...receipts.values()].every((n) => n === 1)).toBe(true);
    });

    it('keeps the versions of one posting in order for subscribers', async () => {
      const deps = testDeps(backend.store, backend.bus, clock);
      let [posting] = syntheticPostings(1);
      await ingest(deps, { source: SOURCE, items: asItems([posting!]) });
      for (let i = 0; i < 4; i++) {
        posting = withRaise(posting!);
        await ingest(deps, { source: SOURCE, items: asItems([posting]) });
      }
      const events = await backend.received();
      expect(events.map((e) => e.event.data.version)).toEqual([1, 2, 3, 4, 5]);
      expect(events.every((e) => e.orderingKey === posting!.id && e.attributes.postingId === posting!.id)).toBe(true);
      expect(events.map((e) => e.attributes.type)).toEqual(['posting.created', ...Array(4).fill('posting.updated')]);
    });

    describeClosureAcceptance(context);
    describeDuplicateAcceptance(context);
  });
}
