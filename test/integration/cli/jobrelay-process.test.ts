import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INPUTS_DIR, inputFixtureText } from '../../support/input-fixtures';
import { jobrelayProcess } from '../../support/run-cli';

/**
 * The CLI as a real process (TypeScript sources through @swc-node/register, as `npm run bench` runs them):
 * exit codes, one-line errors without stack traces, standard input, and multi-megabyte inputs.
 */

// Each case starts a process that compiles TypeScript on the fly: generous on a shared, loaded machine.
jest.setTimeout(180_000);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobrelay-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jobrelay = (args: string[], stdin?: string) => jobrelayProcess(args, { stdin });

describe('the jobrelay process', () => {
  test('normalises a board export file', async () => {
    const { code, stdout, stderr } = await jobrelay(['normalize', join(INPUTS_DIR, 'lever-postings.json')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(3);
  });

  test('reads standard input when the file is "-"', async () => {
    const { code, stdout } = await jobrelay(['normalize', '-'], inputFixtureText('posting.md'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });

  test.each([
    [['normalize', '/nonexistent/jobs.json'], 66],
    [['normalize', join(INPUTS_DIR, 'malformed.json')], 65],
    [['normalize', INPUTS_DIR], 66],
    [['normalize'], 64],
  ])('%p fails with exit %i and one line, no stack trace', async (args, exitCode) => {
    const { code, stdout, stderr } = await jobrelay(args);
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^jobrelay: /);
  });

  test('a 5 MB Greenhouse board export is normalised completely', async () => {
    const job = JSON.parse(inputFixtureText('greenhouse-board.json')).jobs[0];
    const jobs = Array.from({ length: 1200 }, (_, i) => ({
      ...job,
      id: 7000000 + i,
      content: job.content + '&lt;p&gt;Our depots run around the clock.&lt;/p&gt;'.repeat(80),
    }));
    const file = join(dir, 'big-board.json');
    writeFileSync(file, JSON.stringify({ jobs, meta: { total: jobs.length } }));
    const { code, stdout } = await jobrelay(['normalize', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1200);
  });

  test('a single 5 MB page is normalised without hanging', async () => {
    const paragraph =
      '<p>We are a logistics company in Denver with 40,000 pallets a day, 24/7 depots and a friendly team.</p>';
    const file = join(dir, 'big-page.html');
    writeFileSync(file, `<html><body><main><h1>Dispatcher</h1>${paragraph.repeat(50_000)}</main></body></html>`);
    const { code, stdout } = await jobrelay(['normalize', file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});
