import type { ConfigError } from '../../../shared/errors';

/**
 * The functions refuse to start on settings that break the stuck-syndication sweep's timing rule: a threshold
 * not longer than the longest function timeout plus the delivery lease would re-send pairs still in flight.
 * Loading `functions/index.ts` is what a cold start does.
 */

const SETTINGS = [
  'JOBRELAY_BACKEND',
  'JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS',
  'JOBRELAY_FUNCTION_TIMEOUT_SECONDS',
  'JOBRELAY_DELIVERY_LEASE_SECONDS',
];
const saved = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]));
afterEach(() => {
  for (const name of SETTINGS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

/** Loads the functions' entry module afresh under `env`, as a new instance would. */
function startWith(env: Record<string, string>): unknown {
  Object.assign(process.env, { JOBRELAY_BACKEND: 'embedded', ...env });
  let failure: unknown = null;
  jest.isolateModules(() => {
    try {
      require('../../../functions/index');
    } catch (error) {
      failure = error;
    }
  });
  return failure;
}

describe('function start-up', () => {
  it.each([
    [
      'the default function timeout and lease (540 s + 120 s)',
      { JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: '660' },
      660,
    ],
    [
      'a shorter timeout with a longer lease (60 s + 600 s)',
      {
        JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: '600',
        JOBRELAY_FUNCTION_TIMEOUT_SECONDS: '60',
        JOBRELAY_DELIVERY_LEASE_SECONDS: '600',
      },
      660,
    ],
  ])('refuses a stuck threshold not longer than %s with a ConfigError naming the rule', (_case, env, sum) => {
    const failure = startWith(env);
    // an isolated module registry has its own ConfigError class: compared by name
    expect(failure).toMatchObject({ name: 'ConfigError', code: 'CONFIG.INVALID_SETTINGS' });
    expect((failure as ConfigError).message).toContain(
      `JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: ${env.JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS} s must be longer than the longest function timeout`,
    );
    expect((failure as ConfigError).message).toContain(`i.e. more than ${sum} s`);
  });

  it('starts with a threshold one second longer than the timeout plus the lease', () => {
    expect(startWith({ JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: '661' })).toBeNull();
  });
});
