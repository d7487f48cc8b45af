import { makePosting } from '../../unit/boards/posting-fixture';
import { TransientError } from '../../../shared/errors';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { oneWebhookIdPerVersion, webhookPosting } from '../../reliability/scenarios/webhook-checks';
import { type PartnerReceiver, startPartnerReceiver } from '../../support/partner-receiver';
import { type SyndicationHarness, startSyndicationHarness } from '../syndication/syndication-harness';

/**
 * The repeat the campaign's kill-mid-delivery row allows, made for real: the partner accepts a signed webhook,
 * the delivery dies before it records the answer (its store write fails, as a killed process never makes it),
 * Pub/Sub redelivers, and the same version reaches the partner a second time. The campaign's check
 * (`oneWebhookIdPerVersion`) passes it because both copies carry the change's one `webhook-id`.
 */

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('a webhook repeated after the delivery died before recording the answer', () => {
  let harness: SyndicationHarness;
  let receiver: PartnerReceiver;

  beforeAll(async () => {
    harness = await startSyndicationHarness();
    receiver = await startPartnerReceiver(SECRET, { '/hook': [{ status: 200 }] });
    harness.secrets.set('secret:hook', SECRET);
    await harness.addPartner({
      id: 'hook',
      name: 'Hook',
      format: 'webhook',
      delivery: 'webhook',
      webhook: { url: receiver.url('/hook'), secretRef: 'secret:hook', timeoutMs: 30_000 },
    });
  });

  afterAll(async () => {
    await receiver.close();
    await harness.stop();
  });

  it('reaches the partner twice under one webhook-id, which the campaign check accepts', async () => {
    const [posting] = await harness.ingestPostings([makePosting()]);
    await harness.drain();
    // the first write that would record the pair live fails: the partner has answered 200, the record says pending
    const store = harness.deps.store;
    let died = 0;
    harness.deps.store = new Proxy(store, {
      get(target, property, receiver) {
        if (property !== 'updateSyndication') return Reflect.get(target, property, receiver) as unknown;
        return async (...[postingId, partnerId, update]: Parameters<PostingStore['updateSyndication']>) =>
          target.updateSyndication(postingId, partnerId, (current) => {
            const next = update(current);
            if (died === 0 && current?.status === 'pending' && next?.status === 'live') {
              died += 1;
              throw new TransientError('STORE.UNAVAILABLE', 'the process died before recording the answer');
            }
            return next;
          });
      },
    });
    try {
      await requestSyndication(harness.deps, {
        postingIds: [posting!.id],
        partnerIds: ['hook'],
        action: 'publish',
        requestId: 'req-repeat',
      });
      await harness.drain();
    } finally {
      harness.deps.store = store;
    }

    const accepted = receiver.accepted('/hook').filter((r) => webhookPosting(r.payload?.data).id === posting!.id);
    expect(died).toBe(1);
    expect(accepted.map((r) => [r.verified, webhookPosting(r.payload?.data).version])).toEqual([
      [true, 1],
      [true, 1],
    ]);
    expect(new Set(accepted.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(oneWebhookIdPerVersion(accepted)).toBe(true);
    expect(await harness.store.getSyndication(posting!.id, 'hook')).toMatchObject({
      status: 'live',
      deliveredVersion: 1,
    });
  });
});
