#!/usr/bin/env node
// `npm test`: the whole suite (unit, integration, emulator, e2e) with the emulators started and stopped here.
// Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
import { ensureChromium } from './ensure-chromium.mjs';
import { withEmulators } from './with-emulators.mjs';

const args = process.argv.slice(2);
const ci = process.env.CI === 'true';
const jestArgs = [...(ci ? ['--ci'] : []), ...args];
// the console's browser test (test/e2e/console-browser.test.ts) drives it; if it cannot be had, that test fails
try {
  ensureChromium();
} catch (error) {
  console.error(error.message);
}
process.exit(await withEmulators('node_modules/.bin/jest', jestArgs));
