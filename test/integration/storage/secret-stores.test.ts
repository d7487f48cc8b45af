import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedSecretStore } from '../../../shared/adapters/secrets/embedded-secret-store';
import { EnvSecretStore } from '../../../shared/adapters/secrets/env-secret-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobrelay-secrets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded secret store', () => {
  it('keeps secrets in the data folder, readable by the owner only', async () => {
    const secrets = new EmbeddedSecretStore({ dataDir: dir, env: {} });
    await secrets.set('acme-webhook', 'whsec_abc');
    expect(await secrets.get('secret:acme-webhook')).toBe('whsec_abc');
    expect(statSync(join(dir, 'secrets', 'acme-webhook')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'secrets')).mode & 0o777).toBe(0o700);
    expect(await secrets.list()).toEqual(['acme-webhook']);
    await secrets.delete('acme-webhook');
    expect(await secrets.get('secret:acme-webhook')).toBeNull();
  });

  it('reads env: references from the environment and answers null for what does not exist', async () => {
    const secrets = new EmbeddedSecretStore({ dataDir: dir, env: { ACME_KEY: 'k1' } });
    expect(await secrets.get('env:ACME_KEY')).toBe('k1');
    expect(await secrets.get('env:MISSING')).toBeNull();
    expect(await secrets.get('secret:missing')).toBeNull();
  });

  it('narrows a secret file someone made readable to others', async () => {
    const secrets = new EmbeddedSecretStore({ dataDir: dir, env: {} });
    mkdirSync(join(dir, 'secrets'), { recursive: true });
    writeFileSync(join(dir, 'secrets', 'loose'), 'value\n', { mode: 0o644 });
    expect(await secrets.get('secret:loose')).toBe('value');
    expect(statSync(join(dir, 'secrets', 'loose')).mode & 0o777).toBe(0o600);
  });
});

describe('env secret store (Cloud Functions: mounted Secret Manager secrets)', () => {
  it('reads a secret mounted as a volume (NAME/latest), before one exposed as a variable', async () => {
    mkdirSync(join(dir, 'acme-webhook'));
    writeFileSync(join(dir, 'acme-webhook', 'latest'), 'from-volume\n');
    const secrets = new EnvSecretStore({ secretsDir: dir, env: { JOBRELAY_SECRET_ACME_WEBHOOK: 'from-env' } });
    expect(await secrets.get('secret:acme-webhook')).toBe('from-volume');
  });

  it('reads a secret exposed as an environment variable when none is mounted', async () => {
    const secrets = new EnvSecretStore({
      secretsDir: dir,
      env: { JOBRELAY_SECRET_ACME_WEBHOOK: 'from-env', PLAIN: 'p' },
    });
    expect(await secrets.get('secret:acme-webhook')).toBe('from-env');
    expect(await secrets.get('env:PLAIN')).toBe('p');
    expect(await secrets.get('secret:other')).toBeNull();
  });

  it('picks up a rotated secret file once the cache has expired', async () => {
    let now = 0;
    writeFileSync(join(dir, 'key'), 'v1');
    const secrets = new EnvSecretStore({ secretsDir: dir, env: {}, cacheMs: 60_000, now: () => now });
    expect(await secrets.get('secret:key')).toBe('v1');
    writeFileSync(join(dir, 'key'), 'v2');
    expect(await secrets.get('secret:key')).toBe('v1');
    now = 61_000;
    expect(await secrets.get('secret:key')).toBe('v2');
  });
});
