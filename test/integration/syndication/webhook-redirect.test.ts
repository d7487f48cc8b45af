import { makePosting } from '../../unit/boards/posting-fixture';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { type PartnerReceiver, startPartnerReceiver } from '../../support/partner-receiver';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
/** the late-move partner's timeout: its first request waits this long; its retry must be answered within it */
const LATE_MOVE_TIMEOUT_MS = 4_000;

describe('a partner endpoint that answers with a redirect', () => {
  let harness: SyndicationHarness;
  let receiver: PartnerReceiver;

  beforeAll(async () => {
    harness = await startSyndicationHarness();
    receiver = await startPartnerReceiver(SECRET, {
      '/moved': [{ status: 301, headers: { location: '/new-home' } }],
      '/detour': [{ status: 307, headers: { location: '/new-home' } }],
      '/new-home': [{ status: 200 }],
      // the first request is never answered (the sender's timeout fires), the retry meets the redirect
      '/late-move': ['hang', { status: 301, headers: { location: '/new-home' } }],
    });
    harness.secrets.set('secret:partner-hook', SECRET);
    // The receiver answers at once, but shares this process's CPU with the pipeline: on a loaded machine
    // one exchange took up to 2 s of wall time, and a 1 s timeout turned the first 301 into a timed-out
    // attempt that was (rightly) retried. The timeout is not what these cases are about, so it is the
    // schema's longest; '/late-move' meets a timeout on purpose, long enough for its retry to be answered.
    const timeouts: Record<string, number> = { moved: 30_000, detour: 30_000, 'late-move': LATE_MOVE_TIMEOUT_MS };
    for (const [id, timeoutMs] of Object.entries(timeouts))
      await harness.addPartner({
        id,
        name: `Board ${id}`,
        format: 'webhook',
        delivery: 'webhook',
        webhook: { url: receiver.url(`/${id}`), secretRef: 'secret:partner-hook', timeoutMs, maxAttempts: 8 },
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

  it('a 301 after a timed-out attempt: the timeout is retried with the same webhook-id, the 301 fails the pair at once, and nothing is sent a third time', async () => {
    const [posting] = await harness.ingestPostings([makePosting({ title: 'Engineer for late-move' })]);
    await harness.drain();
    const result = await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: ['late-move'],
      action: 'publish',
    });
    expect(result.ok).toBe(true);
    await harness.drain();

    const record = await harness.store.getSyndication(posting!.id, 'late-move');
    // both attempts count: the timed-out one may have reached the partner (here it did)
    expect(record).toMatchObject({ status: 'failed', attempts: 2, deliveredVersion: null, pendingChange: null });
    expect(record?.reasons).toEqual([expect.objectContaining({ code: 'WEBHOOK.REDIRECTED', field: 'webhook.url' })]);
    const sent = receiver.received.filter((r) => r.path === '/late-move');
    expect(sent.map((r) => r.answered)).toEqual([null, 301]);
    expect(sent.every((r) => r.verified)).toBe(true);
    expect(sent[1]?.headers['webhook-id']).toBe(sent[0]?.headers['webhook-id']);
    expect(receiver.received.filter((r) => r.path === '/new-home')).toHaveLength(0);
    expect(harness.bus.deadLetters('deliver-syndication-requests')).toHaveLength(0);
  });
});
