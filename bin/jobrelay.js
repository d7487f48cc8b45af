#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm install` through `prepare`).
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist', 'cli', 'main.js');
try {
  require.resolve(entry);
} catch {
  process.stderr.write('jobrelay: not built yet; run `npm install` (or `npm run build`) in the project root\n');
  process.exit(70);
}
require('./stale-build').warnIfStale(root, entry, (line) => process.stderr.write(line));
require(entry);
