import fc from 'fast-check';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { prepareItem, type PreparedItem } from '../../../shared/pipeline/ingest-items';
import { JobPosting } from '../../../shared/schema/posting';
import { RawPosting } from '../../../shared/schema/raw-posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { inputFixture } from '../../support/input-fixtures';

const now = new Date('2026-11-26T00:00:00Z');
const source = { id: 'ingest-items' };
const [raw] = parseInput(inputFixture('greenhouse-board.json'));
if (!raw) throw new Error('the fixture holds postings');
const valid = normalizePosting(raw, { sourceId: source.id, now });

/** The reasons the schema's own issues give, as ingest words them (the first 20). */
const schemaReasons = (issues: readonly { message: string; path: PropertyKey[] }[], code: string) =>
  issues.slice(0, 20).map((issue) => ({
    code,
    message: issue.message,
    path: issue.path.length ? issue.path.map(String).join('.') : null,
  }));

const reasonsOf = (prepared: PreparedItem) => (prepared.ok ? null : prepared.reasons);

/** A posting with one value replaced at the top level or one level down. */
function withValue(path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(valid) as unknown as Record<string, Record<string, unknown>>;
  const [first, second] = path as [string, string | undefined];
  if (second === undefined) (copy as Record<string, unknown>)[first] = value;
  else if (copy[first]) copy[first][second] = value;
  return copy;
}

describe('ingesting one item', () => {
  test('accepts a normalised posting of its source', () => {
    expect(prepareItem({ posting: valid }, 0, source, now).ok).toBe(true);
  });

  test('rejects a broken posting with the issues and messages the contract schema reports', () => {
    const paths = [['title'], ['salary'], ['locations'], ['source', 'externalId'], ['description'], ['quality']];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const broken = withValue(path, value);
        const judged = JobPosting.safeParse(broken);
        const prepared = prepareItem({ posting: broken }, 3, source, now);
        if (judged.success) expect(prepared.ok).toBe(true);
        else expect(reasonsOf(prepared)).toEqual(schemaReasons(judged.error.issues, 'invalid_posting'));
      }),
      { seed: FUZZ_SEED, numRuns: 400 },
    );
  });

  test('rejects a broken raw posting with the issues and messages the raw-posting schema reports', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('kind', 'title', 'salary', 'fields', 'tags'), fc.jsonValue()),
        (value) => {
          const judged = RawPosting.safeParse(value);
          fc.pre(!judged.success);
          const prepared = prepareItem({ raw: value as never }, 1, source, now);
          expect(reasonsOf(prepared)).toEqual(schemaReasons(judged.error.issues, 'invalid_raw_posting'));
        },
      ),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });

  test('a posting handed in is not changed by ingest (its hash is set on the validated copy)', () => {
    const posting = structuredClone(valid);
    posting.contentHash = 'f'.repeat(64);
    const prepared = prepareItem({ posting }, 0, source, now);
    expect(prepared.ok && prepared.candidate.posting).not.toBe(posting);
    expect(posting.contentHash).toBe('f'.repeat(64));
  });
});
