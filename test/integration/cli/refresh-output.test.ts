import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { refreshCommand } from '../../../cli/commands/refresh';
import { sourcesCommand } from '../../../cli/commands/sources';
import { FixtureBoard, sampleJobs, serveBoard } from '../../support/fixture-boards';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';
import { cliRunner } from '../../support/run-cli';

/**
 * What `jobrelay refresh` prints: the per-source lines and a summary, the pipeline's log only as far as the
 * log level asks (human lines at warning, JSON at info/debug), never a failure twice.
 */

jest.setTimeout(60_000);

const jobrelay = cliRunner([sourcesCommand, refreshCommand]);

/** The JSON log lines among stderr's lines. */
const jsonLines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { severity: string; message: string; status?: string });

describe('jobrelay refresh output and log levels', () => {
  let dir: string;
  let server: FixtureServer;
  let env: Record<string, string>;
  let board: FixtureBoard;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jobrelay-refresh-out-'));
    server = await startFixtureServer();
    env = {
      JOBRELAY_BACKEND: 'embedded',
      JOBRELAY_DATA_DIR: join(dir, 'data'),
      JOBRELAY_FETCH_ALLOW_HOSTS: server.host,
      JOBRELAY_FETCH_TIMEOUT_MS: '2000',
    };
    board = new FixtureBoard(sampleJobs(3));
    const file = join(dir, 'sources.yaml');
    writeFileSync(file, toYaml({ sources: [{ ...serveBoard(server, 'greenhouse', board), id: 'acme' }] }));
    expect((await jobrelay(env, ['sources', 'apply', file])).code).toBe(0);
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a successful refresh prints its line and a one-line summary, and nothing on stderr', async () => {
    const { code, stdout, stderr } = await jobrelay(env, ['refresh']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^✓ acme {2}succeeded .*\n1 source: 1 succeeded · fetched 3, \+3 created, ~0 updated, -0 closed, ✗0 rejected\n$/,
    );
    expect(stderr).toBe('');
  });

  test('a failed source is its ✗ line and the exit line: the run-finished log entry is not repeated as JSON', async () => {
    await server.close();
    const { code, stdout, stderr } = await jobrelay(env, ['refresh']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✗ acme {2}failed .*FETCH\.NETWORK/m);
    expect(stdout).toMatch(/^1 source: 1 failed · fetched 0,/m);
    expect(stderr).toBe('jobrelay: 1 of 1 source refresh(es) failed\n');
    server = await startFixtureServer();
  });

  test.each([
    ['--log-level info', ['--log-level', 'info'], {}],
    ['--log-level=DEBUG', ['--log-level=DEBUG'], {}],
    ['JOBRELAY_LOG_LEVEL=info', [], { JOBRELAY_LOG_LEVEL: 'info' }],
    ['JOBRELAY_LOG_LEVEL=INFO', [], { JOBRELAY_LOG_LEVEL: 'INFO' }],
  ])('with %s the pipeline log is on stderr as JSON lines, the failed run among them', async (_, flags, extra) => {
    await server.close();
    const { code, stdout, stderr } = await jobrelay({ ...env, ...extra }, ['refresh', ...flags]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✗ acme {2}failed/m);
    expect(jsonLines(stderr)).toContainEqual(
      expect.objectContaining({ severity: 'ERROR', message: 'refresh run finished', status: 'failed' }),
    );
    server = await startFixtureServer();
  });

  test('--log-level wins over JOBRELAY_LOG_LEVEL', async () => {
    await server.close();
    const { stderr } = await jobrelay({ ...env, JOBRELAY_LOG_LEVEL: 'DEBUG' }, ['refresh', '--log-level', 'error']);
    expect(jsonLines(stderr)).toEqual([]);
    server = await startFixtureServer();
  });

  test('a suspicious run is its ! line alone at the default level, the refused closure not repeated', async () => {
    await jobrelay(env, ['refresh']);
    board.clear();
    const { code, stdout, stderr } = await jobrelay(env, ['refresh']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^! acme {2}suspicious .*closure refused: 3\/3 open postings would close/m);
    expect(stdout).toMatch(/^1 source: 1 suspicious · /m);
    expect(stderr).toBe('');
  });

  test('--json keeps stdout the run records alone; the per-source lines go to stderr', async () => {
    const { code, stdout, stderr } = await jobrelay(env, ['refresh', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ sourceId: 'acme', status: 'succeeded' })]);
    expect(stderr).toMatch(/^✓ acme {2}succeeded/);
  });

  test.each([
    [['refresh', '--log-level', 'loud'], {}, 64, /^jobrelay: option '--log-level <level>' argument 'loud' is invalid/],
    [
      ['refresh'],
      { JOBRELAY_LOG_LEVEL: 'loud' },
      78,
      /^jobrelay: JOBRELAY_LOG_LEVEL must be debug, info, warning or error, not "loud"$/,
    ],
  ])('%p with %p is one line, exit %p', async (argv, extra, exit, message) => {
    const { code, stderr } = await jobrelay({ ...env, ...extra }, argv);
    expect(code).toBe(exit);
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
  });
});
