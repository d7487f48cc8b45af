import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson, sha256Hex } from '../../../shared/ids';
import { contentHashOf, sortedJson } from '../../../shared/normalize/content-hash';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { CONTENT_FIELDS } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { inputFixture } from '../../support/input-fixtures';

describe('contentHash', () => {
  test('sortedJson writes exactly what canonicalJson writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(sortedJson(value)).toBe(canonicalJson(value));
      }),
      { seed: 20261120, numRuns: 500 },
    );
  });

  test.each([
    ['a "__proto__" key', '{"b":1,"__proto__":{"x":2},"a":[{"__proto__":3}]}'],
    ['integer-like keys', '{"b":1,"10":2,"2":3,"a":{"0":4}}'],
    ['keys named like Object methods', '{"toString":1,"constructor":{"valueOf":2},"hasOwnProperty":3}'],
  ])('sortedJson writes what canonicalJson writes for %s', (_name, json) => {
    const value: unknown = JSON.parse(json);
    expect(sortedJson(value)).toBe(canonicalJson(value));
  });

  test('sha256Hex is the hex sha-256 of the UTF-8 of any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
      }),
      { seed: 20261125, numRuns: 500 },
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('the hash is sha-256 of the canonical JSON of the content fields only', () => {
    const [posting] = parseInput(inputFixture('lever-postings.json')).map((raw) =>
      normalizePosting(raw, { sourceId: 's' }),
    );
    if (!posting) throw new Error('fixture has postings');
    const content = Object.fromEntries(CONTENT_FIELDS.map((field) => [field, posting[field]]));
    expect(posting.contentHash).toBe(sha256Hex(canonicalJson(content)));
    expect(contentHashOf({ ...posting, quality: { score: 0, warnings: [] }, status: 'closed' } as typeof posting)).toBe(
      posting.contentHash,
    );
  });
});
