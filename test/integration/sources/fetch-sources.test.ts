import { startFixtureServer, json, type FixtureServer } from '../../support/fixture-server';
import { FixtureBoard, sampleJobs, serveBoard, type FixtureBoardKind } from '../../support/fixture-boards';
import { fetcherFor } from '../http/fetcher-harness';
import { readSource } from './source-harness';
import type { ClosableHttpFetcher } from '../../../shared/adapters/http/http-fetcher';

describe('fetching each kind of source from a local fixture server', () => {
  let server: FixtureServer;
  let fetcher: ClosableHttpFetcher;

  beforeEach(async () => {
    server = await startFixtureServer();
    fetcher = fetcherFor(server).fetcher;
  });
  afterEach(async () => {
    await fetcher.close();
    await server.close();
  });

  // [kind, jobs on the board, requests expected besides robots.txt]
  it.each<[FixtureBoardKind, number, number]>([
    ['greenhouse', 25, 1],
    ['ashby', 25, 1],
    ['recruitee', 25, 1],
    ['personio', 25, 1],
    ['feed', 25, 1],
    ['lever', 230, 3], // pages of 100: 100 + 100 + 30
    ['smartrecruiters', 230, 3 + 230], // list pages of 100, then one detail per posting
    ['jsonld', 25, 3 + 25], // list pages of 10 following rel=next, then detail pages
    ['html', 25, 3 + 25], // list pages of 10 following the selector's next link, then detail pages
  ])(
    'reads every posting of a %s board with %i jobs in the expected number of requests',
    async (kind, count, requests) => {
      const board = new FixtureBoard(sampleJobs(count));
      const { fetch, postings } = await readSource(fetcher, serveBoard(server, kind, board));
      expect(fetch).toMatchObject({ notModified: false, complete: true, errors: [] });
      expect(postings).toHaveLength(count);
      expect(new Set(postings.map((p) => p.title))).toEqual(new Set(board.jobs.map((j) => j.title)));
      expect(postings.every((p) => p.kind === kind)).toBe(true);
      expect(
        postings.every(
          (p) =>
            (p.html ?? '').includes('Build the systems') ||
            p.sections.some((s) => s.html.includes('Build the systems')),
        ),
      ).toBe(true);
      expect(server.requests.length - server.count('/robots.txt')).toBe(requests);
      expect(server.count('/robots.txt')).toBe(1);
    },
  );

  it('gives html postings the fields their selectors point at', async () => {
    const board = new FixtureBoard(sampleJobs(1));
    const { postings } = await readSource(fetcher, serveBoard(server, 'html', board));
    expect(postings[0]).toMatchObject({
      title: 'Software Engineer 1',
      department: 'Platform',
      locations: [expect.objectContaining({ text: 'Berlin, DE' })],
      applyUrl: `${server.url}/jobs/1/apply`,
      externalId: `${server.url}/jobs/1`,
    });
  });

  it.each<[string, Record<string, unknown>, (s: FixtureServer) => void]>([
    ['Greenhouse answering 404', { kind: 'greenhouse', boardToken: 'nope' }, () => undefined],
    [
      'Lever answering {"ok":false}',
      { kind: 'lever', site: 'nope' },
      (s) => s.route('GET', '/v0/postings/nope', json({ ok: false, error: 'Document not found' })),
    ],
    ['Ashby answering 404', { kind: 'ashby', board: 'nope' }, () => undefined],
    [
      'Recruitee answering HTML',
      { kind: 'recruitee', subdomain: 'nope' },
      (s) => s.route('GET', '/api/offers/', json({ error: 'not found' })),
    ],
  ])('says the board is unknown for %s', async (_name, config, setUp) => {
    setUp(server);
    await expect(
      readSource(fetcher, { id: 'x', company: { name: 'Acme' }, baseUrl: server.url, ...config }),
    ).rejects.toMatchObject({
      code: 'SOURCE.UNKNOWN_BOARD',
    });
  });

  it('answers "not modified" when the board answers 304 and parses nothing', async () => {
    const board = new FixtureBoard(sampleJobs(5));
    const config = serveBoard(server, 'greenhouse', board, { etag: true });
    const first = await readSource(fetcher, config);
    const second = await readSource(fetcher, config, first.fetch.validators);
    expect(second.fetch).toMatchObject({ notModified: true, documents: [] });
    board.update('2', { title: 'Changed' });
    const third = await readSource(fetcher, config, first.fetch.validators);
    expect(third.fetch.notModified).toBe(false);
    expect(third.postings.map((p) => p.title)).toContain('Changed');
  });

  it('pages a Lever board conditionally: unchanged pages are 304, one changed page re-reads the board whole', async () => {
    const board = new FixtureBoard(sampleJobs(150));
    const config = serveBoard(server, 'lever', board, { etag: true });
    const first = await readSource(fetcher, config);
    expect(Object.keys(first.fetch.validators)).toHaveLength(2);
    const unchanged = await readSource(fetcher, config, first.fetch.validators);
    expect(unchanged.fetch.notModified).toBe(true);
    board.update('140', { title: 'Changed on page two' });
    server.resetRequests();
    const changed = await readSource(fetcher, config, first.fetch.validators);
    expect(changed.postings).toHaveLength(150);
    // page 1 (304), page 2 (200), then page 1 again unconditionally
    expect(server.count('/v0/postings/acme')).toBe(3);
  });

  it('skips a detail page that vanished between list and detail, and stays complete', async () => {
    const board = new FixtureBoard(sampleJobs(12));
    const config = serveBoard(server, 'jsonld', board);
    server.route('GET', '/jobs/3', json({}, { status: 410 }));
    const { fetch, postings } = await readSource(fetcher, config);
    expect(postings).toHaveLength(11);
    expect(fetch).toMatchObject({ complete: true, gone: 1 });
  });

  it('marks the fetch incomplete when a detail page keeps failing', async () => {
    const board = new FixtureBoard(sampleJobs(12));
    const config = serveBoard(server, 'jsonld', board);
    server.route('GET', '/jobs/3', json({}, { status: 503 }));
    const { fetch, postings } = await readSource(fetcher, config);
    expect(postings).toHaveLength(11);
    expect(fetch.complete).toBe(false);
    expect(fetch.errors).toEqual([expect.objectContaining({ code: 'FETCH.HTTP_503', url: `${server.url}/jobs/3` })]);
    expect(server.count('/jobs/3')).toBe(3);
  });

  it('never fetches detail pages robots.txt disallows, and counts them', async () => {
    const board = new FixtureBoard(sampleJobs(12));
    const config = serveBoard(server, 'html', board);
    server.route('GET', '/robots.txt', (_req, res) => void res.end('User-agent: *\nDisallow: /jobs/7\n'));
    const { fetch, postings } = await readSource(fetcher, config);
    expect(server.count('/jobs/7')).toBe(0);
    expect(postings).toHaveLength(11);
    expect(fetch).toMatchObject({ disallowed: 1, complete: true });
  });

  it('reads at most maxPages list pages and then says the read was incomplete, so nothing gets closed', async () => {
    const board = new FixtureBoard(sampleJobs(25));
    const { fetch, postings } = await readSource(fetcher, { ...serveBoard(server, 'html', board), maxPages: 2 });
    expect(postings).toHaveLength(20);
    expect(fetch.complete).toBe(false);
    expect(fetch.errors).toEqual([expect.objectContaining({ code: 'SOURCE.TOO_MANY_PAGES' })]);
    expect(server.count('/careers')).toBe(2);
  });

  it('says a SmartRecruiters list was read incompletely when it yields fewer postings than totalFound', async () => {
    const board = new FixtureBoard(sampleJobs(5));
    const config = serveBoard(server, 'smartrecruiters', board);
    server.route(
      'GET',
      '/v1/companies/acme/postings',
      json({ offset: 0, limit: 100, totalFound: 7, content: board.jobs.map((j) => ({ id: `sr-${j.id}` })) }),
    );
    const { fetch, postings } = await readSource(fetcher, config);
    expect(postings).toHaveLength(5);
    expect(fetch).toMatchObject({
      complete: false,
      errors: [expect.objectContaining({ code: 'SOURCE.TOO_MANY_PAGES' })],
    });
  });

  it('finds JSON-LD detail pages through a sitemap and ignores pages without postings', async () => {
    const board = new FixtureBoard(sampleJobs(4));
    serveBoard(server, 'jsonld', board);
    const urls = [
      ...board.jobs.map((j) => `${server.url}/jobs/${j.id}`),
      `${server.url}/about`,
      'https://elsewhere.example/jobs/9',
    ];
    server
      .route('GET', '/about', (_req, res) => void res.end('<html><body><h1>About us</h1></body></html>'))
      .route('GET', '/sitemap.xml', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(
          `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<url><loc>${u}</loc></url>`).join('')}</urlset>`,
        );
      });
    const { postings } = await readSource(fetcher, {
      id: 'site',
      kind: 'jsonld',
      company: { name: 'Acme' },
      sitemapUrl: `${server.url}/sitemap.xml`,
      politeness: { concurrency: 2, minDelayMs: 0 },
    });
    expect(postings.map((p) => p.externalId).sort()).toEqual(['site-1', 'site-2', 'site-3', 'site-4']);
    expect(server.count('/about')).toBe(1);
  });
});
