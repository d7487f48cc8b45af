#!/usr/bin/env node
// `npm run reliability [-- --duration S --partner-down S --fuzz-runs N --only a,b --suites x,y]`: the reliability and
// security campaign (test/reliability/run-campaign.ts, from the TypeScript sources). It starts the Firestore
// and Pub/Sub emulators it needs (scripts/emulators.mjs) and stops them; prints the results table.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', join(root, 'test/reliability/run-campaign.ts'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
