import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import { signWebhook } from '../../../functions/lib/webhook-signatures';
import { createTestRuntime, storeSnapshot, webhookSource, type TestRuntime } from '../../support/function-runtime';

// a shared, busy machine can make the first normalisation slow: generous limits, never timed assertions
jest.setTimeout(60_000);

process.env.JOBRELAY_LOG_LEVEL = 'ERROR';
let t: TestRuntime;
const WEBHOOK_SECRET = 'whsec_' + Buffer.from('acme greenhouse webhook secret!!').toString('base64');

beforeAll(async () => {
  t = createTestRuntime();
  useRuntimeFactory(async () => t.runtime);
  require('../../../functions/index');
  t.secrets.set('secret:acme-greenhouse-webhook', WEBHOOK_SECRET);
  const now = new Date().toISOString();
  await t.store.putSource(webhookSource('acme-greenhouse', 'acme', 'secret:acme-greenhouse-webhook'), now);
  await t.store.putSource(
    {
      id: 'no-webhooks',
      kind: 'lever',
      site: 'x',
      region: 'global',
      company: { name: 'X', url: null },
      active: true,
      refreshEveryMinutes: 360,
      politeness: { concurrency: 1, minDelayMs: 500 },
      maxCloseShare: 0.5,
      tags: [],
    },
    now,
  );
}, 60_000);
afterAll(async () => t.close());

const server = () => getTestServer('ingestPosting');
const hr = () => ({ authorization: `Bearer ${t.hrKey}` });

const MARKDOWN = (title: string) =>
  `# ${title}\n\nLocation: Berlin, Germany\nEmployment type: Full-time\n\nWe build the pipeline that moves job postings.\n\n` +
  `## Responsibilities\n\n- Design services in TypeScript\n- Review code\n\n## Requirements\n\n- 3+ years with Node.js\n- PostgreSQL\n`;

const greenhouseJob = (id: number, title: string) => ({
  id,
  title,
  absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
  updated_at: '2026-02-01T10:00:00Z',
  first_published: '2026-02-01T10:00:00Z',
  location: { name: 'Berlin, Germany' },
  content:
    '&lt;p&gt;Build the systems behind our job board.&lt;/p&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Node.js&lt;/li&gt;&lt;/ul&gt;',
  departments: [{ id: 1, name: 'Engineering' }],
  offices: [{ id: 2, name: 'Berlin', location: 'Berlin, Germany' }],
  metadata: null,
});

describe('ingestPosting (POST /postings)', () => {
  it('creates a posting, then answers unchanged for the same content and updated for a change', async () => {
    const submission = {
      type: 'document',
      format: 'markdown',
      content: MARKDOWN('Platform Engineer'),
      title: 'Platform Engineer',
      externalId: 'hr-1',
      company: 'Acme Corp',
    };
    const first = await request(server()).post('/postings').set(hr()).send(submission);
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual([expect.objectContaining({ index: 0, status: 'created', version: 1 })]);
    const again = await request(server()).post('/postings').set(hr()).send(submission);
    expect(again.body.results[0]).toMatchObject({
      status: 'unchanged',
      postingId: first.body.results[0].postingId,
      version: 1,
    });
    const changed = await request(server())
      .post('/postings')
      .set(hr())
      .send({ ...submission, title: 'Senior Platform Engineer' });
    expect(changed.body.results[0]).toMatchObject({ status: 'updated', version: 2 });
    expect(changed.body.results[0].changedFields).toContain('title');
    const stored = await t.store.getPosting(first.body.results[0].postingId);
    expect(stored).toMatchObject({ title: 'Senior Platform Engineer', version: 2 });
  });

  it('answers a batch item by item: a readable item is ingested beside one that is rejected with reasons', async () => {
    const res = await request(server())
      .post('/postings')
      .set(hr())
      .send({
        items: [
          {
            type: 'ats-record',
            kind: 'greenhouse',
            record: { jobs: [greenhouseJob(101, 'Data Engineer')], meta: { total: 1 } },
          },
          { type: 'ats-record', kind: 'lever', record: { not: 'a lever posting' } },
        ],
      });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { index: number; status: string }) => [r.index, r.status])).toEqual([
      [0, 'created'],
      [1, 'rejected'],
    ]);
    expect(res.body.results[1].reasons[0].message).toMatch(/lever/i);
    expect(res.body.summary).toMatchObject({ created: 1, rejected: 1 });
  });

  it.each(['standard-webhooks', 'github', 'stripe'] as const)(
    'ingests an ATS record delivered by a %s-signed webhook and refuses its replay',
    async (scheme) => {
      const id = { 'standard-webhooks': 201, github: 202, stripe: 203 }[scheme];
      const body = JSON.stringify(greenhouseJob(id, `Webhook Engineer ${id}`));
      const headers = signWebhook(scheme, WEBHOOK_SECRET, body, {
        id: `msg_${id}`,
        timestampSeconds: Math.floor(Date.now() / 1000),
      });
      const send = () =>
        request(server())
          .post('/postings?source=acme-greenhouse')
          .set(headers)
          .set('content-type', 'application/json')
          .send(body);
      const first = await send();
      expect(first.status).toBe(200);
      expect(first.body.results[0]).toMatchObject({ status: 'created' });
      const posting = await t.store.getPosting(first.body.results[0].postingId);
      expect(posting?.source).toMatchObject({ id: 'acme-greenhouse', kind: 'greenhouse' });
      const before = await storeSnapshot(t.store);
      const replay = await send();
      expect(replay.status).toBe(409);
      expect(replay.body.code).toBe('webhook-replayed');
      expect(await storeSnapshot(t.store)).toEqual(before);
    },
  );

  it('serves the OpenAPI document', async () => {
    const res = await request(server()).get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/postings'].post.requestBody).toBeDefined();
  });
});

describe('ingestPosting refuses bad requests without writing anything', () => {
  const valid = JSON.stringify({ type: 'document', content: MARKDOWN('Backend Engineer'), externalId: 'bad-1' });
  const stale = Math.floor(Date.now() / 1000) - 3600;
  const now = () => Math.floor(Date.now() / 1000);
  const cases: Array<[string, () => request.Test, number, string]> = [
    ['no API key', () => request(server()).post('/postings').type('json').send(valid), 401, 'unauthenticated'],
    [
      'a wrong API key',
      () => request(server()).post('/postings').set('authorization', 'Bearer jr_hr_wrong').type('json').send(valid),
      401,
      'unauthenticated',
    ],
    [
      'a bad signature',
      () =>
        request(server())
          .post('/postings?source=acme-greenhouse')
          .set(
            signWebhook('standard-webhooks', 'whsec_' + Buffer.from('wrong').toString('base64'), valid, {
              id: 'x1',
              timestampSeconds: now(),
            }),
          )
          .type('json')
          .send(valid),
      401,
      'invalid-signature',
    ],
    [
      'a signature replayed after the tolerance',
      () =>
        request(server())
          .post('/postings?source=acme-greenhouse')
          .set(signWebhook('standard-webhooks', WEBHOOK_SECRET, valid, { id: 'x2', timestampSeconds: stale }))
          .type('json')
          .send(valid),
      401,
      'invalid-signature',
    ],
    [
      'a signature over other bytes',
      () =>
        request(server())
          .post('/postings?source=acme-greenhouse')
          .set(signWebhook('github', WEBHOOK_SECRET, valid + ' ', { id: 'x3', timestampSeconds: now() }))
          .type('json')
          .send(valid),
      401,
      'invalid-signature',
    ],
    [
      'a signed webhook for a source without a secret',
      () =>
        request(server())
          .post('/postings?source=no-webhooks')
          .set(signWebhook('github', WEBHOOK_SECRET, valid, { id: 'x4', timestampSeconds: now() }))
          .type('json')
          .send(valid),
      403,
      'forbidden',
    ],
    [
      'a signed webhook for an unknown source',
      () =>
        request(server())
          .post('/postings?source=nope')
          .set(signWebhook('github', WEBHOOK_SECRET, valid, { id: 'x5', timestampSeconds: now() }))
          .type('json')
          .send(valid),
      404,
      'not-found',
    ],
    [
      'an oversize body',
      () =>
        request(server())
          .post('/postings')
          .set(hr())
          .type('json')
          .send(JSON.stringify({ type: 'document', content: 'x'.repeat(1024 * 1024) })),
      413,
      'payload-too-large',
    ],
    [
      'invalid JSON',
      () => request(server()).post('/postings').set(hr()).type('json').send('{"type": "document",'),
      400,
      'invalid-json',
    ],
    [
      'a body that is not JSON',
      () => request(server()).post('/postings').set(hr()).type('text/plain').send('hello'),
      415,
      'unsupported-media-type',
    ],
    [
      'a body that fails the schema',
      () =>
        request(server())
          .post('/postings')
          .set(hr())
          .send({ items: [{ type: 'document' }, { type: 'fax' }] }),
      422,
      'invalid-body',
    ],
    [
      'an unknown source',
      () =>
        request(server())
          .post('/postings')
          .set(hr())
          .send({ type: 'document', content: MARKDOWN('X'), sourceId: 'unknown-source' }),
      404,
      'not-found',
    ],
    ['a wrong method', () => request(server()).put('/postings').set(hr()).send({}), 405, 'method-not-allowed'],
  ];

  it.each(cases)('refuses %s', async (_name, send, status, code) => {
    const before = await storeSnapshot(t.store);
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe(code);
    expect(await storeSnapshot(t.store)).toEqual(before);
  });

  it('names every failing path of a body that fails the schema', async () => {
    const res = await request(server())
      .post('/postings')
      .set(hr())
      .send({ items: [{ type: 'document' }, { type: 'posting', posting: { title: 5 } }] });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['items.0.content', 'items.1.posting.title']),
    );
  });
});
