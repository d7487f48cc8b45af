import fc from 'fast-check';
import { HYBRID, ONSITE, REMOTE } from '../../../shared/normalize/geo/body-hints';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * The body's workplace statements are written with a look-behind `(?<!\w)` at each alternative's start instead
 * of a leading `\b`, for speed. Every alternative opens with a letter or digit, so both must decide alike: the
 * `\b` form is rebuilt from the source and both are run on texts made of the statements' words and neighbours.
 */
const withBoundaries = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source.replaceAll('(?<!\\w)', '\\b'), pattern.flags);

const words = fc.constantFrom(
  'hybrid',
  'Hybrid',
  'hybride',
  'work',
  'model',
  'the',
  'this',
  'role',
  'position',
  'is',
  'fully',
  '100%',
  'remote',
  'REMOTE',
  'on-site',
  'onsite',
  'in-office',
  'office',
  'no',
  'not',
  'a',
  'only',
  'from',
  'anywhere',
  'home',
  'Homeoffice',
  'télétravail',
  'complet',
  'totalmente',
  'remoto',
  'modalidad',
  'híbrida',
  'presencial',
  'w pełni zdalnie',
  'volledig',
  'thuis',
  'ハイブリッド勤務',
  'フルリモート',
  '出社必須',
  ' ',
  '-',
  '_',
  '.',
  'x',
  '9',
  'ſ',
  '\u212a',
  'é',
);
const texts = fc.array(fc.oneof(words, fc.string({ maxLength: 2 })), { maxLength: 14 }).map((parts) => parts.join(''));

describe('body workplace statements', () => {
  it.each([
    ['hybrid', HYBRID],
    ['remote', REMOTE],
    ['on-site', ONSITE],
  ])('the %s pattern with look-behinds matches where the one with word boundaries does', (_name, pattern) => {
    const reference = withBoundaries(pattern);
    expect(reference.source).not.toBe(pattern.source);
    fc.assert(
      fc.property(texts, (text) => {
        expect(pattern.test(text)).toBe(reference.test(text));
      }),
      { seed: FUZZ_SEED, numRuns: 4000 },
    );
  });

  it.each([
    ['This role is hybrid, 3 days in the office', HYBRID, true],
    ['a rehybrid work model', HYBRID, false],
    ['The position is fully remote.', REMOTE, true],
    ['carefully remote', REMOTE, false],
    ['This job is on-site in Berlin', ONSITE, true],
    ['knot remote', ONSITE, false],
  ])('reads "%s" as its statement only at a word start', (text, pattern, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });
});
