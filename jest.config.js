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
  projects: [
    project('unit'),
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
