import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { toPushBody, type Delivery } from '../../../shared/adapters/embedded/embedded-event-bus';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import { toPushEnvelope } from '../../../functions/lib/pubsub-push';
import { createTestRuntime, storeSnapshot, type TestRuntime } from '../../support/function-runtime';
import { startPartnerReceiver, type PartnerReceiver } from '../../support/partner-receiver';
import { FixtureBoard, sampleJobs, serveBoard } from '../../support/fixture-boards';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';
import { SourceConfig } from '../../../shared/schema/source';

// a shared, busy machine can make the first normalisation slow: generous limits, never timed assertions
jest.setTimeout(60_000);

process.env.JOBRELAY_LOG_LEVEL = 'ERROR';
const PARTNER_SECRET = 'whsec_' + Buffer.from('partner webhook signing secret!!').toString('base64');
const FEED_KEY = 'jr_feed_indeed_test_key';
let t: TestRuntime;
let receiver: PartnerReceiver;
let ats: FixtureServer;
let postingId: string;

/** Hands each bus delivery to a push function through the Functions Framework, as the local server does. */
const pushTo = (functionName: string) => async (delivery: Delivery) => {
  const res = await request(getTestServer(functionName)).post('/').send(toPushBody(delivery));
  if (res.status >= 300) throw new Error(`${functionName} answered ${res.status}`);
};

beforeAll(async () => {
  receiver = await startPartnerReceiver(PARTNER_SECRET, { '/hook': [{ status: 200 }] });
  ats = await startFixtureServer();
  t = createTestRuntime({ JOBRELAY_FETCH_ALLOW_HOSTS: `${new URL(receiver.url('/')).host},${ats.host}` });
  useRuntimeFactory(async () => t.runtime);
  require('../../../functions/index');
  t.secrets.set('secret:jobboard', PARTNER_SECRET);
  t.secrets.set('secret:indeed-feed', FEED_KEY);
  const now = new Date().toISOString();
  await t.store.putPartner(
    {
      id: 'jobboard',
      name: 'Job Board',
      active: true,
      format: 'webhook',
      delivery: 'webhook',
      filter: undefined as never,
      defaults: {},
      // the receiver answers at once: a timed-out prompt answer on a loaded machine would be a second delivery
      webhook: { url: receiver.url('/hook'), secretRef: 'secret:jobboard', timeoutMs: 30_000, maxAttempts: 3 },
    } as never,
    now,
  );
  await t.store.putPartner(
    {
      id: 'indeed',
      name: 'Indeed',
      active: true,
      format: 'indeed-xml',
      delivery: 'feed',
      defaults: { publisher: 'Acme' },
      feed: { apiKeyRef: 'secret:indeed-feed' },
    } as never,
    now,
  );
  for (const topic of ['posting-events', 'syndication-requests'] as const) {
    t.bus.subscribe({
      name: `deliver-${topic}`,
      topic,
      handler: pushTo('deliverSyndication'),
      minBackoffMs: 10,
      maxBackoffMs: 50,
    });
  }
  const created = await request(getTestServer('ingestPosting'))
    .post('/postings')
    .set('authorization', `Bearer ${t.hrKey}`)
    .send({
      type: 'posting',
      externalId: 'job-1',
      company: 'Acme Corp',
      posting: jobPosting('Site Reliability Engineer'),
    });
  expect(created.body.results[0].status).toBe('created');
  postingId = created.body.results[0].postingId;
}, 60_000);
afterAll(async () => {
  await t.close();
  await receiver.close();
  await ats.close();
});

function jobPosting(title: string) {
  return {
    title,
    url: 'https://acme.example/jobs/1',
    applyUrl: 'https://acme.example/jobs/1/apply',
    html: '<p>Keep our job pipeline running around the clock, with a team that cares about reliability and calm on-call.</p><ul><li>Run Kubernetes clusters</li><li>Automate with TypeScript</li></ul>',
    locations: [{ text: 'Berlin, Germany', city: 'Berlin', country: 'DE' }],
    employmentTypes: ['FULL_TIME'],
    datePosted: '2026-02-01',
  };
}

const hr = () => ({ authorization: `Bearer ${t.hrKey}` });
const syndications = () => getTestServer('requestSyndication');
const feeds = () => getTestServer('serveFeed');

describe('requestSyndication, deliverSyndication and serveFeed', () => {
  it('publishes a posting to a webhook partner and a feed partner, and reports both live', async () => {
    const res = await request(syndications())
      .post('/syndications')
      .set(hr())
      .send({ postingIds: [postingId], partnerIds: ['jobboard', 'indeed'], action: 'publish' });
    expect(res.status).toBe(202);
    expect(res.body.requestId).toEqual(expect.any(String));
    await t.bus.drain();
    const delivered = receiver.accepted('/hook');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.verified).toBe(true);
    const status = await request(syndications()).get(`/syndications?postingId=${postingId}`).set(hr());
    expect(status.status).toBe(200);
    expect(
      Object.fromEntries(status.body.items.map((r: { partnerId: string; status: string }) => [r.partnerId, r.status])),
    ).toEqual({ jobboard: 'live', indeed: 'live' });
  });

  it('serves the feed to its partner, with an ETag that answers 304', async () => {
    const res = await request(feeds()).get('/feeds/indeed.xml').set('x-api-key', FEED_KEY);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Site Reliability Engineer');
    const again = await request(feeds())
      .get('/feeds/indeed.xml')
      .set('x-api-key', FEED_KEY)
      .set('if-none-match', String(res.headers.etag));
    expect(again.status).toBe(304);
  });

  it('serves the job page with JSON-LD and lists it in the sitemap', async () => {
    const page = await request(feeds()).get(`/jobs/${postingId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('application/ld+json');
    const sitemap = await request(feeds()).get('/sitemap.xml');
    expect(sitemap.text).toContain(`/jobs/${postingId}`);
  });

  it('delivers an update of a live posting to the webhook partner', async () => {
    const res = await request(getTestServer('ingestPosting'))
      .post('/postings')
      .set(hr())
      .send({
        type: 'posting',
        externalId: 'job-1',
        company: 'Acme Corp',
        posting: jobPosting('Senior Site Reliability Engineer'),
      });
    expect(res.body.results[0].status).toBe('updated');
    await t.bus.drain();
    const last = receiver.accepted('/hook').at(-1)!;
    expect(last.body).toContain('Senior Site Reliability Engineer');
  });

  it('withdraws a posting from one partner with DELETE', async () => {
    const res = await request(syndications())
      .delete(`/syndications?postingId=${postingId}&partnerId=jobboard`)
      .set(hr());
    expect(res.status).toBe(202);
    await t.bus.drain();
    const record = await t.store.getSyndication(postingId, 'jobboard');
    expect(record?.status).toBe('withdrawn');
    expect(receiver.accepted('/hook').at(-1)!.payload?.type).toMatch(/withdraw|delete|closed/i);
  });
});

describe('bad requests to syndication and feeds write nothing', () => {
  const cases: Array<[string, () => request.Test, number, string]> = [
    [
      'no API key',
      () =>
        request(syndications())
          .post('/syndications')
          .send({ postingIds: ['x'], partnerIds: ['jobboard'], action: 'publish' }),
      401,
      'unauthenticated',
    ],
    [
      'invalid JSON',
      () => request(syndications()).post('/syndications').set(hr()).type('json').send('{'),
      400,
      'invalid-json',
    ],
    [
      'a body that fails the schema',
      () => request(syndications()).post('/syndications').set(hr()).send({ postingIds: [], action: 'shout' }),
      422,
      'invalid-body',
    ],
    [
      'an unknown partner',
      () =>
        request(syndications())
          .post('/syndications')
          .set(hr())
          .send({ postingIds: [postingId], partnerIds: ['nobody'], action: 'publish' }),
      404,
      'not-found',
    ],
    [
      'an unknown posting',
      () =>
        request(syndications())
          .post('/syndications')
          .set(hr())
          .send({ postingIds: ['doesnotexist'], partnerIds: ['jobboard'], action: 'publish' }),
      404,
      'not-found',
    ],
    [
      'withdrawing an unknown posting',
      () => request(syndications()).delete('/syndications?postingId=doesnotexist').set(hr()),
      404,
      'not-found',
    ],
    [
      'a bad status filter',
      () => request(syndications()).get('/syndications?status=sideways').set(hr()),
      400,
      'invalid-query',
    ],
    ['a feed without its key', () => request(feeds()).get('/feeds/indeed.xml'), 401, 'unauthenticated'],
    [
      'a feed with an HR key instead of the partner key',
      () => request(feeds()).get('/feeds/indeed.xml').set(hr()),
      403,
      'forbidden',
    ],
    ['an unknown feed', () => request(feeds()).get('/feeds/nobody.xml').set('x-api-key', FEED_KEY), 404, 'not-found'],
  ];

  it.each(cases)('refuses %s', async (_name, send, status, code) => {
    const before = await storeSnapshot(t.store);
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(await storeSnapshot(t.store)).toEqual(before);
  });

  it('answers an unknown job page with 404', async () => {
    expect((await request(feeds()).get('/jobs/doesnotexist')).status).toBe(404);
  });

  it.each(['deliverSyndication', 'refreshSources', 'sweepOutbox'])(
    'acks a malformed push to %s without processing it',
    async (name) => {
      const before = await storeSnapshot(t.store);
      const res = await request(getTestServer(name))
        .post('/')
        .send({ message: { data: Buffer.from('{"nope":').toString('base64'), messageId: 'm' }, subscription: 's' });
      expect(res.status).toBe(200);
      expect(res.body.outcome).toBe('malformed');
      expect(await storeSnapshot(t.store)).toEqual(before);
    },
  );
});

describe('refreshSources and sweepOutbox', () => {
  it('refreshes a source named in a push message and records the run', async () => {
    const board = new FixtureBoard(sampleJobs(3));
    const config = SourceConfig.parse(serveBoard(ats, 'greenhouse', board));
    await t.store.putSource(config, new Date().toISOString());
    const res = await request(getTestServer('refreshSources'))
      .post('/')
      .send(toPushEnvelope({ sourceId: config.id, force: true }, { messageId: 'refresh-1' }));
    expect(res.status).toBe(200);
    const runs = await t.store.listRuns({ sourceId: config.id, limit: 5 });
    expect(runs[0]).toMatchObject({ status: 'succeeded', counts: expect.objectContaining({ fetched: 3, created: 3 }) });
    const duplicate = await request(getTestServer('refreshSources'))
      .post('/')
      .send(toPushEnvelope({ sourceId: config.id, force: true }, { messageId: 'refresh-1' }));
    expect(duplicate.body.outcome).toBe('duplicate');
    expect(await t.store.listRuns({ sourceId: config.id, limit: 5 })).toHaveLength(1);
  });

  it('sweeps the outbox on a maintenance message', async () => {
    const res = await request(getTestServer('sweepOutbox'))
      .post('/')
      .send(toPushEnvelope({ task: 'all' }, { messageId: 'sweep-1' }));
    expect(res.status).toBe(200);
    expect(res.body.outcome).toBe('processed');
    expect(await t.store.listUnsent(10)).toEqual([]);
  });
});
