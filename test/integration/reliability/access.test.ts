import request from 'supertest';
import { loadTerraform } from '../../support/terraform';
import { signWebhook } from '../../../functions/lib/webhook-signatures';
import { SAMPLE_POSTING, secretValuesOf, startHostileRig, type HostileRig } from '../../support/hostile-rig';

/**
 * Every endpoint's authentication, negative and positive: API keys (none, unknown, a feed key, HR, admin),
 * partner feed keys (each partner sees only its own feed), inbound webhook signatures (forged, replayed,
 * stale, another source's, unsigned), the console's session, and who may invoke the push endpoints. A
 * refused request writes nothing; no secret ever appears in a log line or an answer.
 */

jest.setTimeout(120_000);
let rig: HostileRig;
const answers: string[] = [];
const keep = (res: request.Response) => {
  answers.push(JSON.stringify(res.headers) + res.text);
  return res;
};

beforeAll(async () => {
  rig = await startHostileRig();
}, 60_000);
afterAll(async () => rig?.close());

type Credential = 'none' | 'unknown' | 'malformed' | 'feed' | 'hr' | 'admin';
const CREDENTIALS: Credential[] = ['none', 'unknown', 'malformed', 'feed', 'hr', 'admin'];
const headersFor = (credential: Credential): Record<string, string> => {
  switch (credential) {
    case 'none':
      return {};
    case 'unknown':
      return { authorization: 'Bearer jr_hr_thisKeyWasNeverIssuedToAnyoneAtAll000' };
    case 'malformed':
      return { authorization: 'Basic dXNlcjpwYXNz', 'x-api-key': '' };
    case 'feed':
      return { 'x-api-key': rig.keys.feedA };
    case 'hr':
      return { authorization: `Bearer ${rig.keys.hr}` };
    case 'admin':
      return { 'x-api-key': rig.keys.admin };
  }
};

const API_CALLS: Array<[string, string, (credential: Credential) => request.Test]> = [
  [
    'ingestPosting',
    'POST /postings',
    (c) =>
      request(rig.server('ingestPosting'))
        .post('/postings')
        .set(headersFor(c))
        .send({ type: 'posting', externalId: `auth-${c}`, company: 'Acme Corp', posting: SAMPLE_POSTING(`Auth ${c}`) }),
  ],
  [
    'requestSyndication',
    'POST /syndications',
    (c) =>
      request(rig.server('requestSyndication'))
        .post('/syndications')
        .set(headersFor(c))
        .send({ postingIds: [rig.postingId], partnerIds: ['feed-a'], action: 'publish' }),
  ],
  [
    'requestSyndication',
    'GET /syndications',
    (c) => request(rig.server('requestSyndication')).get(`/syndications?postingId=${rig.postingId}`).set(headersFor(c)),
  ],
  [
    'requestSyndication',
    'DELETE /syndications',
    (c) =>
      request(rig.server('requestSyndication'))
        .delete(`/syndications?postingId=${rig.postingId}&partnerId=hooked`)
        .set(headersFor(c)),
  ],
];

describe('API keys on the HR and admin endpoints', () => {
  it.each(
    API_CALLS.flatMap(([fn, name, call]) =>
      CREDENTIALS.filter((c) => c !== 'hr' && c !== 'admin').map((c) => [name, c, fn, call] as const),
    ),
  )('%s with %s credentials answers 401 and writes nothing', async (_name, credential, _fn, call) => {
    const before = await rig.snapshot();
    const res = keep(await call(credential));
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    await rig.drain();
    expect(await rig.snapshot()).toEqual(before);
  });

  it.each(API_CALLS.flatMap(([fn, name, call]) => (['hr', 'admin'] as const).map((c) => [name, c, fn, call] as const)))(
    '%s with an %s key is served',
    async (_name, credential, _fn, call) => {
      const res = keep(await call(credential));
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
      await rig.drain();
    },
  );
});

describe('partner feed keys', () => {
  const feed = (partner: string, ext: string, headers: Record<string, string>) =>
    request(rig.server('serveFeed')).get(`/feeds/${partner}.${ext}`).set(headers);

  it.each([
    ['no key', {}],
    ['an unknown key', { 'x-api-key': 'jr_feed_neverIssued000000000000000000000' }],
    ["the other partner's key", 'other'],
    ['an HR key', 'hr'],
    ['an admin key', 'admin'],
    ['the key in the query string', 'query'],
  ] as const)("refuses a feed to %s, naming nothing of the partner's postings", async (_name, how) => {
    for (const [partner, ext, own, other] of [
      ['feed-a', 'xml', rig.keys.feedA, rig.keys.feedB],
      ['feed-b', 'json', rig.keys.feedB, rig.keys.feedA],
    ] as const) {
      const headers =
        how === 'other'
          ? { 'x-api-key': other }
          : how === 'hr'
            ? { authorization: `Bearer ${rig.keys.hr}` }
            : how === 'admin'
              ? { 'x-api-key': rig.keys.admin }
              : how === 'query'
                ? {}
                : how;
      const res = keep(
        how === 'query'
          ? await request(rig.server('serveFeed')).get(`/feeds/${partner}.${ext}?key=${own}&api_key=${own}`)
          : await feed(partner, ext, headers),
      );
      expect([401, 403]).toContain(res.status);
      expect(res.text).not.toContain('Site Reliability Engineer');
      expect(res.text).not.toContain(rig.postingId);
    }
  });

  it("serves each partner its own feed with its own key, and a webhook partner's id has no feed", async () => {
    const a = keep(await feed('feed-a', 'xml', { 'x-api-key': rig.keys.feedA }));
    // the JSON feed lists changes once they settle (jsonFeedSettleMs, 5 s): ask until the posting is in it
    let b = keep(await feed('feed-b', 'json', { authorization: `Bearer ${rig.keys.feedB}` }));
    for (let i = 0; i < 30 && b.status === 200 && !b.text.includes('Site Reliability Engineer'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      b = keep(await feed('feed-b', 'json', { authorization: `Bearer ${rig.keys.feedB}` }));
    }
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.text).toContain('Site Reliability Engineer');
    expect(b.text).toContain('Site Reliability Engineer');
    const hooked = keep(await feed('hooked', 'xml', { 'x-api-key': rig.keys.feedA }));
    expect([401, 403, 404]).toContain(hooked.status);
    const unknown = keep(await feed('nobody', 'xml', { 'x-api-key': rig.keys.feedA }));
    expect([401, 403, 404]).toContain(unknown.status);
  });

  it('serves job pages and the sitemap to everyone', async () => {
    expect(keep(await request(rig.server('serveFeed')).get(`/jobs/${rig.postingId}`)).status).toBe(200);
    expect(keep(await request(rig.server('serveFeed')).get('/sitemap.xml')).status).toBe(200);
  });
});

describe('signed ATS webhooks', () => {
  const job = (id: number, title: string) => ({
    id,
    title,
    absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
    updated_at: '2026-02-01T10:00:00Z',
    first_published: '2026-02-01T10:00:00Z',
    location: { name: 'Berlin, Germany' },
    content: '&lt;p&gt;Build the systems behind our job board, with care and good tests.&lt;/p&gt;',
    departments: [],
    offices: [],
    metadata: null,
  });
  const now = () => Math.floor(Date.now() / 1000);
  const post = (body: string, headers: Record<string, string>, source: string | null = rig.sourceId) =>
    request(rig.server('ingestPosting'))
      .post(source ? `/postings?source=${source}` : '/postings')
      .set({ ...headers, 'content-type': 'application/json' })
      .send(body);

  it('accepts a signed delivery once and refuses its replay with 409', async () => {
    const body = JSON.stringify(job(7001, 'Webhook Engineer'));
    const headers = signWebhook('standard-webhooks', rig.secrets.ats, body, {
      id: 'msg-7001',
      timestampSeconds: now(),
    });
    const first = keep(await post(body, headers));
    expect(first.status).toBe(200);
    const before = await rig.snapshot();
    const replay = keep(await post(body, headers));
    expect(replay.status).toBe(409);
    expect(await rig.snapshot()).toEqual(before);
  });

  const forged: Array<[string, () => [string, Record<string, string>, string | null]]> = [
    [
      'a signature made with another secret',
      () => {
        const body = JSON.stringify(job(7002, 'Forged Engineer'));
        const other = 'whsec_' + Buffer.from('a completely different secret!!!').toString('base64');
        return [
          body,
          signWebhook('standard-webhooks', other, body, { id: 'f1', timestampSeconds: now() }),
          rig.sourceId,
        ];
      },
    ],
    [
      'a body changed after signing',
      () => {
        const signed = JSON.stringify(job(7003, 'Signed Engineer'));
        const headers = signWebhook('standard-webhooks', rig.secrets.ats, signed, {
          id: 'f2',
          timestampSeconds: now(),
        });
        return [JSON.stringify(job(7003, 'Tampered Engineer')), headers, rig.sourceId];
      },
    ],
    [
      'a timestamp ten minutes old',
      () => {
        const body = JSON.stringify(job(7004, 'Stale Engineer'));
        return [
          body,
          signWebhook('standard-webhooks', rig.secrets.ats, body, { id: 'f3', timestampSeconds: now() - 600 }),
          rig.sourceId,
        ];
      },
    ],
    [
      'a timestamp ten minutes ahead',
      () => {
        const body = JSON.stringify(job(7005, 'Future Engineer'));
        return [
          body,
          signWebhook('standard-webhooks', rig.secrets.ats, body, { id: 'f4', timestampSeconds: now() + 600 }),
          rig.sourceId,
        ];
      },
    ],
    [
      'a GitHub-style signature with the wrong secret',
      () => {
        const body = JSON.stringify(job(7006, 'Hub Engineer'));
        return [body, signWebhook('github', 'wrong secret', body, { id: 'f5', timestampSeconds: now() }), rig.sourceId];
      },
    ],
    [
      'a Stripe-style signature with the wrong secret',
      () => {
        const body = JSON.stringify(job(7007, 'Stripe Engineer'));
        return [body, signWebhook('stripe', 'wrong secret', body, { id: 'f6', timestampSeconds: now() }), rig.sourceId];
      },
    ],
    [
      'a signature header with garbage',
      () => [
        JSON.stringify(job(7008, 'Garbage Engineer')),
        { 'webhook-id': 'f7', 'webhook-timestamp': String(now()), 'webhook-signature': 'v1,AAAA v1,%%% v2,zzz' },
        rig.sourceId,
      ],
    ],
    [
      'a valid signature but no source named',
      () => {
        const body = JSON.stringify(job(7009, 'Sourceless Engineer'));
        return [
          body,
          signWebhook('standard-webhooks', rig.secrets.ats, body, { id: 'f8', timestampSeconds: now() }),
          null,
        ];
      },
    ],
    [
      'a valid signature for a source that does not exist',
      () => {
        const body = JSON.stringify(job(7010, 'Ghost Engineer'));
        return [
          body,
          signWebhook('standard-webhooks', rig.secrets.ats, body, { id: 'f9', timestampSeconds: now() }),
          'no-such-source',
        ];
      },
    ],
  ];

  it.each(forged)('refuses %s with a 4xx and writes nothing', async (_name, make) => {
    const [body, headers, source] = make();
    const before = await rig.snapshot();
    const res = keep(await post(body, headers, source));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    await rig.drain();
    expect(await rig.snapshot()).toEqual(before);
  });
});

describe('the console', () => {
  const consoleServer = () => request(rig.server('serveConsole'));
  const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  const cookiesOf = (res: request.Response) =>
    ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map((c) => c.split(';')[0]).join('; ');
  async function signIn(key: string) {
    const form = keep(await consoleServer().get('/console/login'));
    return keep(
      await consoleServer()
        .post('/console/login')
        .set('cookie', cookiesOf(form))
        .type('form')
        .send({ _csrf: csrfOf(form.text), apiKey: key, next: '/console/postings' }),
    );
  }

  it.each(['/console/postings', `/console/postings/${'x'.repeat(10)}`, '/console/sources', '/console/partners'])(
    'sends a visitor without a session from %s to the login form',
    async (path) => {
      const res = keep(await consoleServer().get(path));
      expect(res.status).toBe(303);
      expect(res.headers.location).toMatch(/^\/console\/login/);
    },
  );

  it('refuses a forged session cookie, an unknown key and a feed key; signs in an HR key', async () => {
    const forged = keep(
      await consoleServer()
        .get('/console/postings')
        .set('cookie', '__Host-jobrelay-session=eyJhIjoxfQ.AAAA; jobrelay-session=eyJhIjoxfQ.AAAA'),
    );
    expect(forged.status).toBe(303);
    for (const key of ['jr_hr_neverIssued0000000000000000000000', rig.keys.feedA]) {
      const refused = await signIn(key);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(cookiesOf(refused)).not.toMatch(/session=[^;]+\./);
    }
    const accepted = await signIn(rig.keys.hr);
    expect(accepted.status).toBe(303);
    const page = keep(await consoleServer().get('/console/postings').set('cookie', cookiesOf(accepted)));
    expect(page.status).toBe(200);
  });
});

describe('the push endpoints', () => {
  it('are invokable only by the push identity in the deployment (Cloud Run IAM), never by allUsers', async () => {
    const tf = await loadTerraform();
    const invokers = tf.resources['google_cloud_run_v2_service_iam_member'] ?? {};
    const push = JSON.stringify(invokers['push_invoker']);
    const open = JSON.stringify(invokers['public_invoker']);
    expect(push).toContain('trigger == \\"push\\"');
    expect(push).toContain('google_service_account.push.email');
    expect(open).toContain('allUsers');
    expect(open).toContain('trigger == \\"http\\"');
    const pushed = JSON.stringify(tf.resources['google_pubsub_subscription']);
    expect(pushed).toContain('oidc_token');
  });
});

describe('secrets', () => {
  it('never appear in a log line or an answer', () => {
    const haystack = [...rig.logs, ...answers].join('\n');
    expect(rig.logs.length).toBeGreaterThan(10);
    for (const secret of secretValuesOf(rig)) expect(haystack.includes(secret)).toBe(false);
  });
});
