import { embeddedBackend } from '../../support/backend-harness';
import { FixtureBoard, sampleJobs, serveBoard } from '../../support/fixture-boards';
import {
  hang,
  hugeBody,
  redirect,
  sequence,
  startFixtureServer,
  status,
  text,
  type FixtureServer,
} from '../../support/fixture-server';
import { createRefreshRig, type RefreshRig } from '../../support/refresh-rig';
import { refreshSources } from '../../../shared/pipeline/refresh';

jest.setTimeout(60_000);

const BOARD = '/v1/boards/acme/jobs';

describe('refreshing a source whose site misbehaves', () => {
  let rig: RefreshRig;
  let board: FixtureBoard;
  let id: string;

  /** the source's postings that are open now */
  const openCount = async () => (await rig.backend.store.listPostingSummaries(id, 'open')).length;

  /**
   * A fresh rig whose board has 4 jobs, refreshed once. Only the hang test wants a short per-attempt timeout:
   * the others count requests and retries, which a prompt answer timed out on a loaded machine would change.
   */
  async function setUp(timeoutMs = 30_000): Promise<void> {
    rig = await createRefreshRig(embeddedBackend, { timeoutMs, maxBytes: 2 * 1024 * 1024 });
    board = new FixtureBoard(sampleJobs(4));
    id = await rig.applySource(serveBoard(rig.server, 'greenhouse', board));
    expect((await rig.refresh(id)).counts.created).toBe(4);
    await rig.newEvents();
    rig.server.resetRequests();
  }

  beforeEach(async () => setUp());
  afterEach(async () => rig.close());

  /** After a failed run: nothing closed, no events, the postings still open. */
  async function expectNothingClosed(): Promise<void> {
    expect(await openCount()).toBe(4);
    expect(await rig.newEvents()).toEqual([]);
  }

  it('waits out a 429 with Retry-After and succeeds with the second request', async () => {
    rig.server.route('GET', BOARD, sequence(status(429, { retryAfter: 5 }), rig.server.handlerFor('GET', BOARD)));
    const run = await rig.refresh(id);
    expect(run).toMatchObject({
      status: 'succeeded',
      requests: { ok: 1, retried: 1 },
      counts: expect.objectContaining({ unchanged: 4 }),
    });
    expect(rig.server.count(BOARD)).toBe(2);
    expect(rig.clock.sleeps).toContain(5_000);
  });

  it('records a burst of 503s longer than the retries as a failed run and closes nothing', async () => {
    rig.server.route('GET', BOARD, status(503));
    const run = await rig.refresh(id);
    expect(run).toMatchObject({
      status: 'failed',
      errors: [expect.objectContaining({ code: 'FETCH.HTTP_503' })],
      requests: { failed: 1, retried: 2 },
    });
    expect(rig.server.count(BOARD)).toBe(3);
    await expectNothingClosed();
  });

  it('gets through a short 503 burst', async () => {
    rig.server.route('GET', BOARD, sequence(status(503), status(503), rig.server.handlerFor('GET', BOARD)));
    const run = await rig.refresh(id);
    expect(run).toMatchObject({ status: 'succeeded', requests: { ok: 1, retried: 2 } });
    expect(rig.server.count(BOARD)).toBe(3);
  });

  it('times out a board that hangs, once per attempt, and closes nothing', async () => {
    await rig.close();
    await setUp(1_500);
    rig.server.route('GET', BOARD, hang());
    const run = await rig.refresh(id);
    expect(run).toMatchObject({ status: 'failed', errors: [expect.objectContaining({ code: 'FETCH.TIMEOUT' })] });
    expect(rig.server.count(BOARD)).toBe(3);
    await expectNothingClosed();
  });

  it('refuses a 50 MB body without downloading it, in one request, and closes nothing', async () => {
    const stats = { bytesWritten: 0, finished: false };
    rig.server.route('GET', BOARD, hugeBody(50 * 1024 * 1024, stats));
    const run = await rig.refresh(id);
    expect(run).toMatchObject({
      status: 'failed',
      errors: [expect.objectContaining({ code: 'FETCH.TOO_LARGE' })],
      requests: { failed: 1 },
    });
    expect(rig.server.count(BOARD)).toBe(1);
    expect(stats.finished).toBe(false);
    await expectNothingClosed();
  });

  describe('redirects to private targets', () => {
    let internal: FixtureServer;
    beforeEach(async () => {
      internal = await startFixtureServer();
      internal.route('*', /.*/, text('internal secrets'));
    });
    afterEach(async () => internal.close());

    it.each([
      [
        'the metadata address 169.254.169.254',
        () => 'http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token',
      ],
      ['127.0.0.1 on a port that is not allow-listed', () => `${internal.url}/v1/boards/acme/jobs`],
    ])('refuses a redirect to %s, sends nothing there, and closes nothing', async (_name, target) => {
      rig.server.route('GET', BOARD, redirect(target()));
      const run = await rig.refresh(id);
      expect(run).toMatchObject({
        status: 'failed',
        errors: [expect.objectContaining({ code: 'FETCH.BLOCKED_ADDRESS' })],
        requests: { blocked: 1 },
      });
      expect(rig.server.count(BOARD)).toBe(1);
      expect(internal.requests).toHaveLength(0);
      await expectNothingClosed();
    });
  });

  it('never requests a board path robots.txt disallows (read again after a day)', async () => {
    rig.server.route('GET', '/robots.txt', text('User-agent: *\nDisallow: /v1/boards/\n'));
    rig.clock.advance(25 * 3600_000);
    const run = await rig.refresh(id);
    expect(run).toMatchObject({
      status: 'failed',
      errors: [expect.objectContaining({ code: 'FETCH.ROBOTS_DISALLOWED' })],
      requests: { blocked: 1 },
    });
    expect(rig.server.count(BOARD)).toBe(0);
    expect(rig.server.count('/robots.txt')).toBe(1);
    await expectNothingClosed();
  });

  it('treats a robots.txt answering 503 as "disallow everything"', async () => {
    rig.server.route('GET', '/robots.txt', status(503));
    rig.clock.advance(25 * 3600_000);
    const run = await rig.refresh(id);
    expect(run).toMatchObject({
      status: 'failed',
      errors: [expect.objectContaining({ code: 'FETCH.ROBOTS_DISALLOWED' })],
    });
    expect(rig.server.count(BOARD)).toBe(0);
    await expectNothingClosed();
  });

  it('closes nothing when the board suddenly lists zero jobs, and flags the run as suspicious', async () => {
    board.clear();
    const run = await rig.refresh(id);
    expect(run).toMatchObject({
      status: 'suspicious',
      suspectedClosures: { wouldClose: 4, open: 4 },
      counts: expect.objectContaining({ fetched: 0, closed: 0 }),
    });
    await expectNothingClosed();
  });

  it('reports a source that keeps failing, with a countable log field and in the run record', async () => {
    rig.server.route('GET', BOARD, status(500));
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await rig.refresh(id));
    expect(runs.map((r) => r.status)).toEqual(['failed', 'failed', 'failed']);
    expect(runs[1]?.errors.map((e) => e.code)).not.toContain('SOURCE.FAILING');
    expect(runs[2]?.errors.map((e) => e.code)).toContain('SOURCE.FAILING');
    const failing = rig.logs.filter((line) => line.event === 'source_failing');
    expect(failing).toHaveLength(1);
    expect(failing[0]).toMatchObject({ severity: 'WARNING', sourceId: id, consecutiveFailures: 3 });
    expect((await rig.backend.store.getSource(id))?.health).toMatchObject({
      consecutiveFailures: 3,
      lastError: expect.objectContaining({ code: 'FETCH.HTTP_500' }),
      postingsCount: 4,
    });
    await expectNothingClosed();
  });

  it('logs one summary line per run with the counts', async () => {
    rig.logs.length = 0;
    await rig.refresh(id);
    const summaries = rig.logs.filter((line) => line.message === 'refresh run finished');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({
      source: id,
      fetched: 4,
      created: 0,
      updated: 0,
      unchanged: 4,
      closed: 0,
      rejected: 0,
      durationMs: expect.any(Number),
    });
  });
});

describe('conditional refresh and partial failures', () => {
  let rig: RefreshRig;
  beforeEach(async () => {
    rig = await createRefreshRig(embeddedBackend);
  });
  afterEach(async () => rig.close());

  it('answers a refresh of an unchanged board with a 304: nothing parsed, stored or closed', async () => {
    const board = new FixtureBoard(sampleJobs(3));
    const id = await rig.applySource(serveBoard(rig.server, 'greenhouse', board, { etag: true }));
    await rig.refresh(id);
    await rig.newEvents();
    const notModified = await rig.refresh(id);
    expect(notModified).toMatchObject({
      status: 'not-modified',
      requests: { 'not-modified': 1 },
      counts: expect.objectContaining({ fetched: 0 }),
    });
    expect(rig.server.requests.at(-1)?.headers['if-none-match']).toMatch(/^"/);
    expect(await rig.newEvents()).toEqual([]);
    expect((await rig.backend.store.getSource(id))?.health.postingsCount).toBe(3);
    board.update('1', { title: 'Principal Engineer' });
    const changed = await rig.refresh(id);
    expect(changed).toMatchObject({ status: 'succeeded', counts: expect.objectContaining({ updated: 1 }) });
  });

  it('stops fetching detail pages when the time budget is spent, keeps what it read and closes nothing', async () => {
    const board = new FixtureBoard(sampleJobs(10));
    const id = await rig.applySource({
      ...serveBoard(rig.server, 'jsonld', board),
      politeness: { concurrency: 1, minDelayMs: 60_000 },
    });
    await rig.refresh(id);
    await rig.newEvents();
    board.remove('10');
    board.update('1', { title: 'Head of Data' });
    rig.server.resetRequests();
    const result = await refreshSources(rig.deps, { sourceId: id, force: true }, { budgetMs: 5 * 60_000 });
    const run = result.kind === 'run' ? result.run : null;
    expect(run?.errors.map((e) => e.code)).toEqual(['SOURCE.OUT_OF_TIME', 'SOURCE.INCOMPLETE']);
    expect(run?.counts).toMatchObject({ closed: 0, updated: 1 });
    // robots.txt and the list page also wait their turn: a few detail pages fit in five "minutes"
    expect(rig.server.count((r) => r.pathname.startsWith('/jobs/'))).toBeLessThan(9);
    expect((await rig.newEvents()).map((e) => e.event.type)).toEqual(['posting.updated']);
  });

  it('closes nothing when a detail page of a career site could not be read', async () => {
    const board = new FixtureBoard(sampleJobs(6));
    const id = await rig.applySource(serveBoard(rig.server, 'jsonld', board));
    await rig.refresh(id);
    await rig.newEvents();
    board.remove('5');
    rig.server.route('GET', '/jobs/2', status(503));
    const run = await rig.refresh(id);
    expect(run.status).toBe('succeeded');
    expect(run.errors.map((e) => e.code)).toEqual(['FETCH.HTTP_503', 'SOURCE.INCOMPLETE']);
    expect(run.counts.closed).toBe(0);
    expect(await rig.newEvents()).toEqual([]);
    expect(rig.server.count('/jobs/2')).toBe(4); // one read in the first run, three attempts now
  });
});
