import { existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStore } from '../../shared/ports/secret-store.port';

/** The local secrets file inside the data folder (DESIGN §6: secrets live in the data folder when embedded). */
export const SECRETS_FILE = 'secrets.json';

/**
 * Secrets of the local server: `secret:NAME` reads `NAME` from `{dataDir}/secrets.json` (readable by its
 * owner only), `env:NAME` the environment. Read on every call, so `jobrelay partners apply` or an edit
 * takes effect without a restart.
 */
export function localSecretStore(dataDir: string, env: Record<string, string | undefined> = process.env): SecretStore {
  return {
    async get(ref) {
      const [scheme, name] = ref.split(/:(.*)/s) as [string, string | undefined];
      if (!name) return null;
      if (scheme === 'env') return env[name] ?? null;
      if (scheme !== 'secret') return null;
      return readSecrets(dataDir)[name] ?? null;
    },
  };
}

function readSecrets(dataDir: string): Record<string, string> {
  const file = join(dataDir, SECRETS_FILE);
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
}

/** Adds secrets to the file (kept: names already there). */
export function writeLocalSecrets(dataDir: string, values: Record<string, string>): void {
  const file = join(dataDir, SECRETS_FILE);
  writeFileSync(file, JSON.stringify({ ...readSecrets(dataDir), ...values }, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
}
