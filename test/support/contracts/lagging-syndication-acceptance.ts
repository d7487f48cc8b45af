import { closePostings } from '../../../shared/pipeline/close-postings';
import { deliver } from '../../../shared/pipeline/deliver';
import { ingest } from '../../../shared/pipeline/ingest';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import type { SyndicationDeps } from '../../../shared/pipeline/syndication-deps';
import { sweepStuckSyndications, SYNDICATION_STUCK_EVENT } from '../../../shared/pipeline/sweep-syndications';
import type { LogFields } from '../../../shared/ports/logger.port';
import type { JobPosting } from '../../../shared/schema/posting';
import { syntheticPostings, withRaise } from '../../../bench/support/synthetic-postings';
import { createInstantClock, type InstantClock } from '../instant-clock';
import type { PartnerReceiver } from '../partner-receiver';
import { startSweepRig, type SweepRig } from './sweep-rig';
import type { StuckSweepBackend } from './stuck-syndication-acceptance';

const MINUTE = 60_000;
const STUCK_AFTER = 20 * MINUTE;

/**
 * Issue 9 on one backend: a pair live on an older version of its posting (the update's fan-out was lost),
 * and a pair still live on a posting that closed (the closure's fan-out was lost), are found by the
 * maintenance sweep once the change is older than the threshold, re-sent through the bus and delivered, so
 * the partner ends in the state the records say; a second sweep finds nothing; the sweep alerts on them.
 * The partner here checks no signatures: the first delivery happens a threshold in the (test clock's) past.
 */
export function describeLaggingSyndicationAcceptance(
  name: string,
  makeBackend: (clock: InstantClock) => Promise<StuckSweepBackend>,
): void {
  describe(`lagging-syndication sweep: ${name}`, () => {
    let clock: InstantClock;
    let backend: StuckSweepBackend;
    let receiver: PartnerReceiver;
    let deps: SyndicationDeps;
    let alerts: LogFields[];
    let rig: SweepRig;

    beforeEach(async () => {
      clock = createInstantClock(new Date(Date.now() - STUCK_AFTER - 5 * MINUTE));
      backend = await makeBackend(clock);
      alerts = [];
      rig = await startSweepRig(
        backend,
        clock,
        { receiverSecret: null, signingSecret: 'whsec_' + Buffer.from('lagging!').toString('base64') },
        (_severity, fields) => void (fields.event === SYNDICATION_STUCK_EVENT && alerts.push(fields)),
      );
      ({ receiver, deps } = rig);
    });
    afterEach(async () => {
      await rig.close();
      await backend.close();
    });

    const put = async (postings: JobPosting[]) =>
      ingest(
        { store: backend.store, bus: backend.bus, clock, logger: deps.logger },
        {
          source: { id: 'bench-source', company: { name: 'Acme', url: null } },
          items: postings.map((posting) => ({ posting })),
        },
      );
    const deliverAll = async () => {
      for (const message of await backend.takeSyndicationRequests())
        expect((await deliver(deps, message)).ack).toBe(true);
    };
    const sweep = () => sweepStuckSyndications(deps, { stuckAfterMs: STUCK_AFTER });
    /** what the partner received, in arrival order: `{type} {id}` per call */
    const calls = () =>
      receiver.accepted('/hook').map((r) => {
        const body = JSON.parse(r.body) as { type: string; data: { id?: string } };
        return `${body.type} ${body.data.id ?? ''}`;
      });

    it('re-sends an update and a closure whose fan-out was lost, and the partner ends where the records say', async () => {
      const [updated, closing] = syntheticPostings(2) as [JobPosting, JobPosting];
      const ids = (await put([updated, closing])).outcomes.map((o) => (o.outcome === 'rejected' ? '' : o.id));
      await backend.takeSyndicationRequests();
      const asked = await requestSyndication(deps, { postingIds: ids, partnerIds: ['hook'], action: 'publish' });
      expect(asked.ok).toBe(true);
      await deliverAll();
      // two postings in one request: Pub/Sub and the fan-out promise no order between them
      expect([...calls()].sort()).toEqual([`posting.published ${ids[0]}`, `posting.published ${ids[1]}`].sort());

      // v2 of one posting, the closure of the other: their events are published, but no fan-out ever runs
      clock.advance(MINUTE);
      await put([withRaise(updated), closing]);
      await closePostings({ store: backend.store, bus: backend.bus, clock, logger: deps.logger }, [ids[1]!], 'missing');
      expect(await backend.store.getSyndication(ids[0]!, 'hook')).toMatchObject({
        status: 'live',
        deliveredVersion: 1,
      });
      expect((await backend.store.getPosting(ids[0]!))?.version).toBe(2);

      // younger than the threshold: left alone
      clock.advance(STUCK_AFTER - 2 * MINUTE);
      expect(await sweep()).toMatchObject({ stuck: 0 });
      expect(await backend.takeSyndicationRequests()).toEqual([]);

      clock.advance(3 * MINUTE);
      expect(await sweep()).toMatchObject({ stuck: 2, lagging: 2, resent: 2 });
      expect(alerts).toEqual([expect.objectContaining({ partnerId: 'hook', lagging: 2, resent: 2 })]);
      expect((await backend.store.getSyndication(ids[0]!, 'hook'))?.status).toBe('pending');
      await deliverAll();
      expect(calls().slice(2).sort()).toEqual([`posting.updated ${ids[0]}`, `posting.withdrawn ${ids[1]}`].sort());
      expect(await backend.store.getSyndication(ids[0]!, 'hook')).toMatchObject({
        status: 'live',
        deliveredVersion: 2,
      });
      expect(await backend.store.getSyndication(ids[1]!, 'hook')).toMatchObject({
        status: 'withdrawn',
        deliveredVersion: null,
      });

      // in line now: the next sweeps find nothing and send nothing
      clock.advance(STUCK_AFTER + MINUTE);
      expect(await sweep()).toMatchObject({ stuck: 0 });
      expect(await backend.takeSyndicationRequests()).toEqual([]);
      expect(receiver.accepted('/hook')).toHaveLength(4);
    });

    it('keeps a sweep mark that only moves forward, and reads postings changed strictly before an instant', async () => {
      const store = backend.store;
      expect(await store.getSweepMark('test-mark')).toBeNull();
      expect(await store.advanceSweepMark('test-mark', '2026-03-01T09:00:00.000Z b')).toBe(true);
      expect(await store.advanceSweepMark('test-mark', '2026-03-01T09:00:00.000Z a')).toBe(false);
      expect(await store.advanceSweepMark('test-mark', '2026-03-01T09:00:00.000Z b')).toBe(false);
      expect(await store.getSweepMark('test-mark')).toBe('2026-03-01T09:00:00.000Z b');
      expect(await store.advanceSweepMark('test-mark', '2026-03-01T09:00:01.000Z a')).toBe(true);
      expect(await store.getSweepMark('test-mark')).toBe('2026-03-01T09:00:01.000Z a');

      const [first, second] = syntheticPostings(2) as [JobPosting, JobPosting];
      await put([first]);
      const between = new Date(clock.now().getTime() + MINUTE).toISOString();
      clock.advance(2 * MINUTE);
      await put([second]);
      const page = await store.queryPostings({ orderBy: 'lastChangedAt', changedBefore: between, limit: 10 });
      expect(page.items.map((p) => p.title)).toEqual([first.title]);
      const all = await store.queryPostings({ orderBy: 'lastChangedAt', limit: 10 });
      expect(all.items.map((p) => p.title)).toEqual([first.title, second.title]);
    });
  });
}
