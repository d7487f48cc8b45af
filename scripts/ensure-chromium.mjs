#!/usr/bin/env node
// The browser the console's browser test drives (test/e2e/console-browser.test.ts): JOBRELAY_CHROMIUM, or
// Debian's /usr/bin/chromium, installed here with apt-get when it is missing and we are root (CI on these
// machines runs as root). GitHub's runners set JOBRELAY_CHROMIUM=/usr/bin/google-chrome. A browser that is
// still missing is an error, never a skipped test. Prints the browser's path.
//
//   node scripts/ensure-chromium.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const chromiumPath = () => process.env.JOBRELAY_CHROMIUM || '/usr/bin/chromium';

function aptGet(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** Returns the browser's path, installing Debian's chromium first when it is missing and we may. */
export function ensureChromium({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!process.env.JOBRELAY_CHROMIUM && root) {
    log(`ensure-chromium: ${path} is missing; installing Debian's chromium (apt-get)…`);
    const installed =
      aptGet(['install', '-y', '-qq', '--no-install-recommends', 'chromium']) ||
      (aptGet(['update', '-qq']) && aptGet(['install', '-y', '-qq', '--no-install-recommends', 'chromium']));
    if (installed && existsSync(path)) return path;
  }
  const how = root
    ? 'apt-get install chromium failed'
    : 'run `apt-get install chromium` as root, or set JOBRELAY_CHROMIUM';
  throw new Error(`ensure-chromium: no browser at ${path} (${how})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
