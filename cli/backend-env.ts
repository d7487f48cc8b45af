import type { CliIo } from './cli-io';
import { parseLogLevel } from './cli-logger';

/**
 * The project id the CLI uses on the emulators when none is set: the one `scripts/with-emulators.mjs` sets
 * (scripts/emulators.mjs DEMO_PROJECT). Google's emulator docs recommend `demo-` ids: no real project has
 * them, so a request that misses the emulator cannot reach a real one.
 */
export const EMULATOR_DEMO_PROJECT = 'demo-jobrelay';

const noted = new WeakSet<CliIo>();

/**
 * The environment a command opens its backend with. With both emulator hosts set and no project (the Google
 * clients would otherwise die with "Unable to detect a Project Id"), the project defaults to
 * {@link EMULATOR_DEMO_PROJECT}, said once on stderr. Without emulator hosts the environment is unchanged:
 * a real project is never guessed.
 */
export function backendEnv(io: CliIo): Record<string, string | undefined> {
  const env = withSettingsLogLevel(io.env);
  // both hosts, as the backend choice needs them: with one, half the traffic would go to a real project
  const emulated = Boolean(env.FIRESTORE_EMULATOR_HOST && env.PUBSUB_EMULATOR_HOST);
  if (!emulated || env.GOOGLE_CLOUD_PROJECT || env.GCLOUD_PROJECT) return env;
  if (!noted.has(io)) {
    noted.add(io);
    io.stderr(`jobrelay: note: GOOGLE_CLOUD_PROJECT is not set; using ${EMULATOR_DEMO_PROJECT} on the emulators\n`);
  }
  return { ...env, GOOGLE_CLOUD_PROJECT: EMULATOR_DEMO_PROJECT };
}

/**
 * The CLI reads JOBRELAY_LOG_LEVEL as `info` or `warn` too (cli-logger.ts); the settings schema wants the
 * severity itself (`INFO`, `WARNING`), so the backend gets that spelling rather than an invalid-settings error.
 */
function withSettingsLogLevel(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const raw = env.JOBRELAY_LOG_LEVEL;
  const level = raw ? parseLogLevel(raw) : null;
  return level && level !== raw ? { ...env, JOBRELAY_LOG_LEVEL: level } : env;
}
