import fc from 'fast-check';
import request from 'supertest';
import { FUZZ_SEED, mutateBytes } from '../../support/hostile-inputs';
import { startHostileRig, type HostileRig } from '../../support/hostile-rig';

/**
 * The console's form endpoints (sign-in, the list's bulk form, a posting's boards form) fed property-based
 * and mutated form bodies (fixed seed): arbitrary bytes, invalid percent-encodings and UTF-8, prototype
 * keys, repeated and huge fields, a wrong content type; with a signed-in session and its CSRF token, and
 * without. Never a 5xx or a hang; a form without a valid session and token writes nothing; nothing pollutes
 * Object.prototype.
 */

jest.setTimeout(240_000);
const RUNS = Number(process.env.JOBRELAY_FUZZ_RUNS ?? 25);
const DEADLINE = { deadline: 20_000, response: 20_000 };
let rig: HostileRig;
let session = { cookie: '', csrf: '' };

const consoleServer = () => request(rig.server('serveConsole'));
const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
const cookiesOf = (res: request.Response) =>
  ((res.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map((c) => c.split(';')[0]).join('; ');

beforeAll(async () => {
  rig = await startHostileRig();
  const form = await consoleServer().get('/console/login');
  const signedIn = await consoleServer()
    .post('/console/login')
    .set('cookie', cookiesOf(form))
    .type('form')
    .send({ _csrf: csrfOf(form.text), apiKey: rig.keys.hr, next: '/console/postings' });
  if (signedIn.status !== 303) throw new Error(`sign-in answered ${signedIn.status}`);
  const cookie = cookiesOf(signedIn);
  const page = await consoleServer().get('/console/postings').set('cookie', cookie);
  session = { cookie, csrf: csrfOf(page.text) };
  if (!session.csrf) throw new Error('no CSRF token on the postings page');
}, 60_000);
afterAll(async () => rig?.close());
afterEach(() => expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false));

const FORMS = () => ['/console/login', '/console/postings/boards', `/console/postings/${rig.postingId}/boards`];

/** Form bodies: encoded fields with hostile names and values, raw bytes, and mutations of a valid form. */
const formBodies = (withCsrf: boolean) => {
  const valid = () =>
    new URLSearchParams([
      ...(withCsrf ? [['_csrf', session.csrf]] : []),
      ['postingIds', rig.postingId],
      ['partnerIds', 'feed-a'],
      // a withdrawal of a live posting: if a refused form got through, the store would show it
      ['action', 'withdraw'],
      ['back', '/console/postings'],
    ]).toString();
  const name = fc.constantFrom(
    '__proto__[polluted]',
    'constructor[prototype][polluted]',
    'postingIds',
    'partnerIds',
    'action',
    'back',
    'next',
    'apiKey',
    '_csrf',
  );
  const value = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom('../../etc/passwd', '%ff%fe', '%', '%zz', 'https://evil.example/', '//evil.example', 'yes'),
    fc.nat(20_000).map((n) => 'x'.repeat(n)),
  );
  return fc.oneof(
    fc
      .array(fc.tuple(name, value), { maxLength: 12 })
      .map((pairs) => (withCsrf ? `_csrf=${encodeURIComponent(session.csrf)}&` : '') + new URLSearchParams(pairs)),
    fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
    fc.integer().map((seed) => mutateBytes(Buffer.from(valid()), seed)),
    fc.constant('postingIds=%C3%28&partnerIds=%ff&action=publish'),
    fc.constant(`${'postingIds=a&'.repeat(5_000)}partnerIds=feed-a&action=publish`),
  );
};

async function post(path: string, body: Buffer | string, cookie: string, type = 'application/x-www-form-urlencoded') {
  const res = await consoleServer()
    .post(path)
    .timeout(DEADLINE)
    .set('cookie', cookie)
    .set('origin', 'http://127.0.0.1')
    .set('content-type', type)
    .send(Buffer.isBuffer(body) ? body : Buffer.from(body))
    .redirects(0);
  if (res.status >= 500) throw new Error(`POST ${path} answered ${res.status}: ${res.text.slice(0, 300)}`);
  return res;
}

describe('console forms under hostile bodies', () => {
  it('never answer 5xx to a signed-in session with its CSRF token', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FORMS()), formBodies(true), async (path, body) => {
        await post(path, body, session.cookie);
      }),
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
  });

  it('never answer 5xx and write nothing without a session or without the CSRF token', async () => {
    const before = await rig.snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORMS().slice(1)),
        formBodies(false),
        fc.constantFrom('', 'jobrelay-session=forged.AAAA'),
        async (path, body, cookie) => {
          const res = await post(path, body, cookie || session.cookie);
          expect(res.status === 303 ? String(res.headers.location) : '').not.toMatch(/requested=/);
        },
      ),
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
    expect(await rig.snapshot()).toEqual(before);
  });

  it.each([
    ['JSON', 'application/json', '{"postingIds":["x"],"__proto__":{"polluted":"yes"}}'],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--',
    ],
    ['no content type', '', 'postingIds=a&partnerIds=feed-a&action=publish'],
  ])('refuse a %s body cleanly', async (_name, type, body) => {
    for (const path of FORMS()) await post(path, body, session.cookie, type);
  });
});
