import { gzipSync } from 'node:zlib';
import {
  startFixtureServer,
  hugeBody,
  redirect,
  status,
  text,
  json,
  type FixtureServer,
  type StreamStats,
} from '../../support/fixture-server';
import { fetcherFor } from './fetcher-harness';
import type { ClosableHttpFetcher } from '../../../shared/adapters/http/http-fetcher';

describe('HTTP fetcher: SSRF guard, robots.txt and size cap', () => {
  let server: FixtureServer;
  /** a second local server playing an internal service that must never be reached */
  let internal: FixtureServer;
  let fetcher: ClosableHttpFetcher;

  beforeEach(async () => {
    server = await startFixtureServer();
    internal = await startFixtureServer();
    internal.route('*', /.*/, text('secret'));
    fetcher = fetcherFor(server, {
      // "rebind.test" plays DNS rebinding: a public-looking name that resolves to loopback
      resolve: async (hostname) =>
        hostname === 'rebind.test' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.1.2.3', family: 4 }],
    }).fetcher;
  });
  afterEach(async () => {
    await fetcher.close();
    await server.close();
    await internal.close();
  });

  it.each([
    ['the metadata server address', 'http://169.254.169.254/computeMetadata/v1/'],
    ['the metadata server name', 'http://metadata.google.internal/computeMetadata/v1/'],
    ['another port on loopback', () => `${internal.url}/admin`],
    ['localhost', () => `http://localhost:${internal.port}/admin`],
    ['an IPv4-mapped IPv6 loopback', () => `http://[::ffff:127.0.0.1]:${internal.port}/admin`],
    ['IPv6 loopback', () => `http://[::1]:${internal.port}/admin`],
    ['a name that resolves to loopback', () => `http://rebind.test:${internal.port}/admin`],
    ['a name that resolves to a private address', 'http://intranet.example/'],
  ])('refuses a direct request to %s', async (_name, target) => {
    const url = typeof target === 'function' ? target() : target;
    await expect(fetcher.fetch({ url })).rejects.toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
    expect(internal.requests).toHaveLength(0);
  });

  it.each([
    ['169.254.169.254', () => 'http://169.254.169.254/latest/meta-data/'],
    ['127.0.0.1 on a port not allow-listed', () => `${internal.url}/admin`],
    ['a name resolving to loopback', () => `http://rebind.test:${internal.port}/admin`],
  ])('refuses a redirect to %s', async (_name, location) => {
    server.route('GET', '/jobs', redirect(location()));
    await expect(fetcher.fetch({ url: `${server.url}/jobs` })).rejects.toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
    expect(server.count('/jobs')).toBe(1);
    expect(internal.requests).toHaveLength(0);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    server.route('GET', '/jobs', redirect('file:///etc/passwd'));
    await expect(fetcher.fetch({ url: `${server.url}/jobs` })).rejects.toMatchObject({ code: 'FETCH.BLOCKED_SCHEME' });
  });

  it('follows allowed redirects and reports the final URL', async () => {
    server.route('GET', '/old', redirect('/new', 301)).route('GET', '/new', json({ moved: true }));
    const response = await fetcher.fetch({ url: `${server.url}/old` });
    expect(response.url).toBe(`${server.url}/new`);
    expect(response.attempts).toBe(2);
  });

  it('stops after five redirects', async () => {
    server.route(
      'GET',
      /^\/loop\/\d+$/,
      redirect((req) => `/loop/${Number(req.pathname.split('/')[2]) + 1}`),
    );
    await expect(fetcher.fetch({ url: `${server.url}/loop/0` })).rejects.toMatchObject({
      code: 'FETCH.TOO_MANY_REDIRECTS',
    });
    expect(server.count((r) => r.pathname.startsWith('/loop/'))).toBe(6);
  });

  it('never requests a path robots.txt disallows, and reads robots.txt once per origin', async () => {
    server
      .route('GET', /.*/, text('page'))
      .route(
        'GET',
        '/robots.txt',
        text('User-agent: *\nDisallow: /private\n\nUser-agent: jobrelay\nDisallow: /internal-only\n'),
      );
    await expect(fetcher.fetch({ url: `${server.url}/internal-only/jobs` })).rejects.toMatchObject({
      code: 'FETCH.ROBOTS_DISALLOWED',
    });
    await expect(fetcher.fetch({ url: `${server.url}/careers` })).resolves.toMatchObject({ status: 200 });
    await expect(fetcher.fetch({ url: `${server.url}/private/x` })).resolves.toMatchObject({ status: 200 });
    expect(server.count('/internal-only/jobs')).toBe(0);
    expect(server.count('/robots.txt')).toBe(1);
  });

  it('reads the first 512 KiB of a huge robots.txt instead of failing on it', async () => {
    const filler = `# ${'x'.repeat(1000)}\n`.repeat(700);
    server
      .route('GET', /.*/, text('page'))
      .route('GET', '/robots.txt', text(`User-agent: *\nDisallow: /private\n${filler}`));
    await expect(fetcher.fetch({ url: `${server.url}/private/1` })).rejects.toMatchObject({
      code: 'FETCH.ROBOTS_DISALLOWED',
    });
    await expect(fetcher.fetch({ url: `${server.url}/public` })).resolves.toMatchObject({ status: 200 });
  });

  it('follows redirects of robots.txt and applies the rules it finds to the original site', async () => {
    server
      .route('GET', /.*/, text('page'))
      .route('GET', '/robots.txt', redirect('/moved/robots.txt', 301))
      .route('GET', '/moved/robots.txt', text('User-agent: *\nDisallow: /private\n'));
    await expect(fetcher.fetch({ url: `${server.url}/private/1` })).rejects.toMatchObject({
      code: 'FETCH.ROBOTS_DISALLOWED',
    });
    expect(server.count('/moved/robots.txt')).toBe(1);
  });

  it('treats a robots.txt answering 503 as "everything disallowed"', async () => {
    server.route('GET', '/robots.txt', status(503)).route('GET', '/careers', text('page'));
    await expect(fetcher.fetch({ url: `${server.url}/careers` })).rejects.toMatchObject({
      code: 'FETCH.ROBOTS_DISALLOWED',
    });
    await expect(fetcher.fetch({ url: `${server.url}/careers` })).rejects.toMatchObject({
      code: 'FETCH.ROBOTS_DISALLOWED',
    });
    expect(server.count('/careers')).toBe(0);
    expect(server.count('/robots.txt')).toBe(1);
  });

  it('treats a missing robots.txt (404) as "everything allowed"', async () => {
    server.route('GET', '/careers', text('page'));
    await expect(fetcher.fetch({ url: `${server.url}/careers` })).resolves.toMatchObject({ status: 200 });
    expect(server.count('/robots.txt')).toBe(1);
  });

  it('reports a site that cannot be reached as a network failure, not as a robots.txt refusal', async () => {
    const port = internal.port;
    await internal.close();
    const unreachable = fetcherFor(server, { allowHosts: [server.host, `127.0.0.1:${port}`] }).fetcher;
    try {
      await expect(unreachable.fetch({ url: `http://127.0.0.1:${port}/jobs` })).rejects.toMatchObject({
        code: 'FETCH.NETWORK',
      });
    } finally {
      await unreachable.close();
      internal = await startFixtureServer();
    }
  });

  it('does not check robots.txt for requests that opt out (a partner webhook)', async () => {
    server.route('POST', '/hook', status(204));
    await fetcher.fetch({ url: `${server.url}/hook`, method: 'POST', body: '{}' });
    expect(server.count('/robots.txt')).toBe(0);
  });

  it('aborts a 50 MB body past the cap without downloading it', async () => {
    const stats: StreamStats = { bytesWritten: 0, finished: false };
    server.route('GET', '/huge', hugeBody(50 * 1024 * 1024, stats));
    await expect(fetcher.fetch({ url: `${server.url}/huge`, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'FETCH.TOO_LARGE',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stats.finished).toBe(false);
    expect(stats.bytesWritten).toBeLessThan(20 * 1024 * 1024);
    expect(server.count('/huge')).toBe(1);
  });

  it('refuses a declared Content-Length past the cap before reading the body', async () => {
    const stats: StreamStats = { bytesWritten: 0, finished: false };
    server.route('GET', '/huge', hugeBody(50 * 1024 * 1024, stats, { declareLength: true }));
    await expect(fetcher.fetch({ url: `${server.url}/huge`, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'FETCH.TOO_LARGE',
      details: expect.objectContaining({ declared: 50 * 1024 * 1024 }),
    });
  });

  it('applies the cap to the decompressed size of a gzip body', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    server.route('GET', '/bomb', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' });
      res.end(bomb);
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(fetcher.fetch({ url: `${server.url}/bomb`, maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'FETCH.TOO_LARGE',
    });
  });

  it('decompresses gzip bodies', async () => {
    server.route('GET', '/gz', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
      res.end(gzipSync('{"jobs":[1,2,3]}'));
    });
    const response = await fetcher.fetch({ url: `${server.url}/gz` });
    expect(JSON.parse(response.text())).toEqual({ jobs: [1, 2, 3] });
  });
});
