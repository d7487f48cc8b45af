import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeCommand } from '../../../cli/commands/normalize';
import { runCli } from '../../../cli/program';
import {
  caseProblems,
  checkExpectation,
  CONFORMANCE_DIR,
  loadCases,
  type ConformanceCase,
} from '../../support/conformance-cases';
import { fakeIo } from '../cli/fake-io';

/**
 * Every case in test/fixtures/conformance (the kit's sample plus postings in other languages, layouts and
 * boards) through `jobrelay normalize`'s own code path: arguments parsed by the CLI, output read from stdout.
 */
async function normalizeCase(c: ConformanceCase): Promise<unknown[]> {
  const io = fakeIo({ [c.input]: readFileSync(join(CONFORMANCE_DIR, c.input)) });
  const code = await runCli([normalizeCommand], ['normalize', c.input, ...c.args], io);
  if (code !== 0) throw new Error(`normalize exited ${code}: ${io.err()}`);
  return JSON.parse(io.out()) as unknown[];
}

const cases = loadCases();

describe('conformance cases', () => {
  test('the project keeps at least the kit sample and forty unseen postings', () => {
    expect(cases.length).toBeGreaterThanOrEqual(53);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s meets every expectation', async (_name, c) => {
    const postings = await normalizeCase(c);
    expect(caseProblems(c, postings)).toEqual([]);
  });
});

describe('conformance matchers', () => {
  test.each([
    ['folded strings', ' Senior  Engineer. ', 'senior engineer', true],
    ['different strings', 'Engineer', 'Engineer II', false],
    ['partial objects', { city: 'Tokyo', region: 'Tokyo' }, { city: 'tokyo' }, true],
    ['a null expected where the key is missing', {}, { city: null }, false],
    ['$count', [1, 2], { $count: 3 }, false],
    ['$min on a number', 4, { $min: 3 }, true],
    [
      '$includes with objects',
      [{ code: 'en', required: true }],
      { $includes: [{ code: 'en', required: false }] },
      false,
    ],
    ['$anyOf aliases', ['Golang'], { $anyOf: [['Go', 'Golang']] }, true],
    ['$excludes', ['JavaScript'], { $excludes: ['JavaScript'] }, false],
    ['$null on a missing value', undefined, { $null: true }, true],
    ['$matches case-insensitively', 'Senior Engineer', { $matches: '^senior' }, true],
    ['$lacks', { text: 'We use cookies' }, { $lacks: 'cookies' }, false],
  ])('%s', (_name, value, matcher, ok) => {
    expect(checkExpectation(value, matcher) === null).toBe(ok);
  });
});
