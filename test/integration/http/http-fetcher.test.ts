import {
  startFixtureServer,
  json,
  sequence,
  status,
  text,
  hang,
  stallBody,
  resetConnection,
  type FixtureServer,
} from '../../support/fixture-server';
import { fetcherFor } from './fetcher-harness';
import type { ClosableHttpFetcher } from '../../../shared/adapters/http/http-fetcher';

describe('HTTP fetcher: answers, retries and timeouts', () => {
  let server: FixtureServer;
  let fetcher: ClosableHttpFetcher;
  let sleeps: number[];

  beforeEach(async () => {
    server = await startFixtureServer();
    const built = fetcherFor(server);
    fetcher = built.fetcher;
    sleeps = built.clock.sleeps;
  });
  afterEach(async () => {
    await fetcher.close();
    await server.close();
  });

  it('fetches a page with a descriptive User-Agent and decodes its text', async () => {
    server.route('GET', '/jobs', json({ jobs: [{ id: 1, title: 'Café manager' }] }));
    const response = await fetcher.fetch({ url: `${server.url}/jobs` });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text())).toEqual({ jobs: [{ id: 1, title: 'Café manager' }] });
    expect(response.attempts).toBe(1);
    const sent = server.requests.find((r) => r.pathname === '/jobs');
    expect(sent?.headers['user-agent']).toBe('Jobrelay/0.1 (+https://jobrelay.example/contact)');
  });

  it('waits as long as Retry-After (seconds) says on 429, then succeeds', async () => {
    server.route('GET', '/board', sequence(status(429, { retryAfter: 7 }), json({ ok: true })));
    const response = await fetcher.fetch({ url: `${server.url}/board` });
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(2);
    expect(server.count('/board')).toBe(2);
    expect(sleeps).toContain(7_000);
  });

  it('honours Retry-After given as an HTTP date on 503', async () => {
    const later = new Date(Date.parse('2026-03-01T09:00:30Z')).toUTCString();
    server.route('GET', '/board', sequence(status(503, { retryAfter: later }), json({ ok: true })));
    const response = await fetcher.fetch({ url: `${server.url}/board` });
    expect(response.attempts).toBe(2);
    expect(sleeps).toContain(30_000);
  });

  it('gives up at once when Retry-After is longer than the cap, keeping the wait in the error', async () => {
    server.route('GET', '/board', status(429, { retryAfter: 3600 }));
    await expect(fetcher.fetch({ url: `${server.url}/board` })).rejects.toMatchObject({
      code: 'FETCH.HTTP_429',
      retryAfterMs: 3_600_000,
    });
    expect(server.count('/board')).toBe(1);
  });

  it('retries a burst of 503s with growing backoff and succeeds on the third attempt', async () => {
    server.route('GET', '/board', sequence(status(503), status(503), json({ ok: true })));
    const response = await fetcher.fetch({ url: `${server.url}/board` });
    expect(response.attempts).toBe(3);
    expect(server.count('/board')).toBe(3);
    // full jitter with random() = 1: base 100 ms, then 200 ms
    expect(sleeps.filter((ms) => ms > 0)).toEqual([100, 200]);
  });

  it('fails with FETCH.HTTP_503 after the last attempt of a longer burst', async () => {
    server.route('GET', '/board', status(503));
    await expect(fetcher.fetch({ url: `${server.url}/board` })).rejects.toMatchObject({ code: 'FETCH.HTTP_503' });
    expect(server.count('/board')).toBe(3);
  });

  it('returns a 4xx answer without retrying it', async () => {
    server.route('GET', '/gone', status(404));
    const response = await fetcher.fetch({ url: `${server.url}/gone` });
    expect(response.status).toBe(404);
    expect(server.count('/gone')).toBe(1);
  });

  it('returns a 503 as it came when the caller turned retries off', async () => {
    server.route('POST', '/hook', status(503));
    const response = await fetcher.fetch({ url: `${server.url}/hook`, method: 'POST', body: '{}', retry: false });
    expect(response.status).toBe(503);
    expect(server.count('/hook')).toBe(1);
  });

  it('times out a server that never answers, once per attempt', async () => {
    server.route('GET', '/slow', hang());
    await expect(
      fetcher.fetch({
        url: `${server.url}/slow`,
        timeoutMs: 200,
        retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 10 },
      }),
    ).rejects.toMatchObject({ code: 'FETCH.TIMEOUT' });
    expect(server.count('/slow')).toBe(2);
  });

  it('times out a body that stalls after the headers', async () => {
    server.route('GET', '/stall', stallBody());
    await expect(fetcher.fetch({ url: `${server.url}/stall`, timeoutMs: 200, retry: false })).rejects.toMatchObject({
      code: 'FETCH.TIMEOUT',
    });
  });

  it('retries a dropped connection and reports FETCH.NETWORK when it keeps failing', async () => {
    server.route('GET', '/reset', resetConnection());
    await expect(fetcher.fetch({ url: `${server.url}/reset` })).rejects.toMatchObject({ code: 'FETCH.NETWORK' });
    expect(server.count('/reset')).toBe(3);
  });

  it('sends stored validators and reports a 304 as not modified with an empty body', async () => {
    server.route('GET', '/board', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return void res.end();
      }
      res.writeHead(200, {
        etag: '"v1"',
        'last-modified': 'Sun, 01 Mar 2026 08:00:00 GMT',
        'content-type': 'application/json',
      });
      res.end('{"jobs":[]}');
    });
    const first = await fetcher.fetch({ url: `${server.url}/board` });
    expect(first.validators).toEqual({ etag: '"v1"', lastModified: 'Sun, 01 Mar 2026 08:00:00 GMT' });
    const second = await fetcher.fetch({ url: `${server.url}/board`, validators: first.validators });
    expect(second).toMatchObject({ status: 304, notModified: true, validators: first.validators });
    expect(second.body.length).toBe(0);
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Sun, 01 Mar 2026 08:00:00 GMT');
  });

  it('keeps at most the configured number of requests in flight to one host', async () => {
    let inFlight = 0;
    let most = 0;
    server.route('GET', '/item', async (_req, res) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      // held until a second request is in flight (2 s at most), so seeing two at once does not depend on the
      // second one arriving within a fixed 20 ms on a loaded machine
      for (let waited = 0; inFlight < 2 && waited < 2_000; waited += 10)
        await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight -= 1;
      res.end('ok');
    });
    const politeness = { concurrency: 2, minDelayMs: 0 };
    await Promise.all(Array.from({ length: 6 }, () => fetcher.fetch({ url: `${server.url}/item`, politeness })));
    expect(most).toBe(2);
    expect(server.count('/item')).toBe(6);
  });

  it('leaves the minimum gap between two requests to one host', async () => {
    server.route('GET', '/item', text('ok'));
    const politeness = { concurrency: 1, minDelayMs: 1_500 };
    for (let i = 0; i < 3; i += 1) await fetcher.fetch({ url: `${server.url}/item`, politeness });
    // robots.txt first (no gap before it), then each page waits for the gap after the previous request
    expect(sleeps.filter((ms) => ms > 0)).toEqual([1_500, 1_500, 1_500]);
  });
});
