import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { partnersCommand } from '../../../cli/commands/partners';
import { sourcesCommand } from '../../../cli/commands/sources';
import { EmbeddedPostingStore } from '../../../shared/adapters/embedded/embedded-posting-store';
import { systemClock } from '../../../shared/adapters/system-clock';
import { inputFixtureText } from '../../support/input-fixtures';
import { cliRunner, jobrelayProcess } from '../../support/run-cli';

/**
 * What a newcomer meets first when a command goes wrong: a closed pipe, a taken or malformed port, a binary
 * file, a partner that was never disabled, an empty list. Each ends as one clear line and the right exit code.
 */

// Process cases compile TypeScript on the fly: generous on a shared, loaded machine.
jest.setTimeout(180_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobrelay-newcomer-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (stderr: string) => stderr.trimEnd().split('\n');

describe('the jobrelay process, when things go wrong', () => {
  test('stops quietly with exit 0 when the reader closes the pipe early, as `| head` does', async () => {
    const job = JSON.parse(inputFixtureText('greenhouse-board.json')).jobs[0];
    const jobs = Array.from({ length: 300 }, (_, i) => ({ ...job, id: 8000000 + i }));
    const file = join(dir, 'board.json');
    writeFileSync(file, JSON.stringify({ jobs, meta: { total: jobs.length } }));
    const { code, stderr } = await jobrelayProcess(['normalize', file], { readFirstChunkOnly: true });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test.each([
    [['serve', '--port', 'abc'], {}, /--port/],
    [['serve', '--port', '70000'], {}, /--port/],
    [['serve'], { PORT: 'eighty' }, /PORT must be a port number/],
  ])('%p with %p is a usage error (exit 64) in one line', async (args, env, message) => {
    const { code, stderr } = await jobrelayProcess(args, { env: { JOBRELAY_DATA_DIR: join(dir, 'data'), ...env } });
    expect(code).toBe(64);
    expect(oneLine(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^jobrelay: /);
    expect(stderr).toMatch(message);
  });

  test.each([[[]], [['--demo']]])(
    'serve %p on a port already taken says so in one line and exits 69',
    async (extra) => {
      const taken: Server = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const port = (taken.address() as { port: number }).port;
      try {
        const { code, stderr } = await jobrelayProcess(['serve', '--port', String(port), ...extra], {
          env: { JOBRELAY_DATA_DIR: join(dir, 'data') },
        });
        expect(code).toBe(69);
        expect(oneLine(stderr)).toEqual([expect.stringMatching(new RegExp(`^jobrelay: port ${port} .* is in use`))]);
      } finally {
        await new Promise((resolve) => taken.close(resolve));
      }
    },
  );
});

/** `jobrelay …` in-process on an embedded data folder, its output captured. */
const jobrelay = cliRunner([sourcesCommand, partnersCommand]);

describe('partners and sources commands on a fresh data folder', () => {
  let env: Record<string, string>;
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(dir, 'data-'));
    env = { JOBRELAY_BACKEND: 'embedded', JOBRELAY_DATA_DIR: dataDir };
  });

  test('partners list with no partners says how to add some', async () => {
    const { code, stdout } = await jobrelay(env, ['partners', 'list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/no partners; add some with `jobrelay partners apply FILE`/);
  });

  test.each([['sources'], ['partners']])('%s apply refuses a binary file in one line, exit 65', async (group) => {
    const file = join(dataDir, 'photo.yaml');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const { code, stdout, stderr } = await jobrelay(env, [group, 'apply', file, '--dry-run']);
    expect(code).toBe(65);
    expect(stdout).toBe('');
    expect(stderr).toBe(`jobrelay: ${file} is a binary file, not YAML or JSON\n`);
  });

  test('partners enable clears a disabled endpoint, and says nothing changed when it was not disabled', async () => {
    const file = join(dataDir, 'partners.yaml');
    const webhook = { url: 'https://hooks.example/jobs', secretRef: 'env:HOOK_SECRET' };
    writeFileSync(
      file,
      toYaml({ partners: [{ id: 'hook', name: 'Hook', delivery: 'webhook', format: 'webhook', webhook }] }),
    );
    const applied = await jobrelay(env, ['partners', 'apply', file]);
    // worded as `sources apply` words it: what is added, then the counts
    expect(applied).toMatchObject({
      code: 0,
      stdout: '+ hook: add (webhook, webhook, Hook)\napplied: 1 to add, 0 to change, 0 to delete\n',
    });

    const untouched = await jobrelay(env, ['partners', 'enable', 'hook']);
    expect(untouched).toMatchObject({ code: 0, stdout: 'hook: endpoint was not disabled; nothing changed\n' });

    const store = new EmbeddedPostingStore({ dataDir, clock: systemClock });
    const partner = await store.getPartner('hook');
    await store.updatePartnerHealth('hook', {
      ...partner!.health,
      endpointDisabledAt: '2026-11-20T12:00:00.000Z',
      endpointDisabledReason: '410 Gone',
    });
    await store.close();

    const enabled = await jobrelay(env, ['partners', 'enable', 'hook']);
    expect(enabled).toMatchObject({ code: 0, stdout: 'hook: endpoint enabled\n' });
    const after = new EmbeddedPostingStore({ dataDir, clock: systemClock });
    expect((await after.getPartner('hook'))!.health.endpointDisabledAt).toBeNull();
    await after.close();
  });

  test.each([['sources'], ['partners']])('%s apply of an empty file says it is empty, exit 65', async (group) => {
    const file = join(dataDir, 'empty.yaml');
    writeFileSync(file, '\n  \n');
    const { code, stderr } = await jobrelay(env, [group, 'apply', file, '--dry-run']);
    expect(code).toBe(65);
    expect(stderr).toBe(`jobrelay: ${file} is empty\n`);
  });

  test('an unknown JOBRELAY_BACKEND is a configuration error in one line, exit 78', async () => {
    const { code, stderr } = await jobrelay({ ...env, JOBRELAY_BACKEND: 'bogus' }, ['sources', 'list']);
    expect(code).toBe(78);
    expect(oneLine(stderr)).toEqual([expect.stringMatching(/^jobrelay: .*JOBRELAY_BACKEND.*\(CONFIG\./)]);
  });

  test('a data folder that is a file names the path and the reason, exit 74', async () => {
    const file = join(dataDir, 'not-a-folder');
    writeFileSync(file, 'x');
    const { code, stderr } = await jobrelay({ ...env, JOBRELAY_DATA_DIR: file }, ['sources', 'list']);
    expect(code).toBe(74);
    expect(stderr).toBe(`jobrelay: cannot mkdir ${file}: already exists, not a folder\n`);
  });

  test('partners enable of an unknown id is one line pointing at partners list, exit 65', async () => {
    const { code, stderr } = await jobrelay(env, ['partners', 'enable', 'nope']);
    expect(code).toBe(65);
    expect(stderr).toBe('jobrelay: no partner "nope"; see `jobrelay partners list`\n');
  });
});
