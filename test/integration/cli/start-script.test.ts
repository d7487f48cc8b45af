import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm start` (scripts/start.mjs) under a supervisor: killing the process that started it (npm's `sh -c`, which
 * does not pass signals on) must not leave the local server running with nobody to stop it.
 */

const ROOT = join(__dirname, '..', '..', '..');
// start.mjs may rebuild dist/ first: generous on a shared, loaded machine.
jest.setTimeout(300_000);

let dir: string;
let group: ChildProcess | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobrelay-start-'));
});
afterAll(() => {
  // whatever the outcome, nothing this test started outlives it (its own process group)
  if (group?.pid) {
    try {
      process.kill(-group.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves with the server's URL once start.mjs prints it. */
function runningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`start.mjs ended (${code}) before serving: ${out}`)));
  });
}

/** true while something answers HTTP at `url`. */
const answers = (url: string) =>
  new Promise<boolean>((resolve) => {
    const req = request(url, { timeout: 5_000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });

async function untilClosed(url: string, attempts: number): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (!(await answers(url))) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

test('the local server stops when the shell that ran npm start is killed', async () => {
  // `; :` keeps sh as the parent (it would otherwise exec node), as npm's `sh -c` is
  group = spawn('sh', ['-c', 'node scripts/start.mjs --no-demo --port 0; :'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, JOBRELAY_DATA_DIR: join(dir, 'data'), PORT: '' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await runningUrl(group);
  expect(await answers(url)).toBe(true);

  process.kill(group.pid!, 'SIGKILL');

  expect(await untilClosed(url, 120)).toBe(true);
});
