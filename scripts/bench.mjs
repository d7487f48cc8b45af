#!/usr/bin/env node
// `npm run bench -- <name> [args]`: runs bench/<name>.ts (normalize, refresh, fetch, feed, http, …) from the
// TypeScript sources through @swc-node/register, so a benchmark always measures the code as it is now, with no
// build step to forget. `npm run bench` alone runs every benchmark in bench/ one after another.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes('-'))
  .map((f) => f.slice(0, -3))
  .sort();
const [name, ...args] = process.argv.slice(2);

function run(bench, benchArgs) {
  console.log(`\n== bench: ${bench} ==`);
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(benchDir, `${bench}.ts`), ...benchArgs],
    { cwd: root, stdio: 'inherit' },
  );
  return result.status ?? 1;
}

if (!name) {
  let failed = 0;
  for (const bench of available) failed += run(bench, []) === 0 ? 0 : 1;
  process.exit(failed ? 1 : 0);
}
if (!existsSync(join(benchDir, `${name}.ts`))) {
  console.error(`bench: no benchmark "${name}" (available: ${available.join(', ') || 'none'})`);
  process.exit(64);
}
process.exit(run(name, args));
