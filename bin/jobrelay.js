#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm install` through `prepare`).
try {
  require.resolve('../dist/cli/main.js');
} catch {
  process.stderr.write('jobrelay: not built yet; run `npm install` (or `npm run build`) in the project root\n');
  process.exit(70);
}
require('../dist/cli/main.js');
