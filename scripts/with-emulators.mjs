#!/usr/bin/env node
// Runs a command with the Firestore and Pub/Sub emulators started on free loopback ports,
// then stops them (only the processes it started), and exits with the command's status.
//   node scripts/with-emulators.mjs jest --selectProjects emulator
// When both FIRESTORE_EMULATOR_HOST and PUBSUB_EMULATOR_HOST are already set, it runs the command as is.
import { spawn } from 'node:child_process';
import { emulatorEnv, startEmulator } from './emulators.mjs';

export async function withEmulators(command, args, extraEnv = {}) {
  const started = [];
  let env = { ...process.env, ...extraEnv };
  if (!(env.FIRESTORE_EMULATOR_HOST && env.PUBSUB_EMULATOR_HOST)) {
    const t0 = Date.now();
    try {
      const [firestore, pubsub] = await Promise.all([startEmulator('firestore'), startEmulator('pubsub')]);
      started.push(firestore, pubsub);
      env = { ...env, ...emulatorEnv(firestore, pubsub) };
      process.stderr.write(
        `emulators: firestore ${firestore.host}, pubsub ${pubsub.host} (ready in ${Date.now() - t0} ms)\n`,
      );
    } catch (error) {
      for (const e of started) await e.stop();
      process.stderr.write(`emulators failed to start: ${error.message}\n`);
      return 1;
    }
  }
  const stopAll = async () => {
    for (const e of started) await e.stop();
  };
  const child = spawn(command, args, { stdio: 'inherit', env, shell: false });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise((resolve) => {
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      process.stderr.write(`cannot run ${command}: ${error.message}\n`);
      resolve(127);
    });
  });
  await stopAll();
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    process.stderr.write('usage: node scripts/with-emulators.mjs COMMAND [ARGS...]\n');
    process.exit(2);
  }
  const resolved = command === 'jest' ? 'node_modules/.bin/jest' : command;
  process.exit(await withEmulators(resolved, args));
}
