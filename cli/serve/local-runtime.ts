import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../shared/adapters/create-backend';
import type { EmbeddedEventBus } from '../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedSecretStore } from '../../shared/adapters/secrets/embedded-secret-store';
import type { Logger } from '../../shared/ports/logger.port';
import { generateApiKey, hashApiKey } from '../../functions/lib/api-keys';
import { assembleRuntime, type Runtime } from '../../functions/lib/runtime';
import { parseFunctionSettings, type FunctionSettings } from '../../functions/lib/settings';

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
    // the local server binds 127.0.0.1 only: its console is open there (set JOBRELAY_CONSOLE_AUTH=api-key to try the login)
    JOBRELAY_CONSOLE_AUTH: env.JOBRELAY_CONSOLE_AUTH ? base.JOBRELAY_CONSOLE_AUTH : 'loopback',
    JOBRELAY_SECRETS_HR_API_KEYS: {
      ...base.JOBRELAY_SECRETS_HR_API_KEYS,
      local: hashApiKey(options.credentials.hrKey),
    },
    JOBRELAY_SECRETS_ADMIN_API_KEYS: {
      ...base.JOBRELAY_SECRETS_ADMIN_API_KEYS,
      local: hashApiKey(options.credentials.adminKey),
    },
  };
  const backend = await createBackend(settings, { logger: options.logger });
  // secrets stay in the data folder locally, whichever store holds the postings
  const secrets = new EmbeddedSecretStore({ dataDir: settings.JOBRELAY_DATA_DIR, env });
  const runtime = assembleRuntime({ settings, backend: { ...backend, secrets }, logger: options.logger });
  return { runtime, bus: backend.embeddedBus, mode: emulators ? 'emulators' : 'embedded', settings };
}
