import type { Backend } from '../../shared/adapters/create-backend';
import { parseSettings, type Settings } from '../../shared/schema/settings';
import { backendEnv } from '../backend-env';
import type { CliIo } from '../cli-io';

/**
 * Opens the backend the environment chooses (embedded by default; Firestore + Pub/Sub with emulator hosts
 * or in GCP), runs `work`, and closes it. Loaded lazily: only commands that need a backend pay for the cloud
 * SDKs. Secrets resolve from the same environment the settings were read from.
 */
export async function withBackend<T>(
  io: CliIo,
  work: (backend: Backend, settings: Settings) => Promise<T>,
): Promise<T> {
  const env = backendEnv(io);
  const settings = parseSettings(env);
  const { createBackend } =
    require('../../shared/adapters/create-backend') as typeof import('../../shared/adapters/create-backend');
  const backend = await createBackend(settings, { env });
  try {
    return await work(backend, settings);
  } finally {
    await backend.close();
  }
}
