#!/usr/bin/env node
// `npm start`: the whole pipeline on this machine (DESIGN §5). Builds dist/ when it is missing or older than
// the sources, then runs `jobrelay serve --demo` on 127.0.0.1 (PORT, default 8080). Extra arguments go to
// `jobrelay serve`, e.g. `npm start -- --port 0`. With FIRESTORE_EMULATOR_HOST and PUBSUB_EMULATOR_HOST
// set, the same command uses the emulators.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist/cli/main.js');

/** The newest modification time of the TypeScript sources that go into dist/. */
function newestSource(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (name.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(entry) ||
  ['shared', 'functions', 'cli'].some((d) => newestSource(join(root, d)) > statSync(entry).mtimeMs);
if (stale) {
  process.stdout.write('building (npm run build)…\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  // tsc still emits on type errors: run what was built, but say so
  if (build.status !== 0 && !existsSync(entry)) process.exit(build.status ?? 1);
  if (build.status !== 0) process.stderr.write('warning: the build reported errors; starting what it emitted\n');
}

const args = process.argv.slice(2);
const child = spawn(
  process.execPath,
  [entry, 'serve', ...(args.includes('--no-demo') ? args.filter((a) => a !== '--no-demo') : ['--demo', ...args])],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

// `kill <npm's pid>` (a supervisor, a CI step) ends npm and its `sh -c`, which does not pass the signal on:
// this script is re-parented and would keep the server running with nobody left to stop it. Stop with the parent.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) child.kill('SIGTERM');
}, 1000).unref();
