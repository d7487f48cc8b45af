import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { SecretStore } from '../../ports/secret-store.port';
import { parseSecretRef, trimSecret } from './secret-ref';

/**
 * Secrets in the local data folder (DESIGN §6: embedded): one file per secret in `{dataDir}/secrets/`,
 * the folder 0700 and each file 0600, written atomically (temporary file, then rename). `env:NAME` reads the
 * environment. `jobrelay` commands set them; values never reach logs.
 */
export class EmbeddedSecretStore implements SecretStore {
  private readonly dir: string;

  constructor(options: { dataDir: string; env?: Record<string, string | undefined> }) {
    this.dir = join(options.dataDir, 'secrets');
    this.env = options.env ?? process.env;
  }

  private readonly env: Record<string, string | undefined>;

  async get(ref: string): Promise<string | null> {
    const { kind, name } = parseSecretRef(ref);
    if (kind === 'env') return this.env[name] ?? null;
    const file = join(this.dir, name);
    if (!existsSync(file)) return null;
    // a file someone made readable to others is narrowed back: these are signing keys
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return trimSecret(readFileSync(file, 'utf8'));
  }

  /** Stores a `secret:NAME` value. */
  async set(name: string, value: string): Promise<void> {
    parseSecretRef(`secret:${name}`);
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
    const temporary = join(this.dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(temporary, value, { mode: 0o600 });
    renameSync(temporary, join(this.dir, name));
  }

  async delete(name: string): Promise<void> {
    parseSecretRef(`secret:${name}`);
    rmSync(join(this.dir, name), { force: true });
  }

  /** Names of the stored secrets (never their values). */
  async list(): Promise<string[]> {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((name) => !name.startsWith('.'))
      .sort();
  }
}
