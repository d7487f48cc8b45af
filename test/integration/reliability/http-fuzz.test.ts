import fc from 'fast-check';
import request from 'supertest';
import { toPushEnvelope } from '../../../functions/lib/pubsub-push';
import { FUZZ_SEED, HOSTILE_IDS, hostileKeyJson, mutateBytes } from '../../support/hostile-inputs';
import { SAMPLE_POSTING, startHostileRig, type HostileRig } from '../../support/hostile-rig';

/**
 * Every HTTP endpoint fed property-based and mutated requests (fixed seed): malformed and hostile JSON,
 * invalid UTF-8, deep nesting, prototype-pollution keys, traversal in every id. Each answer is a clean 4xx
 * (problem+json) or a success, never a 500 or a hang (supertest's deadline bounds each call); a refused
 * request writes nothing; nothing pollutes Object.prototype.
 */

jest.setTimeout(240_000);
const RUNS = Number(process.env.JOBRELAY_FUZZ_RUNS ?? 40);
const DEADLINE = { deadline: 20_000, response: 20_000 };
let rig: HostileRig;

beforeAll(async () => {
  rig = await startHostileRig();
}, 60_000);
afterAll(async () => rig?.close());
afterEach(() => expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false));

const hr = () => ({ authorization: `Bearer ${rig.keys.hr}` });

/** Sends raw bytes; returns the answer after checking it is not a server error. */
async function send(
  fn: string,
  method: 'post' | 'get' | 'delete',
  path: string,
  body?: Buffer | string,
  type = 'application/json',
) {
  let req = request(rig.server(fn))[method](path).timeout(DEADLINE).set(hr());
  if (body !== undefined) req = req.set('content-type', type).send(Buffer.isBuffer(body) ? body : Buffer.from(body));
  const res = await req;
  if (res.status >= 500)
    throw new Error(`${method.toUpperCase()} ${path} answered ${res.status}: ${res.text.slice(0, 300)}`);
  // the API answers problem+json; pages for people (job pages, the console) answer HTML or text
  const human = /^\/(jobs|console)\//.test(path);
  if (res.status >= 400)
    expect(res.headers['content-type']).toMatch(
      human ? /^(application\/problem\+json|text\/(html|plain))/ : /^application\/problem\+json/,
    );
  return res;
}

const validSubmission = JSON.stringify({
  type: 'posting',
  externalId: 'fuzz-base',
  company: 'Acme Corp',
  posting: SAMPLE_POSTING('Fuzz Engineer'),
});
const validSyndication = () =>
  JSON.stringify({ postingIds: [rig.postingId], partnerIds: ['feed-a'], action: 'publish' });

const bodies = (valid: () => string) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    hostileKeyJson(),
    fc.string({ maxLength: 500 }),
    fc.uint8Array({ maxLength: 500 }).map((b) => Buffer.from(b)),
    fc.integer().map((seed) => mutateBytes(Buffer.from(valid()), seed)),
  );

const HUGE = [
  ['deep arrays', '['.repeat(50_000) + ']'.repeat(50_000)],
  ['deep objects', '{"a":'.repeat(30_000) + '1' + '}'.repeat(30_000)],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d])],
  ['a lone surrogate escape', '{"type":"posting","externalId":"\\ud800","company":"\\udfff","posting":{}}'],
  [
    'a body just under the limit',
    JSON.stringify({ items: [{ type: 'document', format: 'text', content: 'x'.repeat(250_000) }] }),
  ],
  ['a 10,000-item batch', JSON.stringify({ items: Array.from({ length: 10_000 }, () => ({ type: 'document' })) })],
  [
    '__proto__ at the top',
    '{"__proto__":{"polluted":"yes"},"type":"posting","posting":{"__proto__":{"polluted":"yes"}}}',
  ],
  [
    'constructor.prototype',
    '{"constructor":{"prototype":{"polluted":"yes"}},"items":[{"constructor":{"prototype":{"polluted":"yes"}}}]}',
  ],
] as const;

describe('POST /postings under hostile bodies', () => {
  it('never answers 5xx, and a refused body writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        bodies(() => validSubmission),
        async (body) => {
          const before = await rig.snapshot();
          const res = await send('ingestPosting', 'post', '/postings', body);
          if (res.status >= 400) expect(await rig.snapshot()).toEqual(before);
        },
      ),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });

  it.each(HUGE)('refuses %s cleanly', async (_name, body) => {
    const before = await rig.snapshot();
    const res = await send('ingestPosting', 'post', '/postings', body);
    if (res.status >= 400) expect(await rig.snapshot()).toEqual(before);
  });

  it.each([
    'text/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=utf-16',
  ])('refuses a %s body with a 4xx', async (type) => {
    const res = await send('ingestPosting', 'post', '/postings', validSubmission, type);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});

describe('/syndications under hostile bodies and queries', () => {
  it('POST never answers 5xx, and a refused body writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(bodies(validSyndication), async (body) => {
        const before = await rig.snapshot();
        const res = await send('requestSyndication', 'post', '/syndications', body);
        if (res.status >= 400) expect(await rig.snapshot()).toEqual(before);
        await rig.drain();
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });

  const queryValue = fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.string({ maxLength: 50 }));
  it('GET and DELETE never answer 5xx to hostile query strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('postingId', 'partnerId', 'status', 'limit', 'cursor', '__proto__', 'since'),
          queryValue,
          { maxKeys: 4 },
        ),
        fc.constantFrom('get' as const, 'delete' as const),
        async (query, method) => {
          const qs = Object.entries(query)
            .map(([k, v]) => `${k}=${/%/.test(v) ? v : encodeURIComponent(v)}`)
            .join('&');
          await send('requestSyndication', method, `/syndications?${qs}`);
          await rig.drain();
        },
      ),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });
});

describe('page cursors', () => {
  it.each([
    ['requestSyndication', '/syndications?cursor=..'],
    ['requestSyndication', '/syndications?cursor=%ff%fe'],
    ['requestSyndication', `/syndications?cursor=${Buffer.from('{"a":1}').toString('base64url')}`],
  ])('%s answers a cursor no page produced (%s) with 400', async (fn, path) => {
    const res = await send(fn, 'get', path);
    expect(res.status).toBe(400);
  });

  it.each([
    Buffer.from('[null,{"x":1},[]]').toString('base64url'),
    Buffer.from('["a","b","c","d"]').toString('base64url'),
  ])('a well-formed cursor of foreign positions (%s) is only a position: answered without a 5xx', async (cursor) => {
    await send('requestSyndication', 'get', `/syndications?cursor=${cursor}`);
  });

  it.each(['..', '%ff', 'eyJ4IjoxfQ', 'W251bGwsbnVsbF0'])(
    'the JSON feed answers a since cursor %s it never gave out with 400',
    async (since) => {
      const res = await request(rig.server('serveFeed'))
        .get(`/feeds/feed-b.json?since=${since}`)
        .timeout(DEADLINE)
        .set('x-api-key', rig.keys.feedB);
      expect(res.status).toBe(400);
    },
  );
});

describe('ids in paths', () => {
  const routes: Array<[string, (id: string) => string]> = [
    ['serveFeed', (id) => `/jobs/${id}`],
    ['serveFeed', (id) => `/feeds/${id}.xml`],
    ['serveFeed', (id) => `/feeds/${id}.json`],
    ['requestSyndication', (id) => `/syndications?postingId=${id}`],
    ['serveConsole', (id) => `/console/postings/${id}`],
    ['serveConsole', (id) => `/console/sources/${id}`],
    ['serveConsole', (id) => `/console/assets/${id}`],
  ];

  it.each(routes.flatMap(([fn, path]) => HOSTILE_IDS.map((id) => [path(id).slice(0, 80), fn, path(id)] as const)))(
    'GET %s answers a clean 4xx or a redirect, never a file or a 500',
    async (_label, fn, path) => {
      const res = await send(fn, 'get', path);
      // a filter on an id that does not exist finds nothing; anything else is refused or redirected
      if (res.status === 200) expect(res.body.items).toEqual([]);
      expect(res.text).not.toMatch(/root:x:0:0|\[boot loader\]/);
    },
  );
});

describe('push endpoints under hostile envelopes', () => {
  const envelopes = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    hostileKeyJson(),
    fc.jsonValue({ maxDepth: 3 }).map((data) => JSON.stringify(toPushEnvelope(data, { messageId: 'fuzz' }))),
    fc
      .string({ maxLength: 300 })
      .map((data) => JSON.stringify({ message: { data, messageId: 'fuzz' }, subscription: 's' })),
    fc
      .integer()
      .map((seed) =>
        mutateBytes(
          Buffer.from(JSON.stringify(toPushEnvelope({ sourceId: 'acme-greenhouse' }, { messageId: 'm' }))),
          seed,
        ),
      ),
  );

  it.each(['refreshSources', 'deliverSyndication', 'sweepOutbox'])(
    '%s acks what it cannot read (never a 5xx that Pub/Sub would retry forever) and writes nothing for it',
    async (fn) => {
      await fc.assert(
        fc.asyncProperty(envelopes, async (body) => {
          const before = await rig.snapshot();
          const res = await request(rig.server(fn))
            .post('/')
            .timeout(DEADLINE)
            .set('content-type', 'application/json')
            .send(Buffer.from(body));
          expect(res.status).toBeLessThan(500);
          if (res.body?.outcome === 'malformed' || res.status >= 400) expect(await rig.snapshot()).toEqual(before);
        }),
        { seed: FUZZ_SEED, numRuns: Math.ceil(RUNS / 2) },
      );
    },
  );
});
