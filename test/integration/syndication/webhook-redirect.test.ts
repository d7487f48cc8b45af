import { makePosting } from '../../unit/boards/posting-fixture';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { type PartnerReceiver, startPartnerReceiver } from '../../support/partner-receiver';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('a partner endpoint that answers with a redirect', () => {
  let harness: SyndicationHarness;
  let receiver: PartnerReceiver;

  beforeAll(async () => {
    harness = await startSyndicationHarness();
    receiver = await startPartnerReceiver(SECRET, {
      '/moved': [{ status: 301, headers: { location: '/new-home' } }],
      '/detour': [{ status: 307, headers: { location: '/new-home' } }],
      '/new-home': [{ status: 200 }],
    });
    harness.secrets.set('secret:partner-hook', SECRET);
    for (const id of ['moved', 'detour'])
      await harness.addPartner({
        id,
        name: `Board ${id}`,
        format: 'webhook',
        delivery: 'webhook',
        webhook: { url: receiver.url(`/${id}`), secretRef: 'secret:partner-hook', timeoutMs: 1_000, maxAttempts: 8 },
      });
  });

  afterAll(async () => {
    await receiver.close();
    await harness.stop();
  });

  it.each([
    ['moved', 301],
    ['detour', 307],
  ])('%s: a %i is a failure at once, not followed, not retried, and the record says why', async (partnerId, status) => {
    const [posting] = await harness.ingestPostings([makePosting({ title: `Engineer for ${partnerId}` })]);
    await harness.drain();
    const result = await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: [partnerId],
      action: 'publish',
    });
    expect(result.ok).toBe(true);
    await harness.drain();

    const record = await harness.store.getSyndication(posting!.id, partnerId);
    expect(record).toMatchObject({ status: 'failed', attempts: 1, deliveredVersion: null });
    expect(record?.reasons).toEqual([expect.objectContaining({ code: 'WEBHOOK.REDIRECTED', field: 'webhook.url' })]);
    const message = record?.reasons[0]?.message ?? '';
    expect(message).toContain(String(status));
    expect(message).toContain(receiver.url('/new-home'));
    expect(message).toMatch(/not followed/);
    expect(receiver.received.filter((r) => r.path === `/${partnerId}`)).toHaveLength(1);
    expect(receiver.received.filter((r) => r.path === '/new-home')).toHaveLength(0);
    const partner = await harness.store.getPartner(partnerId);
    expect(partner?.health.lastError).toContain(String(status));
    expect(partner?.health.endpointDisabledAt).toBeNull();
  });
});
