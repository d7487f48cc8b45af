import { describe as describeRunning } from '../../../cli/commands/serve';
import type { RunningServer } from '../../../cli/serve/start-local-server';

/** A started server as `describe` reads it: only the fields it prints. */
const runningOn = (mode: 'embedded' | 'emulators'): RunningServer =>
  ({
    url: 'http://127.0.0.1:8080',
    credentials: { hrKey: 'jr_hr_x', adminKey: 'jr_admin_x' },
    demo: null,
    local: { mode, settings: { JOBRELAY_DATA_DIR: '.data' } },
  }) as unknown as RunningServer;

describe('what jobrelay serve says about where the data lives', () => {
  test.each([
    ['embedded', 'embedded store in .data/', 'the data stays in .data/.'],
    ['emulators', 'Firestore and Pub/Sub emulators', 'the data lives in the emulators, and goes when they stop.'],
  ] as const)('on the %s backend it names the store and what Ctrl-C leaves behind', (mode, store, after) => {
    const text = describeRunning(runningOn(mode));
    expect(text).toContain(`Jobrelay is running on http://127.0.0.1:8080 (${store})`);
    expect(text).toContain(`Ctrl-C stops it; ${after}`);
  });
});
