import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { sourcesCommand } from '../../../cli/commands/sources';
import { refreshCommand } from '../../../cli/commands/refresh';
import { FixtureBoard, sampleJobs, serveBoard } from '../../support/fixture-boards';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';
import { cliRunner } from '../../support/run-cli';

jest.setTimeout(60_000);

/** Runs `jobrelay …` in-process on an embedded data folder, capturing its output. */
const jobrelay = cliRunner([sourcesCommand, refreshCommand]);

describe('jobrelay sources and jobrelay refresh', () => {
  let dir: string;
  let server: FixtureServer;
  let env: Record<string, string>;
  let board: FixtureBoard;
  let file: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jobrelay-cli-'));
    server = await startFixtureServer();
    env = {
      JOBRELAY_BACKEND: 'embedded',
      JOBRELAY_DATA_DIR: join(dir, 'data'),
      JOBRELAY_FETCH_ALLOW_HOSTS: server.host,
      JOBRELAY_FETCH_TIMEOUT_MS: '2000',
    };
    board = new FixtureBoard(sampleJobs(3));
    file = join(dir, 'sources.yaml');
    writeFileSync(file, toYaml({ sources: [{ ...serveBoard(server, 'greenhouse', board), id: 'acme' }] }));
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every problem of an invalid file with its path and writes nothing', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      toYaml({
        sources: [
          { id: 'Bad Id', kind: 'greenhouse', company: { name: 'A' } },
          { id: 'x', kind: 'workday', company: { name: 'B' } },
        ],
      }),
    );
    const result = await jobrelay(env, ['sources', 'apply', bad]);
    expect(result.code).toBe(65);
    expect(result.stderr).toMatch(/sources\.0\.id: /);
    expect(result.stderr).toMatch(/sources\.0\.boardToken: /);
    expect(result.stderr).toMatch(/sources\.1\.kind: /);
    expect((await jobrelay(env, ['sources', 'list'])).stdout).toMatch(/no sources/);
  });

  it('shows the diff of a dry run without writing, then applies, then shows changed fields', async () => {
    const dry = await jobrelay(env, ['sources', 'apply', file, '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('+ acme: add (greenhouse, Acme Corp)') });
    expect(dry.stdout).toMatch(/dry run: 1 to add, 0 to change, 0 to remove; nothing written/);
    expect((await jobrelay(env, ['sources', 'list'])).stdout).toMatch(/no sources/);

    expect((await jobrelay(env, ['sources', 'apply', file])).stdout).toMatch(/applied: 1 to add/);
    writeFileSync(
      file,
      toYaml({
        sources: [{ ...serveBoard(server, 'greenhouse', board), id: 'acme', refreshEveryMinutes: 60, tags: ['eng'] }],
      }),
    );
    const changed = await jobrelay(env, ['sources', 'apply', file]);
    expect(changed.stdout).toContain('~ acme: change refreshEveryMinutes, tags');
  });

  it('refreshes with one plain line per source off a terminal, and lists the source health', async () => {
    await jobrelay(env, ['sources', 'apply', file]);
    const refreshed = await jobrelay(env, ['refresh']);
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toMatch(/^✓ acme {2}succeeded {2}fetched 3 {2}\+3 created/m);
    expect(refreshed.stderr).not.toContain('\r');
    const listed = await jobrelay(env, ['sources', 'list']);
    expect(listed.stdout).toMatch(/^acme\tgreenhouse\tok\t3 postings\tevery 360m\tlast run succeeded /m);
  });

  it('redraws a progress line on a terminal', async () => {
    await jobrelay(env, ['sources', 'apply', file]);
    const refreshed = await jobrelay(env, ['refresh', '--source', 'acme'], { isTty: true });
    expect(refreshed.stderr).toContain('\r\x1b[2Krefreshing 0/1 done · acme');
    expect(refreshed.stdout).toMatch(/✓ acme/);
  });

  it('exits non-zero when a refresh fails, naming the error', async () => {
    await jobrelay(env, ['sources', 'apply', file]);
    await server.close();
    const refreshed = await jobrelay(env, ['refresh', '--source', 'acme']);
    expect(refreshed.code).toBe(1);
    expect(refreshed.stdout).toMatch(/✗ acme {2}failed .*FETCH\.NETWORK/);
    expect(refreshed.stderr).toMatch(/1 of 1 source refresh\(es\) failed/);
    server = await startFixtureServer();
  });

  it('refuses an unknown source id', async () => {
    const result = await jobrelay(env, ['refresh', '--source', 'nope']);
    expect(result).toMatchObject({ code: 65, stderr: expect.stringContaining('no source "nope"') });
  });
});
