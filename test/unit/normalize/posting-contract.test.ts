import fc from 'fast-check';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { contractBreach, PostingContract } from '../../../shared/normalize/posting-contract';
import { JobPosting } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { inputFixture } from '../../support/input-fixtures';

const context = { sourceId: 'contract', now: new Date('2026-11-26T00:00:00Z') };
const postings = [
  'lever-postings.json',
  'greenhouse-board.json',
  'jsonld-graph.html',
  'personio-positions.xml',
  'posting.md',
]
  .flatMap((name) => parseInput(inputFixture(name)))
  .map((raw) => normalizePosting(raw, context));
const valid = postings[0];
if (!valid) throw new Error('the fixtures hold postings');

/** The runtime parser's answer, for comparison: success, and the issues' paths, codes and messages. */
const answer = (schema: typeof JobPosting, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues.map(({ path, code, message }) => ({ path, code, message })) };
};

/** A posting with one value replaced at a path. */
function withValue(path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(valid) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

describe('PostingContract', () => {
  test('accepts every normalised fixture posting and gives the data the schema gives', () => {
    expect(postings.length).toBeGreaterThan(2);
    for (const posting of postings) expect(answer(PostingContract, posting)).toEqual(answer(JobPosting, posting));
  });

  test.each([
    [
      'a salary whose minimum exceeds its maximum',
      ['salary'],
      { min: 90, max: 50, currency: 'EUR', period: 'YEAR', text: '90-50' },
    ],
    [
      'a lower-case country code',
      ['locations'],
      [{ city: 'Lyon', region: null, country: 'fr', workplace: null, text: 'Lyon' }],
    ],
    ['an id with capitals', ['id'], 'ABC'],
    ['a date that is not ISO 8601', ['datePosted'], '26/11/2026'],
    ['an unknown employment type', ['employmentTypes'], ['FULLTIME']],
    ['a number for a title', ['title'], 42],
    ['a missing description', ['description'], undefined],
    ['a negative probation', ['terms', 'probationMonths'], -1],
    ['a three-letter language code', ['languages'], [{ code: 'eng', required: true, level: null }]],
    ['a quality score over 100', ['quality', 'score'], 101],
  ])('rejects %s, with the issue the schema reports', (_name, path, value) => {
    const broken = withValue(path, value);
    expect(PostingContract.safeParse(broken).success).toBe(false);
    expect(answer(PostingContract, broken)).toEqual(answer(JobPosting, broken));
    expect(contractBreach(broken)).not.toBeNull();
  });

  test('contractBreach names where a posting breaks the contract, and nothing for one that holds', () => {
    expect(contractBreach(valid)).toBeNull();
    expect(contractBreach(withValue(['source', 'externalId'], ''))).toEqual({
      path: 'source.externalId',
      message: expect.any(String) as string,
    });
  });

  test('answers as the schema does for any value put anywhere in a posting', () => {
    const paths: (string | number)[][] = [
      ['title'],
      ['seniority'],
      ['company', 'name'],
      ['salary'],
      ['locations'],
      ['description', 'text'],
      ['skills'],
      ['requirements', 'must'],
      ['terms', 'paidLeaveDays'],
      ['validThrough'],
      ['status'],
      ['quality', 'warnings'],
    ];
    const values = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(undefined, 'senior', 'EUR', 'YEAR', '2026-11-26', 'open', ['missing_title']),
      fc.record({
        min: fc.oneof(fc.constant(null), fc.integer()),
        max: fc.oneof(fc.constant(null), fc.integer()),
        currency: fc.constantFrom('EUR', 'eur', null),
        period: fc.constantFrom('YEAR', 'HOUR', 'year', null),
        text: fc.string(),
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), values, (path, value) => {
        const changed = withValue(path, value);
        expect(answer(PostingContract, changed)).toEqual(answer(JobPosting, changed));
      }),
      { seed: FUZZ_SEED, numRuns: 1500 },
    );
  });
});
