import { chooseBackend } from '../../../shared/adapters/create-backend';
import { secretEnvName } from '../../../shared/adapters/secrets/env-secret-store';
import { parseSecretRef } from '../../../shared/adapters/secrets/secret-ref';
import { parseSettings } from '../../../shared/schema/settings';

describe('choosing a backend from settings', () => {
  it.each([
    ['nothing set', {}, 'embedded'],
    ['JOBRELAY_BACKEND=google', { JOBRELAY_BACKEND: 'google' }, 'google'],
    [
      'JOBRELAY_BACKEND=embedded beside emulator hosts',
      { JOBRELAY_BACKEND: 'embedded', FIRESTORE_EMULATOR_HOST: 'h:1', PUBSUB_EMULATOR_HOST: 'h:2' },
      'embedded',
    ],
    ['both emulator hosts', { FIRESTORE_EMULATOR_HOST: 'h:1', PUBSUB_EMULATOR_HOST: 'h:2' }, 'google'],
    ['Cloud Run (K_SERVICE)', { K_SERVICE: 'ingest-posting' }, 'google'],
  ])('with %s it is %s', (_label, env, expected) => {
    expect(chooseBackend(parseSettings(env))).toBe(expected);
  });

  it('stops start-up when only one emulator host is set', () => {
    expect(() => chooseBackend(parseSettings({ FIRESTORE_EMULATOR_HOST: 'h:1' }))).toThrow(
      expect.objectContaining({ name: 'ConfigError', code: 'CONFIG.HALF_EMULATED' }),
    );
  });
});

describe('secret references', () => {
  it.each([
    ['secret:acme-webhook', { kind: 'secret', name: 'acme-webhook' }],
    ['env:ACME_KEY', { kind: 'env', name: 'ACME_KEY' }],
  ])('reads %s', (ref, expected) => {
    expect(parseSecretRef(ref)).toEqual(expected);
  });

  it.each(['acme', 'secret:', 'secret:../etc/passwd', 'secret:..', 'vault:x'])('refuses %s', (ref) => {
    expect(() => parseSecretRef(ref)).toThrow(expect.objectContaining({ code: 'SECRET.BAD_REFERENCE' }));
  });

  it('names the environment variable a mounted secret may be exposed as', () => {
    expect(secretEnvName('partner-acme.webhook')).toBe('JOBRELAY_SECRET_PARTNER_ACME_WEBHOOK');
  });
});
