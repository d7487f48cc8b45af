import { FirestorePostingStore } from '../../shared/adapters/firestore/firestore-posting-store';
import { PubSubEventBus } from '../../shared/adapters/pubsub/pubsub-event-bus';
import { ensureTopology, JOBRELAY_TOPICS } from '../../shared/adapters/pubsub/pubsub-topology';
import { ingest } from '../../shared/pipeline/ingest';
import { newRecord, settle, transition } from '../../shared/pipeline/syndication-record';
import { sweepStuckSyndications, SYNDICATION_STUCK_EVENT } from '../../shared/pipeline/sweep-syndications';
import type { EventBus } from '../../shared/ports/event-bus.port';
import { PartnerConfig } from '../../shared/schema/partner';
import type { JobPosting } from '../../shared/schema/posting';
import { syntheticPostings, withRaise } from '../../bench/support/synthetic-postings';
import { createInstantClock } from '../support/instant-clock';
import { emulatorFirestore, emulatorPubSub, uniqueProjectId } from '../support/google-clients';
import { pullAll } from '../support/pubsub-pull';
import { recordingLogger } from '../support/recording-logger';
import { slowSyndicationWrites } from '../support/slow-writes';

jest.setTimeout(120_000);

/**
 * Issue 9 on the Firestore and Pub/Sub emulators: a stuck-syndication sweep whose time budget runs out stops
 * starting work, says what it left, and the next scheduled sweeps finish it, with every stuck pair (pending
 * ones whose message was lost, and pairs left behind their posting's change) re-sent once and named in a
 * `syndication_stuck` line exactly once. Time is the test's clock: every record write costs one second.
 */

const MINUTE = 60_000;
const STUCK_AFTER = 20 * MINUTE;
const limits = { historyLimit: 50, appliedEventLimit: 20 };
const discard: EventBus = { publish: async () => 'discarded' };

describe('a stuck-syndication sweep on a time budget (Firestore and Pub/Sub emulators)', () => {
  it('stops early, logs what is left, and the next sweeps finish: each stuck pair re-sent and alerted exactly once', async () => {
    const projectId = uniqueProjectId('sweep-budget');
    const firestore = emulatorFirestore(projectId);
    const pubsub = emulatorPubSub(projectId);
    try {
      await ensureTopology(pubsub, {
        ...JOBRELAY_TOPICS,
        subscriptions: [{ name: 'sync-collector', topic: 'syndication-requests' }],
      });
      const clock = createInstantClock(new Date(Date.now() - 2 * 60 * MINUTE));
      const store = new FirestorePostingStore({ firestore, clock });
      const { logger, lines } = recordingLogger();

      // six postings live on 'hook' at v1, then changed to v2 with the fan-out lost (lagging); three of them
      // also pending on 'down' with their delivery request lost
      for (const id of ['hook', 'down'])
        await store.putPartner(
          PartnerConfig.parse({
            id,
            name: id,
            format: 'webhook',
            delivery: 'webhook',
            webhook: { url: `https://${id}.partner.example/in`, secretRef: `secret:${id}` },
          }),
          clock.now().toISOString(),
        );
      const postings = syntheticPostings(6);
      const put = (items: JobPosting[]) =>
        ingest(
          { store, bus: discard, clock, logger },
          {
            source: { id: 'bench-source', company: { name: 'Acme', url: null } },
            items: items.map((posting) => ({ posting })),
          },
        );
      const ids = (await put(postings)).outcomes.map((o) => (o.outcome === 'rejected' ? '' : o.id));
      clock.advance(MINUTE);
      const at = clock.now().toISOString();
      for (const [n, id] of ids.entries()) {
        const live = settle(
          newRecord(id, 'hook', 'publish', at),
          { present: true, version: 1 },
          `req_${n}`,
          at,
          limits,
        );
        await store.updateSyndication(id, 'hook', () => live);
        if (n % 2 === 0) {
          const pending = transition(
            newRecord(id, 'down', 'publish', at),
            { status: 'pending', cause: `req_${n}`, now: at },
            limits,
          );
          await store.updateSyndication(id, 'down', () => pending);
        }
      }
      clock.advance(MINUTE);
      await put(postings.map((p) => withRaise(p)));
      clock.advance(STUCK_AFTER + MINUTE);

      // every record write takes one second of the test's clock; the budget is four of them
      const slowWrites = slowSyndicationWrites(store, clock);
      const deps = { store: slowWrites, bus: new PubSubEventBus({ pubsub }), clock, logger };
      const options = { stuckAfterMs: STUCK_AFTER, budgetMs: 4_000, batchSize: 2, concurrency: 2 };

      const results = [await sweepStuckSyndications(deps, options)];
      expect(results[0]).toMatchObject({ complete: false });
      expect(lines.filter((l) => l.fields.event === 'syndication_sweep_incomplete')).toEqual([
        expect.objectContaining({ level: 'info', fields: expect.objectContaining({ reason: 'budget' }) }),
      ]);
      // the scheduled interval: five minutes on, until a sweep finishes (well before the pairs it re-sent are
      // stale again)
      while (!results.at(-1)!.complete && results.length < 6) {
        clock.advance(5 * MINUTE);
        results.push(await sweepStuckSyndications(deps, options));
      }
      expect(results.at(-1)).toMatchObject({ complete: true });
      expect(results.length).toBeGreaterThan(1);

      const stuck = [...ids.map((id) => `${id}@hook`), ...ids.filter((_, n) => n % 2 === 0).map((id) => `${id}@down`)];
      const alerted = lines
        .filter((l) => l.fields.event === SYNDICATION_STUCK_EVENT)
        .flatMap((l) => (l.fields.postingIds as string[]).map((id) => `${id}@${String(l.fields.partnerId)}`));
      expect(alerted.sort()).toEqual([...stuck].sort());
      expect(results.reduce((n, r) => n + r.resent, 0)).toBe(stuck.length);
      const sent = (await pullAll(pubsub, 'sync-collector')).flatMap((m) => {
        const data = m.data as { partnerId: string; postingIds: string[] };
        return data.postingIds.map((id) => `${id}@${data.partnerId}`);
      });
      expect(sent.sort()).toEqual([...stuck].sort());
    } finally {
      await pubsub.close();
      await firestore.terminate();
    }
  });
});
