'use strict';
// Emulator-backed projects never skip: without running emulators they fail loudly.
// `npm test` (scripts/test.mjs) and scripts/with-emulators.mjs start them and set these variables.
module.exports = async function requireEmulators() {
  const missing = ['FIRESTORE_EMULATOR_HOST', 'PUBSUB_EMULATOR_HOST'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `emulator tests need ${missing.join(' and ')}; run them through \`npm test\` or ` +
        '`node scripts/with-emulators.mjs jest --selectProjects emulator`',
    );
  }
};
