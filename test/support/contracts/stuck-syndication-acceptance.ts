import { deliver } from '../../../shared/pipeline/deliver';
import { ingest } from '../../../shared/pipeline/ingest';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import type { SyndicationDeps } from '../../../shared/pipeline/syndication-deps';
import { sweepStuckSyndications, SYNDICATION_STUCK_EVENT } from '../../../shared/pipeline/sweep-syndications';
import type { EventBus } from '../../../shared/ports/event-bus.port';
import type { LogFields } from '../../../shared/ports/logger.port';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { PartnerConfig } from '../../../shared/schema/partner';
import { syntheticPostings } from '../../../bench/support/synthetic-postings';
import { createInstantClock, type InstantClock } from '../instant-clock';
import type { PartnerReceiver } from '../partner-receiver';
import { startSweepRig, type SweepRig } from './sweep-rig';

/**
 * A backend for the stuck-syndication acceptance: a store, a bus, and the `syndication-requests` messages
 * that really went through that bus (embedded: a subscription; Pub/Sub: a pull subscription on the emulator).
 */
export interface StuckSweepBackend {
  store: PostingStore;
  bus: EventBus;
  /** the `syndication-requests` messages' data delivered since the last call */
  takeSyndicationRequests(): Promise<unknown[]>;
  close(): Promise<void>;
}

const SECRET = 'whsec_' + Buffer.from('stuck-sweep partner signing key!').toString('base64');
const MINUTE = 60_000;
const STUCK_AFTER = 20 * MINUTE;

/** A bus that loses every `syndication-requests` message: the request is recorded, its message never arrives. */
const losing = (bus: EventBus): EventBus => ({
  publish: async (topic, message) => (topic === 'syndication-requests' ? 'lost' : bus.publish(topic, message)),
});

/**
 * DESIGN §4 on one backend: a syndication left `pending` because its message was lost is re-sent by the
 * maintenance sweep once older than the threshold and then delivered; a young one and a settled one are left
 * alone; delivering the re-sent message twice changes nothing; after the last re-send the pair is only
 * alerted on.
 */
export function describeStuckSyndicationAcceptance(
  name: string,
  makeBackend: (clock: InstantClock) => Promise<StuckSweepBackend>,
): void {
  describe(`stuck-syndication sweep: ${name}`, () => {
    let clock: InstantClock;
    let backend: StuckSweepBackend;
    let receiver: PartnerReceiver;
    let deps: SyndicationDeps;
    let lines: Array<{ severity: string; fields: LogFields }>;
    let rig: SweepRig;

    beforeEach(async () => {
      // the partner checks webhook timestamps against the real time (5 minutes' tolerance): the one delivery a
      // test makes happens after the clock moved on by one threshold, so it starts one threshold in the past
      clock = createInstantClock(new Date(Date.now() - STUCK_AFTER - 2 * MINUTE));
      backend = await makeBackend(clock);
      lines = [];
      rig = await startSweepRig(backend, clock, { receiverSecret: SECRET, signingSecret: SECRET }, (severity, fields) =>
        lines.push({ severity, fields }),
      );
      ({ receiver, deps } = rig);
      const now = clock.now().toISOString();
      await backend.store.putPartner(
        PartnerConfig.parse({
          id: 'feed',
          name: 'Feed',
          format: 'json',
          delivery: 'feed',
          feed: { apiKeyRef: 'secret:k' },
        }),
        now,
      );
    });
    afterEach(async () => {
      await rig.close();
      await backend.close();
    });

    /** Ingests `n` postings and returns their ids. */
    const postings = async (n: number): Promise<string[]> => {
      const result = await ingest(
        { store: backend.store, bus: backend.bus, clock, logger: deps.logger },
        {
          source: { id: 'bench-source', company: { name: 'Acme', url: null } },
          items: syntheticPostings(n).map((posting) => ({ posting })),
        },
      );
      return result.outcomes.map((o) => (o.outcome === 'rejected' ? 'rejected' : o.id));
    };
    const ask = (postingIds: string[], partnerId: string, bus: EventBus) =>
      requestSyndication({ ...deps, bus }, { postingIds, partnerIds: [partnerId], action: 'publish' });
    const sweep = (maxResends = 3) =>
      sweepStuckSyndications({ ...deps, logger: deps.logger }, { stuckAfterMs: STUCK_AFTER, maxResends });
    const deliverAll = async (messages: unknown[]) => {
      for (const message of messages) expect((await deliver(deps, message)).ack).toBe(true);
    };
    const accepted = () => receiver.accepted('/hook').filter((r) => r.verified).length;

    it('re-sends an old pending pair whose message was lost and delivers it; young and settled pairs are left alone', async () => {
      const [old, young, settled] = await postings(3);
      await ask([old!], 'hook', losing(backend.bus));
      await ask([settled!], 'feed', backend.bus);
      const settledBefore = await backend.store.getSyndication(settled!, 'feed');
      expect(settledBefore?.status).toBe('live');
      clock.advance(STUCK_AFTER + MINUTE);
      await ask([young!], 'hook', losing(backend.bus));
      await backend.takeSyndicationRequests();

      const result = await sweep();
      expect(result).toMatchObject({ stuck: 1, resent: 1, abandoned: 0, failed: 0 });
      const sent = await backend.takeSyndicationRequests();
      expect(sent).toEqual([
        expect.objectContaining({ kind: 'syndication.sync', partnerId: 'hook', postingIds: [old] }),
      ]);
      expect(lines.filter((l) => l.fields.event === SYNDICATION_STUCK_EVENT)).toEqual([
        { severity: 'WARNING', fields: expect.objectContaining({ partnerId: 'hook', stuck: 1, resent: 1 }) },
      ]);

      await deliverAll(sent);
      const delivered = await backend.store.getSyndication(old!, 'hook');
      expect(delivered?.reasons).toEqual([]);
      expect(delivered).toMatchObject({ status: 'live', deliveredVersion: 1, resent: { count: 1 } });
      expect(accepted()).toBe(1);
      expect((await backend.store.getSyndication(young!, 'hook'))?.status).toBe('pending');
      expect(await backend.store.getSyndication(settled!, 'feed')).toEqual(settledBefore);

      // the original message, arriving late after all: nothing is sent twice
      await deliverAll(sent);
      expect(accepted()).toBe(1);
      expect(await backend.store.getSyndication(old!, 'hook')).toEqual(delivered);
    });

    it('stops re-sending after the last re-send and keeps alerting at ERROR once per threshold', async () => {
      const [lost] = await postings(1);
      await ask([lost!], 'hook', losing(backend.bus));
      const fates: string[] = [];
      for (let round = 0; round < 4; round += 1) {
        clock.advance(STUCK_AFTER + MINUTE);
        const result = await sweep(2);
        fates.push(`resent ${result.resent} abandoned ${result.abandoned}`);
        // every re-sent message is lost too
        await backend.takeSyndicationRequests();
      }
      expect(fates).toEqual([
        'resent 1 abandoned 0',
        'resent 1 abandoned 0',
        'resent 0 abandoned 1',
        'resent 0 abandoned 1',
      ]);
      const alerts = lines.filter((l) => l.fields.event === SYNDICATION_STUCK_EVENT);
      expect(alerts.map((l) => l.severity)).toEqual(['WARNING', 'WARNING', 'ERROR', 'ERROR']);
      expect(alerts[3]?.fields).toMatchObject({ partnerId: 'hook', abandoned: 1, postingIds: [lost] });
      expect((await backend.store.getSyndication(lost!, 'hook'))?.status).toBe('pending');
      expect(accepted()).toBe(0);
    });
  });
}
