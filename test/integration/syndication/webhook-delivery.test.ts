import { makePosting } from '../../unit/boards/posting-fixture';
import { deliver } from '../../../shared/pipeline/deliver';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { postingEventId } from '../../../shared/schema/events';
import { type PartnerReceiver, startPartnerReceiver } from '../../support/partner-receiver';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

/** A posting of its own: its own title, id and description, so dedup does not link it to the others. */
function job(title: string, externalId: string) {
  const text =
    `${title}: ${externalId} team. ` +
    `You will work on ${title.toLowerCase()} problems with ${externalId} colleagues, shipping weekly. `.repeat(3);
  return makePosting({
    title,
    source: { ...makePosting().source, externalId },
    description: { html: `<p>${text}</p>`, text },
  });
}

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

const SCRIPTS = {
  '/ok': [{ status: 200 }],
  '/flaky': [{ status: 500 }, { status: 200 }],
  '/throttled': [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }],
  '/refuses': [{ status: 400, body: '{"error":"salary is required for this board"}' }],
  '/gone': [{ status: 410, body: 'endpoint retired' }],
  '/hangs': ['hang' as const],
  '/down': [{ status: 503 }],
};

describe('signed webhook delivery to partner boards', () => {
  let harness: SyndicationHarness;
  let receiver: PartnerReceiver;

  beforeAll(async () => {
    harness = await startSyndicationHarness();
    receiver = await startPartnerReceiver(SECRET, SCRIPTS);
    harness.secrets.set('secret:partner-hook', SECRET);
    for (const path of Object.keys(SCRIPTS)) {
      const id = path.slice(1);
      await harness.addPartner({
        id,
        name: `Board ${id}`,
        format: 'webhook',
        delivery: 'webhook',
        webhook: {
          url: receiver.url(path),
          secretRef: 'secret:partner-hook',
          // only '/hangs' is about the timeout; the others answer at once, but share this process's CPU with
          // the pipeline, and on a loaded machine a 1 s timeout turned a prompt answer into a retried attempt
          timeoutMs: path === '/hangs' ? 1_000 : 30_000,
          maxAttempts: path === '/hangs' ? 2 : 8,
        },
      });
    }
  });

  afterAll(async () => {
    await receiver.close();
    await harness.stop();
  });

  it('ends live, live, live, rejected with the reason, endpoint disabled, and failed after the retry limit', async () => {
    const [posting] = await harness.ingestPostings([job('Senior Backend Engineer', 'first')]);
    await harness.drain();
    const result = await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: ['ok', 'flaky', 'throttled', 'refuses', 'gone', 'hangs'],
      action: 'publish',
    });
    expect(result.ok).toBe(true);
    await harness.drain();

    const record = (partnerId: string) => harness.store.getSyndication(posting!.id, partnerId);
    for (const partnerId of ['ok', 'flaky', 'throttled'])
      expect(await record(partnerId)).toMatchObject({ status: 'live', deliveredVersion: 1 });
    const refused = await record('refuses');
    expect(refused?.status).toBe('rejected');
    expect(refused?.reasons[0]?.code).toBe('WEBHOOK.REJECTED');
    expect(refused?.reasons[0]?.message).toContain('salary is required for this board');
    const gone = await record('gone');
    expect(gone).toMatchObject({
      status: 'failed',
      reasons: [expect.objectContaining({ code: 'PARTNER.ENDPOINT_GONE' })],
    });
    expect((await harness.store.getPartner('gone'))?.health.endpointDisabledAt).not.toBeNull();
    const hangs = await record('hangs');
    expect(hangs).toMatchObject({
      status: 'failed',
      attempts: 2,
      reasons: [expect.objectContaining({ code: 'WEBHOOK.DEAD_LETTERED' })],
    });

    // every request carried a valid signature, and each change arrived once at each board that took it
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    for (const path of ['/ok', '/flaky', '/throttled']) {
      const accepted = receiver.accepted(path);
      expect(accepted).toHaveLength(1);
      expect(accepted[0]?.payload).toMatchObject({
        type: 'posting.published',
        data: { action: 'upsert', id: posting!.id, version: 1 },
      });
    }
    // retries of one change keep its webhook-id
    const flakyIds = receiver.received.filter((r) => r.path === '/flaky').map((r) => r.headers['webhook-id']);
    expect(flakyIds).toHaveLength(2);
    expect(new Set(flakyIds).size).toBe(1);
  });

  it('a disabled endpoint is not called again, and says why', async () => {
    const [posting] = await harness.ingestPostings([job('Data Engineer', 'second')]);
    const before = receiver.received.filter((r) => r.path === '/gone').length;
    const result = await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: ['gone'],
      action: 'publish',
    });
    await harness.drain();
    expect(result.ok && result.results[0]).toMatchObject({
      status: 'failed',
      reasons: [expect.objectContaining({ code: 'PARTNER.ENDPOINT_DISABLED' })],
    });
    expect(receiver.received.filter((r) => r.path === '/gone')).toHaveLength(before);
  });

  it('a duplicate posting is not syndicated twice, and says which posting is syndicated instead', async () => {
    const [original, repost] = await harness.ingestPostings([
      job('Platform Engineer', 'orig'),
      { ...job('Platform Engineer', 'orig'), source: { ...makePosting().source, externalId: 'repost' } },
    ]);
    expect(repost?.duplicateOf).toBe(original?.id);
    const result = await requestSyndication(harness.deps, {
      postingIds: [original!.id, repost!.id],
      partnerIds: ['ok'],
      action: 'publish',
    });
    await harness.drain();
    expect(result.ok && result.results.map((r) => [r.postingId, r.status])).toEqual([
      [original!.id, 'pending'],
      [repost!.id, 'rejected'],
    ]);
    expect((await harness.store.getSyndication(repost!.id, 'ok'))?.reasons[0]).toMatchObject({
      code: 'POSTING.DUPLICATE',
      message: expect.stringContaining(original!.id),
    });
    expect(await harness.store.getSyndication(original!.id, 'ok')).toMatchObject({ status: 'live' });
  });

  it("on Pub/Sub's last delivery a change that still fails is recorded failed and acked, never left pending", async () => {
    const [posting] = await harness.ingestPostings([job('Security Engineer', 'fourth')]);
    await harness.drain();
    const request = await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: ['down'],
      action: 'publish',
    });
    expect(request.ok && request.counts.pending).toBe(1);
    const message = { kind: 'syndication.sync', partnerId: 'down', postingIds: [posting!.id], cause: 'retry-test' };
    const early = await deliver(harness.deps, message, { deliveryAttempt: 2 });
    expect(early.ack).toBe(false);
    expect(await harness.store.getSyndication(posting!.id, 'down')).toMatchObject({ status: 'pending', attempts: 3 });
    const last = await deliver(harness.deps, message, { deliveryAttempt: 10 });
    expect(last.ack).toBe(true);
    expect(await harness.store.getSyndication(posting!.id, 'down')).toMatchObject({
      status: 'failed',
      attempts: 6,
      reasons: [
        expect.objectContaining({ code: 'WEBHOOK.DEAD_LETTERED', message: expect.stringContaining('answered 503') }),
      ],
    });
    // the request's own message, delivered late, finds the cause applied and sends nothing more
    const sent = receiver.received.filter((r) => r.path === '/down').length;
    await harness.drain();
    expect(receiver.received.filter((r) => r.path === '/down')).toHaveLength(sent);
    expect(await harness.store.getSyndication(posting!.id, 'down')).toMatchObject({ status: 'failed', attempts: 6 });
  });

  it('a redelivered posting event and a repeated request deliver nothing twice', async () => {
    const [posting] = await harness.ingestPostings([job('Site Reliability Engineer', 'third')]);
    await harness.drain();
    const before = receiver.accepted('/ok').length;
    await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: ['ok'],
      action: 'publish',
      requestId: 'req-1',
    });
    await harness.drain();
    const count = receiver.accepted('/ok').length;
    expect(count).toBe(before + 1);
    expect(await harness.store.getSyndication(posting!.id, 'ok')).toMatchObject({ status: 'live' });

    await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: ['ok'],
      action: 'publish',
      requestId: 'req-1',
    });
    const event = await harness.store.getOutboxEvent(postingEventId(posting!.id, 1));
    expect(event).not.toBeNull();
    const again = await deliver(harness.deps, event!.event);
    expect(again.kind).toBe('duplicate');
    await harness.drain();
    expect(receiver.accepted('/ok')).toHaveLength(count);
  });
});
