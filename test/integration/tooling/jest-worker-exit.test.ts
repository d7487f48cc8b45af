import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Jest's workers end after the last test file by letting their event loop drain; Node then frees the V8 heap
 * page by page, which for the heap a worker holds at the end of the unit project takes longer than Jest's
 * default 500 ms on this machine, and Jest then kills a worker with no open handle and prints "A worker process
 * has failed to exit gracefully". This runs Jest with the project's own budget (`jest.config.js`) on a worker
 * holding such a heap and expects it to end on its own.
 */

jest.setTimeout(180_000);

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'test/support/jest/worker-exit');
const { workerGracefulExitTimeout } = require(join(ROOT, 'jest.config.js')) as { workerGracefulExitTimeout?: number };

function runFixtures() {
  const config = {
    rootDir: FIXTURES,
    testMatch: ['<rootDir>/*.fixture.js'],
    testEnvironment: 'node',
    transform: {},
    maxWorkers: 2,
    ...(workerGracefulExitTimeout === undefined ? {} : { workerGracefulExitTimeout }),
  };
  return spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/jest/bin/jest.js'), '--config', JSON.stringify(config), '--ci'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 170_000 },
  );
}

describe("jest's worker processes", () => {
  it('end on their own within the configured budget while freeing a suite-sized heap', () => {
    const run = runFixtures();
    const output = `${run.stdout}\n${run.stderr}`;

    expect(output).toMatch(/Tests:\s+2 passed, 2 total/);
    expect(run.status).toBe(0);
    expect(output).not.toMatch(/failed to exit gracefully/);
  });
});
