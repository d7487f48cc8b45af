import fc from 'fast-check';
import { contentHashOf, type PostingContent } from '../../../shared/normalize/content-hash';
import { finishContent } from '../../../shared/normalize/content-finish';
import { scrubControls } from '../../../shared/normalize/text-repair';
import { CONTENT_FIELDS } from '../../../shared/schema/posting';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/** Strings with the control characters, escape sequences and line breaks the scrub removes or keeps. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\u0000',
        '\u0007',
        '\u000b',
        '\u001b[31m',
        '\u007f',
        '\u0085',
        '\u009b',
        '\u2028',
        '\t',
        '\n',
        '\r\n',
      ),
      fc.constantFrom('Berlin', 'Köln', '東京都', '€60k', '<p>x</p>', ' ', '  '),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Keys in and out of order, integer-like ones and "__proto__" (as JSON.parse makes it: an own key). */
const key = fc.constantFrom(
  'a',
  'b',
  'city',
  'country',
  'description',
  'html',
  'text',
  'z',
  '0',
  '10',
  '2',
  '__proto__',
);

const { value } = fc.letrec<{ value: unknown; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(null, true, 0, -1.5, undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc
    .array(fc.tuple(key, tie('value')), { maxLength: 5 })
    .map((entries) => Object.fromEntries(entries) as Record<string, unknown>),
}));

/** Content-like records: the content fields (some missing), in contract order or shuffled. */
const content = fc
  .tuple(fc.subarray([...CONTENT_FIELDS]), fc.array(value, { minLength: CONTENT_FIELDS.length }), fc.boolean())
  .map(([fields, values, reversed]) => {
    const ordered = reversed ? [...fields].reverse() : fields;
    return Object.fromEntries(ordered.map((field, i) => [field, values[i]])) as unknown as PostingContent;
  });

describe('finishContent (the control scrub and the content hash in one walk)', () => {
  test('gives exactly scrubControls(content) and contentHashOf of it, for arbitrary content with control characters', () => {
    fc.assert(
      fc.property(content, (input) => {
        const scrubbed = scrubControls(input);
        const finished = finishContent(input);
        expect(finished.contentHash).toBe(contentHashOf(scrubbed));
        expect(JSON.stringify(finished.content)).toBe(JSON.stringify(scrubbed));
        expect(finished.content).toStrictEqual(scrubbed);
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  test.each<[string, Record<string, unknown>]>([
    ['a control character in a title', { title: 'Senior\u001b[31m Engineer', skills: ['Go'] }],
    [
      'line breaks in the description (kept) and in a location (a space)',
      {
        description: { text: 'a\n\u0001b', html: '<p>x\u001f</p>' },
        locations: [{ city: 'Köln\u0007', region: null, country: 'DE', workplace: null, text: 'Köln\nNRW' }],
      },
    ],
    ['a key out of order inside a scrubbed object', { salary: { text: '€60k\u0000', min: 1, currency: 'EUR' } }],
    ['integer-like keys', { terms: { 10: 'a\u0007', 2: 'b', x: { 0: 'c' } } }],
  ])('agrees with the two walks for %s', (_name, input) => {
    const scrubbed = scrubControls(input as unknown as PostingContent);
    const finished = finishContent(input as unknown as PostingContent);
    expect(finished.content).toStrictEqual(scrubbed);
    expect(finished.contentHash).toBe(contentHashOf(scrubbed));
  });

  test('copies only what changed: clean objects and lists are returned as they are', () => {
    const clean = { city: 'Berlin', region: null, country: 'DE', workplace: null, text: 'Berlin' };
    const skills = ['Go', 'SQL'];
    const input = { title: 'A\u0007B', locations: [clean], skills } as unknown as PostingContent;
    const { content: finished } = finishContent(input);
    expect(finished).not.toBe(input);
    expect(finished.title).toBe('AB');
    expect(finished.locations[0]).toBe(clean);
    expect(finished.skills).toBe(skills);
    const untouched = { title: 'AB', locations: [clean] } as unknown as PostingContent;
    expect(finishContent(untouched).content).toBe(untouched);
  });
});
