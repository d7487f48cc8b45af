import { createCloudLogger } from '../../shared/adapters/logging/cloud-logger';
import type { Logger } from '../../shared/ports/logger.port';
import { googleIndexingToken } from './google-indexing-auth';
import type { AdapterDeps } from './http-adapter';
import { assembleRuntime, once, processSettings, type Backend, type Runtime } from './runtime';
import type { FunctionSettings } from './settings';

/**
 * The runtime of a deployed function: settings from the environment (parsed once; a bad value fails the
 * first invocation with every problem listed), the backend they choose (Firestore + Pub/Sub in the cloud
 * and on the emulators, embedded otherwise), created on the first invocation and reused after.
 */
let factory: () => Promise<Runtime> = buildFromEnvironment;

/** The instance's runtime, built on first use. */
export const defaultRuntime = once(() => factory());

/**
 * Replaces how the default runtime is built (before its first use): integration tests run the registered
 * functions over an embedded backend in a temporary folder.
 */
export function useRuntimeFactory(build: () => Promise<Runtime>): void {
  if (defaultRuntime.started())
    throw new Error('the runtime is already built; replace the factory before the first invocation');
  factory = build;
}

let logger: Logger | null = null;

/** What the HTTP adapter needs before (and without) a runtime: the logger and the body limit. */
export const adapterDeps: AdapterDeps = {
  logger: () => (logger ??= createCloudLogger({ level: processSettings().JOBRELAY_LOG_LEVEL })),
  maxBodyBytes: () => processSettings().JOBRELAY_MAX_BODY_BYTES,
  project: () => processSettings().GOOGLE_CLOUD_PROJECT,
};

async function buildFromEnvironment(): Promise<Runtime> {
  const settings = processSettings();
  const backend = await loadBackend(settings);
  const indexingToken = settings.K_SERVICE ? googleIndexingToken() : undefined;
  return assembleRuntime({ settings, backend, logger: adapterDeps.logger(), indexingToken });
}

/** The backend the settings choose (one per process), loaded on first use so cloud SDKs load only where used. */
export async function loadBackend(settings: FunctionSettings): Promise<Backend> {
  const { getBackend } =
    require('../../shared/adapters/create-backend') as typeof import('../../shared/adapters/create-backend');
  return getBackend(settings, { logger: adapterDeps.logger() });
}
