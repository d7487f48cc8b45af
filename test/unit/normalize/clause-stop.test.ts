import fc from 'fast-check';
import { CLAUSE_STOP } from '../../../shared/normalize/languages';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * CLAUSE_STOP opens its words with `(?<!\w)` instead of `\b`, for speed. Each word opens with a letter, where
 * both test the same under the same flags, so the pattern must find exactly the stops its `\b` form (as it was
 * written before) finds: same indexes, same texts.
 */
const reference = new RegExp(String.raw`[.;。；!?！？\n]|\bbut\b|\baber\b|\bmais\b|\bpero\b`, 'giu');

function stopsIn(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => `${m.index}:${m[0]}`);
}

describe('CLAUSE_STOP', () => {
  it('finds exactly the stops of its \\b form', () => {
    const words = ['but', 'But', 'BUT', 'aber', 'mais', 'pero', 'butter', 'abut', 'ſ', '\u212a', 'é', '_', '9', 'x'];
    const other = [' ', '.', ';', '。', '!', '?', '\n', '-', 'English', 'required', 'a plus'];
    const texts = fc
      .array(fc.oneof(fc.constantFrom(...words, ...other), fc.string({ maxLength: 2 })), { maxLength: 16 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(stopsIn(CLAUSE_STOP, text)).toEqual(stopsIn(reference, text));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  it.each([
    ['English required, but German is a plus', ['18:but']],
    ['Fluent English. Aber Deutsch', ['14:.', '16:Aber']],
    ['butter and abut are no stops', []],
    ['French; mais pas obligatoire', ['6:;', '8:mais']],
  ])('reads the stops of "%s"', (text, expected) => {
    expect(stopsIn(CLAUSE_STOP, text)).toEqual(expected);
  });
});
