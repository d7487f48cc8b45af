import { backendEnv, EMULATOR_DEMO_PROJECT } from '../../../cli/backend-env';
import { fakeIo } from './fake-io';

const EMULATORS = { FIRESTORE_EMULATOR_HOST: '127.0.0.1:8081', PUBSUB_EMULATOR_HOST: '127.0.0.1:8085' };

function ioWith(env: Record<string, string | undefined>) {
  const io = fakeIo({});
  io.env = env;
  return io;
}

describe('the project id a command opens its backend with', () => {
  test('on the emulators without a project, it is the demo project, said once on stderr', () => {
    const io = ioWith({ ...EMULATORS });
    expect(backendEnv(io).GOOGLE_CLOUD_PROJECT).toBe(EMULATOR_DEMO_PROJECT);
    expect(backendEnv(io).GOOGLE_CLOUD_PROJECT).toBe(EMULATOR_DEMO_PROJECT);
    expect(io.err()).toBe(
      `jobrelay: note: GOOGLE_CLOUD_PROJECT is not set; using ${EMULATOR_DEMO_PROJECT} on the emulators\n`,
    );
    expect(io.env.GOOGLE_CLOUD_PROJECT).toBeUndefined();
  });

  test('an empty GOOGLE_CLOUD_PROJECT on the emulators counts as unset', () => {
    const io = ioWith({ ...EMULATORS, GOOGLE_CLOUD_PROJECT: '' });
    expect(backendEnv(io).GOOGLE_CLOUD_PROJECT).toBe(EMULATOR_DEMO_PROJECT);
  });

  test.each([
    ['a project set with the emulators', { ...EMULATORS, GOOGLE_CLOUD_PROJECT: 'demo-mine' }],
    ['GCLOUD_PROJECT set with the emulators', { ...EMULATORS, GCLOUD_PROJECT: 'demo-other' }],
    ['no emulator hosts (a real project is never guessed)', {}],
    ['only the Firestore emulator host', { FIRESTORE_EMULATOR_HOST: '127.0.0.1:8081' }],
    ['only the Pub/Sub emulator host', { PUBSUB_EMULATOR_HOST: '127.0.0.1:8085' }],
  ])('with %s, the environment is left as it is and nothing is printed', (_, env) => {
    const io = ioWith(env);
    expect(backendEnv(io)).toEqual(env);
    expect(io.err()).toBe('');
  });
});
