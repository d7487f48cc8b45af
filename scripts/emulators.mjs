// Starts and stops the Firestore and Pub/Sub emulators on free loopback ports.
// Used by scripts/with-emulators.mjs (and so `npm test`) and by tests that restart an emulator.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEMO_PROJECT = 'demo-jobrelay';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let sdkRoot;
const hasEmulators = (root) =>
  Boolean(root) &&
  existsSync(join(root, 'platform/pubsub-emulator')) &&
  existsSync(join(root, 'platform/cloud-firestore-emulator'));

/** The Google Cloud SDK installation that has both emulators (the one on PATH first, then known folders). */
export function gcloudSdkRoot() {
  if (sdkRoot) return sdkRoot;
  let onPath = null;
  try {
    onPath = execFileSync('gcloud', ['info', '--format=value(installation.sdk_root)'], { encoding: 'utf8' }).trim();
  } catch {
    // no gcloud on PATH
  }
  for (const candidate of [process.env.CLOUDSDK_ROOT_DIR, onPath, '/usr/lib/google-cloud-sdk']) {
    if (hasEmulators(candidate)) return (sdkRoot = candidate);
  }
  throw new Error(
    'the Firestore and Pub/Sub emulators were not found: install the Google Cloud CLI with the ' +
      'cloud-firestore-emulator and pubsub-emulator components (and Java 17+)',
  );
}

function commandFor(kind, port) {
  const root = gcloudSdkRoot();
  if (kind === 'firestore') {
    const direct = join(root, 'platform/cloud-firestore-emulator/cloud_firestore_emulator');
    if (existsSync(direct))
      return [direct, ['start', `--host=127.0.0.1`, `--port=${port}`, '--database-mode=firestore-native']];
    return ['gcloud', ['emulators', 'firestore', 'start', `--host-port=127.0.0.1:${port}`]];
  }
  return [join(root, 'platform/pubsub-emulator/bin/cloud-pubsub-emulator'), ['--host=127.0.0.1', `--port=${port}`]];
}

async function waitUntilReady(port, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '(no log)';
  throw new Error(`emulator on port ${port} did not start (exit ${child.exitCode}); last log lines:\n${log}`);
}

/**
 * Starts one emulator ('firestore' | 'pubsub') in its own process group.
 * Returns { kind, host, port, pid, stop() }; stop() kills only the processes it started.
 */
export async function startEmulator(kind, { port, timeoutMs = 90_000 } = {}) {
  const chosen = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), `jobrelay-${kind}-`));
  const logFile = join(dir, 'emulator.log');
  const out = openSync(logFile, 'a');
  const [cmd, args] = commandFor(kind, chosen);
  const child = spawn(cmd, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, CLOUDSDK_CORE_DISABLE_PROMPTS: '1' },
  });
  child.unref();
  const emulator = {
    kind,
    port: chosen,
    host: `127.0.0.1:${chosen}`,
    pid: child.pid,
    logFile,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilReady(chosen, child, logFile, timeoutMs);
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  return emulator;
}

/** Environment that points the Google clients at the emulators. */
export function emulatorEnv(firestore, pubsub) {
  return {
    FIRESTORE_EMULATOR_HOST: firestore.host,
    PUBSUB_EMULATOR_HOST: pubsub.host,
    GOOGLE_CLOUD_PROJECT: DEMO_PROJECT,
    GCLOUD_PROJECT: DEMO_PROJECT,
    METADATA_SERVER_DETECTION: 'none',
  };
}
