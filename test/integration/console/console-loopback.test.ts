import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import { createTestRuntime, type TestRuntime } from '../../support/function-runtime';
import { cookieAttributes, cookiesOf, csrfOf, seedPartners, seedPostings } from './console-support';

/**
 * The console as the local server runs it (`JOBRELAY_CONSOLE_AUTH=loopback`): open without sign-in, but only
 * under a loopback Host (a page elsewhere cannot reach it by rebinding its DNS to 127.0.0.1), and its forms
 * still need a CSRF token.
 */

jest.setTimeout(60_000);
process.env.JOBRELAY_LOG_LEVEL = 'ERROR';
let t: TestRuntime;
let postings: PostingRecord[];
const server = () => request(getTestServer('serveConsole'));

beforeAll(async () => {
  t = createTestRuntime({ JOBRELAY_CONSOLE_AUTH: 'loopback' });
  useRuntimeFactory(async () => t.runtime);
  require('../../../functions/index');
  await seedPartners(t.store);
  postings = await seedPostings(t.store, 3);
});
afterAll(async () => t.close());

describe('the loopback console', () => {
  it('opens without sign-in and gives the browser an HttpOnly, SameSite=Strict session for its forms', async () => {
    const res = await server().get('/console/postings').set('host', '127.0.0.1:8080');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Signed in as <strong>local</strong>');
    expect(cookiesOf(res)).toMatch(/^jobrelay-console=/);
    expect(cookieAttributes(res)).toEqual(expect.arrayContaining(['httponly', 'samesite=strict']));
    expect(cookieAttributes(res)).not.toContain('secure');
  });

  it.each(['evil.example', 'evil.example:8080', '127.0.0.1.evil.example', ''])(
    'refuses the Host "%s"',
    async (host) => {
      const res = await server().get('/console/postings').set('host', host);
      expect(res.status).toBe(403);
    },
  );

  it('has no login form: it sends the login page to the postings', async () => {
    const res = await server().get('/console/login').set('host', 'localhost:8080');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/console/postings');
  });

  it('takes a form post only with the token of the page it came from', async () => {
    const target = postings[0]!;
    const page = await server().get(`/console/postings/${target.id}`).set('host', '127.0.0.1:8080');
    const cookie = cookiesOf(page);
    const post = (body: string) =>
      server()
        .post(`/console/postings/${target.id}/boards`)
        .set('host', '127.0.0.1:8080')
        .set('cookie', cookie)
        .type('form')
        .send(body);
    expect((await post('action=publish&partnerIds=indeed')).status).toBe(403);
    expect(await t.store.getSyndication(target.id, 'indeed')).toBeNull();
    const res = await post(`_csrf=${csrfOf(page.text)}&action=publish&partnerIds=indeed`);
    expect(res.status).toBe(303);
    expect((await t.store.getSyndication(target.id, 'indeed'))?.status).toBe('live');
  });
});
