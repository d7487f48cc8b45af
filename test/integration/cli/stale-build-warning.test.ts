import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npx jobrelay` runs the compiled dist/: after a `git pull` or an edit it must say, once, that the sources are
 * newer than the build, and stay silent where there is nothing to compare (an installed package).
 * Each case copies bin/ into a scratch project whose dist/cli/main.js only prints "ran".
 */

const ROOT = join(__dirname, '..', '..', '..');
const BUILT = new Date('2026-11-20T12:00:00Z');
const BEFORE = new Date('2026-11-20T11:00:00Z');
const AFTER = new Date('2026-11-20T13:00:00Z');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobrelay-stale-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Project {
  git?: boolean;
  sources?: Record<string, Date>;
  built?: boolean;
}

/** A scratch checkout: bin/ as in the repository, the given sources with their mtimes, a dist built at BUILT. */
function project(name: string, { git = true, sources = {}, built = true }: Project): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'bin'), { recursive: true });
  for (const file of ['jobrelay.js', 'stale-build.js']) copyFileSync(join(ROOT, 'bin', file), join(root, 'bin', file));
  if (git) mkdirSync(join(root, '.git'));
  for (const [path, mtime] of Object.entries(sources)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'export {};\n');
    utimesSync(join(root, path), mtime, mtime);
  }
  if (built) {
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(root, 'dist', 'cli', 'main.js'), "process.stdout.write('ran\\n');\n");
    utimesSync(join(root, 'dist', 'cli', 'main.js'), BUILT, BUILT);
  }
  return root;
}

function jobrelay(root: string) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'bin', 'jobrelay.js')], {
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

const OLD_SOURCES = {
  'cli/main.ts': BEFORE,
  'shared/schema/posting.ts': BEFORE,
  'functions/index.ts': BEFORE,
};

describe('the jobrelay launcher and a build older than its sources', () => {
  test.each([['cli/commands/refresh.ts'], ['shared/normalize/deep/er/explain.ts'], ['functions/ingest.ts']])(
    'a checkout where %s changed after the build warns once, naming it, then runs the build',
    (changed) => {
      const root = project(`stale-${changed.replace(/\W/g, '-')}`, { sources: { ...OLD_SOURCES, [changed]: AFTER } });
      const { status, stdout, stderr } = jobrelay(root);
      expect(status).toBe(0);
      expect(stdout).toBe('ran\n');
      expect(stderr).toBe(
        `jobrelay: warning: ${changed} changed after the last build; this runs the old dist/ (run \`npm run build\`)\n`,
      );
    },
  );

  test('a checkout built after every source change runs without a word', () => {
    const root = project('fresh', { sources: OLD_SOURCES });
    expect(jobrelay(root)).toEqual({ status: 0, stdout: 'ran\n', stderr: '' });
  });

  test('files other than TypeScript sources (docs, fixtures) newer than the build are not a reason to warn', () => {
    const root = project('docs', { sources: { ...OLD_SOURCES, 'shared/README.md': AFTER, 'cli/notes.txt': AFTER } });
    expect(jobrelay(root)).toEqual({ status: 0, stdout: 'ran\n', stderr: '' });
  });

  test('an installed package (no .git) is never checked, even with newer sources beside it', () => {
    const root = project('installed', { git: false, sources: { ...OLD_SOURCES, 'cli/main.ts': AFTER } });
    expect(jobrelay(root)).toEqual({ status: 0, stdout: 'ran\n', stderr: '' });
  });

  test('a package shipped without its sources (no cli/) runs without a word', () => {
    const root = project('no-sources', { sources: { 'shared/schema/posting.ts': AFTER } });
    expect(jobrelay(root)).toEqual({ status: 0, stdout: 'ran\n', stderr: '' });
  });

  test('a checkout never built says how to build it, exit 70', () => {
    const root = project('unbuilt', { built: false, sources: OLD_SOURCES });
    const { status, stderr } = jobrelay(root);
    expect(status).toBe(70);
    expect(stderr).toBe('jobrelay: not built yet; run `npm install` (or `npm run build`) in the project root\n');
  });
});
