'use strict';
// Four projects mirror test/: unit (pure, no I/O), integration (functions through the
// Functions Framework on embedded adapters), emulator (contract suites on the Firestore and
// Pub/Sub emulators) and e2e (production topology on the emulators). `npm test` runs them all
// with the emulators started by scripts/with-emulators.mjs.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  roots: ['<rootDir>/test/' + name],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  ...extra,
});

module.exports = {
  // Most suites wait on emulators, servers and child processes rather than compute: on a 2-core machine
  // Jest's default (cores - 1 = one worker) leaves the CPU idle while a slow emulator suite runs.
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
  // How long a worker may take to end after the last test file before Jest kills it and prints "A worker process
  // has failed to exit gracefully" (default 500 ms). A worker ends by letting its event loop drain, and Node then
  // frees the V8 heap page by page (Isolate teardown: munmap/mprotect, each a page-table update in this VM).
  // Measured with perf on a worker: ~1.1 ms of CPU per MB of heap, all in Heap::TearDown. At the end of the unit
  // project each worker holds 550–640 MB (mostly the test files' unreclaimed contexts), and at load 7–11 on the
  // 2 shared cores the one parser-fuzz file's 120 MB worker already took 0.25–0.6 s of wall time: Jest killed
  // workers that had no open handle and were only freeing memory. 10 s covers a suite-sized heap under that load;
  // a worker that truly hangs (a leaked handle or timer) is still killed and reported, only later.
  // test/integration/tooling/jest-worker-exit.test.ts runs Jest with this budget on a worker holding such a heap.
  workerGracefulExitTimeout: 10_000,
  projects: [
    project('unit', { setupFilesAfterEnv: ['<rootDir>/test/support/jest/timeout-unit.js'] }),
    project('integration', { setupFilesAfterEnv: ['<rootDir>/test/support/jest/timeout-integration.js'] }),
    project('emulator', {
      setupFilesAfterEnv: ['<rootDir>/test/support/jest/timeout-emulator.js'],
      globalSetup: '<rootDir>/test/support/require-emulators.js',
    }),
    project('e2e', {
      setupFilesAfterEnv: ['<rootDir>/test/support/jest/timeout-e2e.js'],
      globalSetup: '<rootDir>/test/support/require-emulators.js',
    }),
  ],
};
