import type { Backend } from '../../functions/lib/runtime';
import { parseSettings, type Settings } from '../../shared/schema/settings';
import { backendEnv } from '../backend-env';
import type { CliIo } from '../cli-io';

/**
 * Opens the backend the environment chooses (embedded by default; Firestore + Pub/Sub with emulator hosts
 * or in GCP), runs `work`, and closes it. Loaded lazily: only commands that need a backend pay for it.
 */
export async function withBackend<T>(
  io: CliIo,
  work: (backend: Backend, settings: Settings) => Promise<T>,
): Promise<T> {
  const settings = parseSettings(backendEnv(io));
  const { createBackend } = require('../../shared/adapters/create-backend') as {
    createBackend(settings: Settings): Promise<Backend>;
  };
  const backend = await createBackend(settings);
  try {
    return await work(backend, settings);
  } finally {
    await backend.close();
  }
}
