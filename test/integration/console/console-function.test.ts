import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import { newSession, sessionKeysOf, signSession } from '../../../functions/console/console-session';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import { createTestRuntime, storeSnapshot, type TestRuntime } from '../../support/function-runtime';
import {
  cookieAttributes,
  cookiesOf,
  csrfOf,
  hostilePosting,
  httpApplyPosting,
  seedPartners,
  seedPostings,
} from './console-support';

/**
 * `serveConsole` through the Functions Framework on the embedded backend, as deployed: API-key sign-in,
 * signed session cookies, CSRF and same-origin checks, security headers, escaping, and the publish form
 * calling the same use case as the API.
 */

jest.setTimeout(60_000);
process.env.JOBRELAY_LOG_LEVEL = 'ERROR';
const SESSION_KEYS = { '2026-03': 'console session signing key for tests, 48 chars!!' };
let t: TestRuntime;
let postings: PostingRecord[];
let hostile: PostingRecord;
let session: string;
const server = () => request(getTestServer('serveConsole'));

/** Signs in with a key through the login form; returns the session cookie. */
async function signIn(key: string): Promise<request.Response> {
  const form = await server().get('/console/login');
  return server()
    .post('/console/login')
    .set('cookie', cookiesOf(form))
    .type('form')
    .send({ _csrf: csrfOf(form.text), apiKey: key, next: '/console/partners' });
}

beforeAll(async () => {
  t = createTestRuntime({ JOBRELAY_SECRETS_CONSOLE_SESSION_KEYS: JSON.stringify(SESSION_KEYS) });
  useRuntimeFactory(async () => t.runtime);
  require('../../../functions/index');
  await seedPartners(t.store);
  hostile = hostilePosting();
  postings = await seedPostings(t.store, 60, [hostile, httpApplyPosting()]);
  session = cookiesOf(await signIn(t.hrKey));
});
afterAll(async () => t.close());

describe('signing in to the console', () => {
  it('sends a visitor without a session to the login form, and back where they were after it', async () => {
    const res = await server().get('/console/postings?q=engineer');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/console/login?next=${encodeURIComponent('/console/postings?q=engineer')}`);
    const form = await server().get(res.headers.location!);
    expect(form.status).toBe(200);
    expect(form.text).toContain('value="/console/postings?q=engineer"');
  });

  it('opens a signed, HttpOnly, Secure, SameSite=Strict session with an expiry for an HR key', async () => {
    const res = await signIn(t.hrKey);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/console/partners');
    expect(cookiesOf(res)).toMatch(/^__Host-jobrelay-console=[\w-]+\.[\w-]+$/);
    expect(cookieAttributes(res)).toEqual(
      expect.arrayContaining(['httponly', 'secure', 'samesite=strict', 'path=/', `max-age=${8 * 3600}`]),
    );
    const page = await server().get('/console/partners').set('cookie', cookiesOf(res));
    expect(page.status).toBe(200);
    expect(page.text).toContain('Signed in as <strong>recruiting-tool</strong>');
  });

  it.each([
    [
      'an unknown key',
      (form: request.Response) => ({ _csrf: csrfOf(form.text), apiKey: 'jr_hr_not-a-real-key' }),
      'not a valid',
    ],
    ['a form without its token', () => ({ _csrf: 'forged', apiKey: '' }), 'expired'],
  ])('refuses %s without a session', async (_name, body, message) => {
    const form = await server().get('/console/login');
    const res = await server().post('/console/login').set('cookie', cookiesOf(form)).type('form').send(body(form));
    expect(res.status).toBe(401);
    expect(res.text).toContain(message);
    expect(cookiesOf(res)).not.toContain('__Host-jobrelay-console');
  });

  it.each([
    ['a tampered session', () => session.replace(/\.[\w-]+$/, '.AAAA')],
    ['an expired session', () => signed({ iat: 1, exp: 2 })],
    ['a session whose key was removed', () => signed({ kh: '0000000000000000' })],
    ['a session signed with an unknown key', () => signed({}, { other: 'x'.repeat(40) })],
  ])('treats %s as no session', async (_name, cookie) => {
    const res = await server().get('/console/postings').set('cookie', cookie());
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/console\/login/);
  });

  it('ends the session on sign-out', async () => {
    const page = await server().get('/console/postings').set('cookie', session);
    const res = await server()
      .post('/console/logout')
      .set('cookie', session)
      .type('form')
      .send({ _csrf: csrfOf(page.text) });
    expect(res.status).toBe(303);
    expect(res.headers['set-cookie']?.[0]).toMatch(/^__Host-jobrelay-console=; Max-Age=0/);
  });
});

/** A session cookie signed with the test keys (or others), with some fields changed. */
function signed(changes: object, keys: Record<string, string> = SESSION_KEYS): string {
  const sessionKeys = sessionKeysOf(keys);
  const base = newSession(
    { sub: 'recruiting-tool', role: 'hr', kh: null },
    sessionKeys,
    Math.floor(Date.now() / 1000),
    1,
  );
  return `__Host-jobrelay-console=${signSession({ ...base, ...changes }, sessionKeys)}`;
}

describe('the console pages', () => {
  it('answers every page with a strict CSP, no framing and no caching', async () => {
    for (const path of [
      '/console/postings',
      `/console/postings/${postings[0]!.id}`,
      '/console/sources',
      '/console/partners',
      '/console/login',
    ]) {
      const res = await server().get(path).set('cookie', session);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).not.toMatch(/<script>|<style>| style="| on[a-z]+="/);
    }
  });

  it('serves its own stylesheet and script, cacheable for a year', async () => {
    const page = await server().get('/console/postings').set('cookie', session);
    for (const [, url] of page.text.matchAll(/(?:href|src)="(\/console\/assets\/[^"]+)"/g)) {
      const asset = await server().get(url!);
      expect(asset.status).toBe(200);
      expect(asset.headers['cache-control']).toContain('immutable');
      expect(asset.headers['content-type']).toMatch(/^text\/(css|javascript)/);
    }
  });

  it('pages through postings newest first, with filters kept in the next-page link', async () => {
    const first = await server().get('/console/postings?q=software&size=25').set('cookie', session);
    expect(first.text).toContain('Showing 25 postings of 60 matching.');
    expect(first.text.indexOf('Software Engineer 59')).toBeLessThan(first.text.indexOf('Software Engineer 58'));
    const next = /href="([^"]+)" rel="next"/.exec(first.text)![1]!.replace(/&amp;/g, '&');
    expect(next).toContain('q=software');
    const second = await server().get(next).set('cookie', session);
    expect(second.text).toContain('Software Engineer 34');
    expect(second.text).not.toContain('Software Engineer 35<');
  });

  it('reports filters it cannot read instead of failing', async () => {
    const res = await server().get('/console/postings?country=Germany&status=maybe').set('cookie', session);
    expect(res.status).toBe(200);
    expect(res.text).toContain('a country is its two-letter ISO code');
  });

  it('escapes every stored value and shows no unsafe link or markup from a posting', async () => {
    const list = await server().get('/console/postings?q=engineer').set('cookie', session);
    const page = await server().get(`/console/postings/${hostile.id}`).set('cookie', session);
    for (const text of [list.text, page.text]) {
      expect(text).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
      expect(text).not.toContain('<script>alert');
      expect(text).not.toMatch(/(href|src|action)="\s*javascript:/i);
      expect(text).not.toMatch(/onerror|<img/);
    }
    expect(page.text).toContain('Evil &quot;Corp&quot; &amp; &lt;Co&gt;');
  });

  it('answers 404 for a posting that does not exist', async () => {
    const res = await server().get('/console/postings/nope').set('cookie', session);
    expect(res.status).toBe(404);
    expect(res.text).toContain('does not exist');
  });
});

describe('publishing from a posting page', () => {
  const target = () => postings.find((p) => p.title === 'Warehouse Lead')!;
  const boardsPath = () => `/console/postings/${target().id}/boards`;

  it("publishes through the syndication use case and shows the boards' answers, with reasons", async () => {
    const page = await server().get(`/console/postings/${target().id}`).set('cookie', session);
    expect(page.text).toContain('Would be rejected: LinkedIn requires an https apply URL');
    const res = await server()
      .post(boardsPath())
      .set('cookie', session)
      .set('sec-fetch-site', 'same-origin')
      .type('form')
      .send(`_csrf=${csrfOf(page.text)}&action=publish&partnerIds=indeed&partnerIds=linkedin`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/console/postings/${target().id}?requested=publish&partners=indeed%2Clinkedin`);
    expect((await t.store.getSyndication(target().id, 'indeed'))?.status).toBe('live');
    expect((await t.store.getSyndication(target().id, 'linkedin'))?.status).toBe('rejected');
    const after = await server().get(res.headers.location!).set('cookie', session);
    expect(after.text).toContain('Publishing requested for Indeed, LinkedIn Jobs.');
    expect(after.text).toMatch(
      /data-partner="linkedin"[\s\S]*?data-board-status="rejected"[\s\S]*?LinkedIn requires an https apply URL/,
    );
  });

  it.each([
    ['no CSRF token', {}, (token: string) => `action=publish&partnerIds=indeed&x=${token.length}`],
    ['a wrong CSRF token', {}, () => `_csrf=forged&action=publish&partnerIds=indeed`],
    [
      'a cross-site request',
      { 'sec-fetch-site': 'cross-site' },
      (token: string) => `_csrf=${token}&action=publish&partnerIds=indeed`,
    ],
    [
      'another origin',
      { origin: 'https://evil.example' },
      (token: string) => `_csrf=${token}&action=publish&partnerIds=indeed`,
    ],
  ])('refuses a post with %s and writes nothing', async (_name, headers, body) => {
    const other = postings[2]!;
    const page = await server().get(`/console/postings/${other.id}`).set('cookie', session);
    const before = await storeSnapshot(t.store);
    const res = await server()
      .post(`/console/postings/${other.id}/boards`)
      .set('cookie', session)
      .set(headers)
      .type('form')
      .send(body(csrfOf(page.text)));
    expect(res.status).toBe(403);
    expect(await storeSnapshot(t.store)).toEqual(before);
  });

  it('publishes the postings selected on the list to the chosen boards, and comes back to the same list', async () => {
    const list = await server().get('/console/postings?q=software&size=25').set('cookie', session);
    const [a, b] = [postings[10]!, postings[11]!];
    const back = '/console/postings?q=software&size=25';
    const res = await server()
      .post('/console/postings/boards')
      .set('cookie', session)
      .type('form')
      .send(
        `_csrf=${csrfOf(list.text)}&back=${encodeURIComponent(back)}&action=publish` +
          `&postingIds=${a.id}&postingIds=${b.id}&partnerIds=indeed&partnerIds=linkedin`,
      );
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/console\/postings\?q=software&size=25&requested=publish&postings=2/);
    for (const id of [a.id, b.id]) expect((await t.store.getSyndication(id, 'indeed'))?.status).toBe('live');
    const after = await server().get(res.headers.location!).set('cookie', session);
    expect(after.text).toContain('Publishing requested for 2 postings on Indeed, LinkedIn Jobs.');
  });

  it('asks for a selection when a bulk post names no posting', async () => {
    const list = await server().get('/console/postings').set('cookie', session);
    const res = await server()
      .post('/console/postings/boards')
      .set('cookie', session)
      .type('form')
      .send(`_csrf=${csrfOf(list.text)}&back=/console/postings&action=publish&partnerIds=indeed`);
    expect(res.headers.location).toBe('/console/postings?error=no-selection');
    const page = await server().get(res.headers.location!).set('cookie', session);
    expect(page.text).toContain('Select at least one posting and one board first.');
  });

  it('refuses a post without a session', async () => {
    const res = await server().post(boardsPath()).type('form').send('action=publish&partnerIds=indeed');
    expect(res.status).toBe(401);
  });
});
