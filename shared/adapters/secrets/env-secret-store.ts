import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStore } from '../../ports/secret-store.port';
import { parseSecretRef, trimSecret } from './secret-ref';

export interface EnvSecretOptions {
  env?: Record<string, string | undefined>;
  /** where Secret Manager volumes are mounted (`JOBRELAY_SECRETS_DIR`, default `/etc/secrets`) */
  secretsDir?: string;
  /** how long a value read from a file is reused, so a rotated secret is picked up without a restart */
  cacheMs?: number;
  now?: () => number;
}

/** The environment variable a `secret:NAME` may be exposed as: `JOBRELAY_SECRET_` + NAME in upper case, `_` for others. */
export const secretEnvName = (name: string): string =>
  `JOBRELAY_SECRET_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/**
 * Secrets in Cloud Functions (gen2) without a Secret Manager client: Terraform exposes each secret the function
 * needs either as a mounted volume — `secret_volumes { mount_path = "/etc/secrets/NAME", versions { version =
 * "latest", path = "latest" } }`, read here from `{secretsDir}/NAME/latest` (or a file `{secretsDir}/NAME`), and
 * re-read after `cacheMs` so rotation needs no redeploy — or as an environment variable
 * (`secret_environment_variables { key = "JOBRELAY_SECRET_NAME" }`), fixed when the instance starts. Files win
 * over variables. `env:NAME` reads the variable NAME.
 */
export class EnvSecretStore implements SecretStore {
  private readonly env: Record<string, string | undefined>;
  private readonly dir: string;
  private readonly cacheMs: number;
  private readonly now: () => number;
  private readonly cache = new Map<string, { value: string | null; at: number }>();

  constructor(options: EnvSecretOptions = {}) {
    this.env = options.env ?? process.env;
    this.dir = options.secretsDir ?? '/etc/secrets';
    this.cacheMs = options.cacheMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  async get(ref: string): Promise<string | null> {
    const { kind, name } = parseSecretRef(ref);
    if (kind === 'env') return this.env[name] ?? null;
    const cached = this.cache.get(name);
    if (cached && this.now() - cached.at < this.cacheMs) return cached.value;
    const value = this.readMounted(name) ?? this.env[secretEnvName(name)] ?? null;
    this.cache.set(name, { value, at: this.now() });
    return value;
  }

  private readMounted(name: string): string | null {
    const path = join(this.dir, name);
    if (!existsSync(path)) return null;
    const file = statSync(path).isDirectory() ? join(path, 'latest') : path;
    return existsSync(file) ? trimSecret(readFileSync(file, 'utf8')) : null;
  }
}
