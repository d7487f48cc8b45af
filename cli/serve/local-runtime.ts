import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedEventBus } from '../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../shared/adapters/embedded/embedded-posting-store';
import type { Logger } from '../../shared/ports/logger.port';
import { generateApiKey, hashApiKey } from '../../functions/lib/api-keys';
import { loadBackend } from '../../functions/lib/default-runtime';
import { assembleRuntime, type Runtime } from '../../functions/lib/runtime';
import { parseFunctionSettings, type FunctionSettings } from '../../functions/lib/settings';
import { localSecretStore } from './local-secrets';

/** The keys the local server prints for the demo; kept in the data folder (readable by its owner only). */
export interface LocalCredentials {
  hrKey: string;
  adminKey: string;
}

const CREDENTIALS_FILE = 'local-credentials.json';

/** Reads the local API keys, creating them on first start. */
export function localCredentials(dataDir: string): LocalCredentials {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, CREDENTIALS_FILE);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalCredentials;
  const credentials = { hrKey: generateApiKey('hr'), adminKey: generateApiKey('admin') };
  writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  return credentials;
}

export interface LocalRuntime {
  runtime: Runtime;
  /** the embedded bus (null on the emulators, where Pub/Sub pushes to the server) */
  bus: EmbeddedEventBus | null;
  mode: 'embedded' | 'emulators';
  settings: FunctionSettings;
}

/**
 * The runtime of `jobrelay serve`: the embedded store and bus in the data folder, or Firestore and Pub/Sub
 * when both emulator hosts are set. Local API keys are added to whatever keys the environment names.
 */
export async function buildLocalRuntime(
  env: Record<string, string | undefined>,
  options: { credentials: LocalCredentials; publicBaseUrl: string; allowHosts: string[]; logger: Logger },
): Promise<LocalRuntime> {
  const base = parseFunctionSettings(env);
  const emulators = Boolean(base.FIRESTORE_EMULATOR_HOST && base.PUBSUB_EMULATOR_HOST);
  const settings: FunctionSettings = {
    ...base,
    JOBRELAY_BACKEND: emulators ? 'google' : 'embedded',
    JOBRELAY_PUBLIC_BASE_URL: base.JOBRELAY_PUBLIC_BASE_URL ?? options.publicBaseUrl,
    JOBRELAY_FETCH_ALLOW_HOSTS: [...base.JOBRELAY_FETCH_ALLOW_HOSTS, ...options.allowHosts],
    JOBRELAY_SECRETS_HR_API_KEYS: {
      ...base.JOBRELAY_SECRETS_HR_API_KEYS,
      local: hashApiKey(options.credentials.hrKey),
    },
    JOBRELAY_SECRETS_ADMIN_API_KEYS: {
      ...base.JOBRELAY_SECRETS_ADMIN_API_KEYS,
      local: hashApiKey(options.credentials.adminKey),
    },
  };
  const dataDir = settings.JOBRELAY_DATA_DIR;
  if (emulators) {
    const backend = await loadBackend(settings);
    // secrets stay in the data folder locally, whichever store holds the postings
    const runtime = assembleRuntime({
      settings,
      backend: { ...backend, secrets: localSecretStore(dataDir) },
      logger: options.logger,
    });
    return { runtime, bus: null, mode: 'emulators', settings };
  }
  const store = new EmbeddedPostingStore({ dataDir });
  const bus = new EmbeddedEventBus({ dataDir, logger: options.logger });
  const backend = {
    store,
    bus,
    secrets: localSecretStore(dataDir),
    close: async () => {
      await bus.close();
      await store.close();
    },
  };
  return { runtime: assembleRuntime({ settings, backend, logger: options.logger }), bus, mode: 'embedded', settings };
}
