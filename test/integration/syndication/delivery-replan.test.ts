import { makePosting } from '../../unit/boards/posting-fixture';
import { deliver } from '../../../shared/pipeline/deliver';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { oneWebhookIdPerVersion, webhookPosting } from '../../reliability/scenarios/webhook-checks';
import { type PartnerReceiver, startPartnerReceiver } from '../../support/partner-receiver';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

/**
 * Two messages for one (posting, partner) pair handled at once, as Pub/Sub push does (HR's request and the
 * posting event's fan-out, a redelivery, a sweep's re-send): one reads the pair and plans its call, the other
 * delivers in full, then the first takes the pair's lease. The first must act on what is wanted then, not on
 * what it read: never an older version after a newer one, never the same change twice under a new webhook-id.
 */

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** `store` for a delivery that stops just before it takes a pair's lease, until `go()`; `paused` once it got there. */
function pausedBeforeLease(store: PostingStore) {
  let go!: () => void;
  const gate = new Promise<void>((resolve) => (go = resolve));
  let reached!: () => void;
  const paused = new Promise<void>((resolve) => (reached = resolve));
  const proxy = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (key !== 'claimEvent') return bound;
      return async (...args: unknown[]) => {
        reached();
        await gate;
        return bound(...args);
      };
    },
  });
  return { store: proxy, paused, go };
}

describe('a delivery planned before another delivery of its pair finished', () => {
  let harness: SyndicationHarness;
  let receiver: PartnerReceiver;

  beforeEach(async () => {
    harness = await startSyndicationHarness();
    receiver = await startPartnerReceiver(SECRET, { '/hook': [{ status: 200 }] });
    harness.secrets.set('secret:hook', SECRET);
    await harness.addPartner({
      id: 'hook',
      name: 'Hook',
      format: 'webhook',
      delivery: 'webhook',
      webhook: { url: receiver.url('/hook'), secretRef: 'secret:hook' },
    });
  });
  afterEach(async () => {
    await receiver.close();
    await harness.stop();
  });

  const sync = (postingId: string, cause: string) => ({
    kind: 'syndication.sync',
    partnerId: 'hook',
    postingIds: [postingId],
    cause,
  });
  const received = () =>
    receiver.accepted('/hook').map((r) => `${r.payload?.type} v${webhookPosting(r.payload?.data).version}`);

  /** Delivers `late` up to its lease, then `meanwhile()` in full, then the rest of `late`. */
  async function race(late: unknown, meanwhile: () => Promise<void>): Promise<void> {
    const paused = pausedBeforeLease(harness.store);
    const first = deliver({ ...harness.deps, store: paused.store }, late);
    await paused.paused;
    await meanwhile();
    paused.go();
    expect((await first).ack).toBe(true);
  }

  it('leaves the partner on the newest version when it read an older one', async () => {
    const [posting] = await harness.ingestPostings([makePosting()]);
    await requestSyndication(harness.deps, { postingIds: [posting!.id], partnerIds: ['hook'], action: 'publish' });
    await harness.drain();
    await harness.ingestPostings([makePosting({ title: 'Staff Backend Engineer' })]);
    // the late delivery reads v2; v3 is made and delivered before it takes the lease
    await race(sync(posting!.id, 'evt-v2'), async () => {
      await harness.ingestPostings([makePosting({ title: 'Principal Backend Engineer' })]);
      expect((await deliver(harness.deps, sync(posting!.id, 'evt-v3'))).ack).toBe(true);
    });
    expect(received()).toEqual(['posting.published v1', 'posting.updated v3']);
    expect(await harness.store.getSyndication(posting!.id, 'hook')).toMatchObject({
      status: 'live',
      deliveredVersion: 3,
    });
  });

  it('sends a change once when the other delivery already sent it', async () => {
    const [posting] = await harness.ingestPostings([makePosting()]);
    await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: ['hook'],
      action: 'publish',
      requestId: 'req-1',
    });
    // HR's request and the posting event's fan-out both bring the pending pair to v1
    await race(sync(posting!.id, 'req-1'), async () => {
      expect((await deliver(harness.deps, sync(posting!.id, `${posting!.id}-v1`))).ack).toBe(true);
    });
    expect(received()).toEqual(['posting.published v1']);
    expect(oneWebhookIdPerVersion(receiver.accepted('/hook'))).toBe(true);
    expect(await harness.store.getSyndication(posting!.id, 'hook')).toMatchObject({
      status: 'live',
      deliveredVersion: 1,
    });
  });

  it('still delivers what it planned when nothing else touched the pair meanwhile', async () => {
    const [posting] = await harness.ingestPostings([makePosting()]);
    await requestSyndication(harness.deps, { postingIds: [posting!.id], partnerIds: ['hook'], action: 'publish' });
    await harness.drain();
    await harness.ingestPostings([makePosting({ title: 'Staff Backend Engineer' })]);
    await race(sync(posting!.id, 'evt-v2'), async () => undefined);
    expect(received()).toEqual(['posting.published v1', 'posting.updated v2']);
  });
});
