import fc from 'fast-check';
import { STATEMENT } from '../../../shared/normalize/employment-statements';
import { HYBRID, ONSITE, REMOTE, REMOTE_IN } from '../../../shared/normalize/geo/body-hints';
import { INTERN_CUES } from '../../../shared/normalize/seniority-cues';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * Patterns run over whole bodies open their alternatives with a look-behind `(?<!\w)` instead of a leading `\b`,
 * for speed (a leading `\b` keeps V8 from skipping ahead). Each such alternative opens with a letter or digit,
 * where both test the same thing under the same flags, so every pattern must match exactly as its `\b` form,
 * rebuilt here from its source: same matches, same texts, same captures.
 */
const withBoundaries = (pattern: RegExp): RegExp =>
  new RegExp(pattern.source.replaceAll('(?<!\\w)', '\\b'), pattern.flags);

/** Every match of a pattern (its whole text, index and groups), from the start of the text. */
function matchesIn(pattern: RegExp, text: string): string[] {
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(regex)].map((m) => `${m.index}:${JSON.stringify([...m])}`);
}

const common = [' ', '\n', '-', '_', '.', ':', 'x', '9', '3', 'ſ', '\u212a', 'é', 'is', 'a', 'the', 'this', 'role'];
const vocabularies: Array<[string, RegExp, string[]]> = [
  [
    'hybrid',
    HYBRID,
    ['hybrid', 'Hybrid', 'hybride', 'work', 'model', 'position', 'modalidad', 'híbrida', 'ハイブリッド勤務', 'travail'],
  ],
  [
    'remote',
    REMOTE,
    [
      'fully',
      '100%',
      'remote',
      'REMOTE',
      'only',
      'from',
      'anywhere',
      'home',
      'Homeoffice',
      'télétravail',
      'totalmente',
    ],
  ],
  [
    'on-site',
    ONSITE,
    ['fully', '100%', 'on-site', 'onsite', 'in-office', 'office', 'no', 'not', 'remote', 'presencial'],
  ],
  [
    'remote-in',
    REMOTE_IN,
    ['remote', 'remotely', 'in', 'within', 'based in', 'the', 'United', 'States', 'Canada', 'EU'],
  ],
  [
    'internship',
    INTERN_CUES,
    [
      'this is an',
      'this is a',
      'paid',
      'unpaid',
      '6-month',
      'six month',
      'summer',
      'internship',
      'Internship',
      'stage',
    ],
  ],
  [
    'employment statement',
    STATEMENT,
    [
      'this',
      'the',
      'is a ',
      'role is a ',
      'position',
      'full-time',
      'part time',
      'contract',
      'role',
      'job',
      'based',
      'in',
    ],
  ],
];

describe('word-start look-behinds', () => {
  it.each(vocabularies)('the %s pattern matches exactly where its \\b form does', (_name, pattern, words) => {
    const reference = withBoundaries(pattern);
    expect(reference.source).not.toBe(pattern.source);
    const texts = fc
      .array(fc.oneof(fc.constantFrom(...words, ...common), fc.string({ maxLength: 2 })), { maxLength: 16 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(matchesIn(pattern, text)).toEqual(matchesIn(reference, text));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  it.each([
    ['This role is hybrid, 3 days in the office', HYBRID, true],
    ['a rehybrid work model', HYBRID, false],
    ['The position is fully remote.', REMOTE, true],
    ['carefully remote', REMOTE, false],
    ['This job is on-site in Berlin', ONSITE, true],
    ['knot remote', ONSITE, false],
    ['We work remotely within the United States', REMOTE_IN, true],
    ['unremote within the United States', REMOTE_IN, false],
    ['This is a paid internship in Lyon', INTERN_CUES, true],
    ['Thisis a paid internship', INTERN_CUES, true],
    ['unpaid internships are not offered', INTERN_CUES, false],
    ['This is a full-time role based in Paris', STATEMENT, true],
    ['Whether this is a full-time role based in Paris', STATEMENT, true],
    ['Ofthis is a full-time', STATEMENT, false],
  ])('reads "%s" as a statement only at a word start', (text, pattern, expected) => {
    expect(new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text)).toBe(expected);
  });
});
