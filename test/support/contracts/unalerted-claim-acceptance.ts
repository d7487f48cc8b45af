import { deliver } from '../../../shared/pipeline/deliver';
import { ingest } from '../../../shared/pipeline/ingest';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { sweepStuckSyndications, SYNDICATION_STUCK_EVENT } from '../../../shared/pipeline/sweep-syndications';
import type { EventBus } from '../../../shared/ports/event-bus.port';
import type { LogFields } from '../../../shared/ports/logger.port';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { syntheticPostings } from '../../../bench/support/synthetic-postings';
import { createInstantClock, type InstantClock } from '../instant-clock';
import type { StuckSweepBackend } from './stuck-syndication-acceptance';
import { startSweepRig, type SweepRig } from './sweep-rig';

/**
 * A stuck sweep killed between claiming pairs and alerting on them, on one backend: the next sweep after the
 * claims' lease alerts on every pair exactly once and re-sends it, not one threshold later; the sweeps after it
 * do not alert again; the re-sent messages deliver.
 */

const SECRET = 'whsec_' + Buffer.from('unalerted-claim partner signing!').toString('base64');
const MINUTE = 60_000;
const STUCK_AFTER = 20 * MINUTE;
const ALERT_LEASE = 10 * MINUTE;

const losing = (bus: EventBus): EventBus => ({
  publish: async (topic, message) => (topic === 'syndication-requests' ? 'lost' : bus.publish(topic, message)),
});

/**
 * The store of a process that dies during its call number `fatal` of `methods` (syndication record writes, or
 * the write clearing alert flags): the calls before it are stored, that one never returns, and nothing after it
 * runs. `dead` settles when it happens.
 */
function storeDyingAt(
  store: PostingStore,
  methods: ReadonlyArray<'updateSyndication' | 'updateSyndications' | 'clearAlertPending'>,
  fatal: number,
): { store: PostingStore; dead: Promise<void> } {
  let calls = 0;
  let killed!: () => void;
  const dead = new Promise<void>((resolve) => (killed = resolve));
  // the calls already under way when it dies still land (a write sent is stored): `dead` waits for them
  const started: Promise<unknown>[] = [];
  const dying = new Proxy(store, {
    get(target, key, receiver) {
      const real = Reflect.get(target, key, receiver) as unknown;
      if (!methods.includes(key as never) || typeof real !== 'function') return real;
      return (...args: unknown[]) => {
        calls += 1;
        if (calls < fatal) {
          const call = (real as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          started.push(call);
          return call;
        }
        void Promise.allSettled(started).then(killed);
        return new Promise<never>(() => undefined);
      };
    },
  });
  return { store: dying, dead };
}

export function describeUnalertedClaimAcceptance(
  name: string,
  makeBackend: (clock: InstantClock) => Promise<StuckSweepBackend>,
): void {
  describe(`a stuck sweep killed between its claims and its alert: ${name}`, () => {
    let clock: InstantClock;
    let backend: StuckSweepBackend;
    let rig: SweepRig;
    let lines: Array<{ severity: string; fields: LogFields }>;

    beforeEach(async () => {
      // deliveries sign with the clock's time and the receiver checks it against real time (5 minutes' tolerance):
      // start as far in the past as the test moves the clock before it delivers
      clock = createInstantClock(new Date(Date.now() - STUCK_AFTER - 2 * ALERT_LEASE - 3 * MINUTE));
      backend = await makeBackend(clock);
      lines = [];
      rig = await startSweepRig(backend, clock, { receiverSecret: SECRET, signingSecret: SECRET }, (severity, fields) =>
        lines.push({ severity, fields }),
      );
    });
    afterEach(async () => {
      await rig.close();
      await backend.close();
    });

    const alertLines = () => lines.filter((l) => l.fields.event === SYNDICATION_STUCK_EVENT);
    const alertedPostings = () => alertLines().flatMap((l) => l.fields.postingIds as string[]);

    async function stuckPairs(): Promise<string[]> {
      const { deps } = rig;
      const ingested = await ingest(
        { store: backend.store, bus: backend.bus, clock, logger: deps.logger },
        {
          source: { id: 'bench-source', company: { name: 'Acme', url: null } },
          items: syntheticPostings(3).map((posting) => ({ posting })),
        },
      );
      const ids = ingested.outcomes.map((o) => o.id!);
      await requestSyndication(
        { ...deps, bus: losing(backend.bus) },
        { postingIds: ids, partnerIds: ['hook'], action: 'publish' },
      );
      await backend.takeSyndicationRequests();
      clock.advance(STUCK_AFTER + MINUTE);
      return ids;
    }

    it('alerts on each claimed pair once, at the next sweep after the lease, and re-sends it', async () => {
      const { deps } = rig;
      const ids = await stuckPairs();

      // one claim write per pair (three at once: a claim transaction of one pair each): the first two are
      // written, the process dies in the third, before any alert
      const { store, dead } = storeDyingAt(backend.store, ['updateSyndication', 'updateSyndications'], 3);
      void sweepStuckSyndications({ ...deps, store }, { stuckAfterMs: STUCK_AFTER, concurrency: 3 });
      await dead;
      expect(alertedPostings()).toEqual([]);
      const claimed = (await Promise.all(ids.map((id) => backend.store.getSyndication(id, 'hook')))).filter(
        (r) => r?.resent?.alertPending,
      );
      expect(claimed).toHaveLength(2);

      // after the lease, well inside the threshold the claims restarted: every pair alerted on and re-sent once
      clock.advance(ALERT_LEASE + MINUTE);
      const next = await sweepStuckSyndications(deps, { stuckAfterMs: STUCK_AFTER, alertLeaseMs: ALERT_LEASE });
      expect(next).toMatchObject({ stuck: 3, resent: 3, failed: 0 });
      expect(alertedPostings().sort()).toEqual([...ids].sort());
      const sent = await backend.takeSyndicationRequests();
      expect(sent.map((m) => (m as { postingIds: string[] }).postingIds[0]).sort()).toEqual([...ids].sort());

      clock.advance(ALERT_LEASE + MINUTE);
      expect(
        await sweepStuckSyndications(deps, { stuckAfterMs: STUCK_AFTER, alertLeaseMs: ALERT_LEASE }),
      ).toMatchObject({
        stuck: 0,
      });
      expect(alertedPostings()).toHaveLength(3);
      for (const message of sent) expect((await deliver(deps, message)).ack).toBe(true);
      for (const id of ids)
        expect(await backend.store.getSyndication(id, 'hook')).toMatchObject({
          status: 'live',
          resent: expect.not.objectContaining({ alertPending: true }),
        });
      expect(rig.receiver.accepted('/hook').filter((r) => r.verified)).toHaveLength(3);
    });

    it('killed after the alert and before clearing the flags: the take-over logs it again under the same alert ids', async () => {
      const { deps } = rig;
      const ids = await stuckPairs();

      // all three claimed and alerted on; the process dies writing the flags off, before any re-send
      const { store, dead } = storeDyingAt(backend.store, ['clearAlertPending'], 1);
      void sweepStuckSyndications({ ...deps, store }, { stuckAfterMs: STUCK_AFTER });
      await dead;
      const [first, ...others] = alertLines();
      expect(others).toEqual([]);
      const firstIds = [...(first!.fields.alertIds as string[])].sort();
      expect(firstIds).toHaveLength(3);
      expect(await backend.takeSyndicationRequests()).toEqual([]);

      // the take-over alerts again (at least once: the log line and the flag are no one write) with the ids of
      // the first line, so the repeat is known for one, and re-sends each pair once
      clock.advance(ALERT_LEASE + MINUTE);
      const next = await sweepStuckSyndications(deps, { stuckAfterMs: STUCK_AFTER, alertLeaseMs: ALERT_LEASE });
      expect(next).toMatchObject({ stuck: 3, resent: 3, failed: 0 });
      const [, again, ...more] = alertLines();
      expect(more).toEqual([]);
      expect([...(again!.fields.alertIds as string[])].sort()).toEqual(firstIds);
      const sent = await backend.takeSyndicationRequests();
      expect(sent.map((m) => (m as { postingIds: string[] }).postingIds[0]).sort()).toEqual([...ids].sort());

      // the take-over cleared its flags: no third line
      clock.advance(ALERT_LEASE + MINUTE);
      expect(
        await sweepStuckSyndications(deps, { stuckAfterMs: STUCK_AFTER, alertLeaseMs: ALERT_LEASE }),
      ).toMatchObject({ stuck: 0 });
      expect(alertLines()).toHaveLength(2);
      for (const message of sent) expect((await deliver(deps, message)).ack).toBe(true);
      expect(rig.receiver.accepted('/hook').filter((r) => r.verified)).toHaveLength(3);
    });
  });
}
