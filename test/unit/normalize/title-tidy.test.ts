import fc from 'fast-check';
import { cleanTitle } from '../../../shared/normalize/title';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * The last tidy-up of a cleaned title runs its empty-bracket and space-before-comma patterns only on titles
 * holding the character each needs: it must read titles exactly as running every pattern does.
 */

const EMPTY_BRACKETS = /\s*[([（【「［]\s*[)\]）】」］]/g;
const SPACE_BEFORE_CLOSING = /\s+([,)\]）】])/g;

/** The guards title.ts puts before the first two patterns. */
const OPENING_BRACKET = /[([（【「［]/;
const COMMA_OR_CLOSING = /[,)\]）】]/;

const piece = fc.constantFrom(
  'Engineer',
  '(',
  ')',
  '（',
  '）',
  '【',
  '】',
  '[',
  ']',
  '「',
  '」',
  '［',
  '］',
  ',',
  ' ',
  '  ',
  '\t',
);

describe('title tidy-up', () => {
  it('skips a pattern only where it could not have changed the title', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 2 })), { maxLength: 12 }), (pieces) => {
        const title = pieces.join('');
        if (!OPENING_BRACKET.test(title)) expect(title.replace(EMPTY_BRACKETS, '')).toBe(title);
        if (!COMMA_OR_CLOSING.test(title)) expect(title.replace(SPACE_BEFORE_CLOSING, '$1')).toBe(title);
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  it.each([
    ['Backend Engineer ( ) Go', 'Backend Engineer Go'],
    ['Backend Engineer (Kotlin )', 'Backend Engineer (Kotlin)'],
    ['Backend   Engineer', 'Backend Engineer'],
  ])('"%s" is tidied to "%s"', (title, expected) => {
    expect(cleanTitle(title).title).toBe(expected);
  });
});
