import fc from 'fast-check';
import { KEY_WORDS, keyWordPositions } from '../../../shared/normalize/geo/body-hints';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/**
 * The body hints find their key words in one pass over the body, looking up a hash of the code units at each
 * position (two for the two-unit words, three for the others), then checking the words written there: a hash
 * shared with a key word's ("home  office", a pair of other units) must find nothing. The positions must be
 * exactly those of a plain scan: at every position, every key word written there, an occurrence kept unless it
 * overlaps the word's occurrence before.
 */
function plainPositions(lower: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (let at = 0; at < lower.length; at++) {
    for (const word of KEY_WORDS) {
      if (!lower.startsWith(word, at)) continue;
      const positions = found.get(word);
      if (!positions) found.set(word, [at]);
      else if (at >= positions[positions.length - 1]! + word.length) positions.push(at);
    }
  }
  return found;
}

/** The found words in a fixed order, for comparing two maps whose insertion orders may differ. */
const sorted = (found: ReadonlyMap<string, readonly number[]>): Array<[string, readonly number[]]> =>
  [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const noise = [' ', '  ', '\n', '\t', '\u00a0', '-', '.', 'x', 'e', '3', 'é', 'the ', 'work ', 'days '];

describe('body key words', () => {
  it('finds every key word where a plain scan of every position finds it', () => {
    const texts = fc
      .array(fc.oneof(fc.constantFrom(...KEY_WORDS, ...noise), fc.string({ maxLength: 3 })), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(sorted(keyWordPositions(text))).toEqual(sorted(plainPositions(text)));
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  it.each([
    ['home office', ['home', 'home office', 'office']],
    ['home  office', ['home', 'office']],
    ['home\noffice', ['home', 'office']],
    ['remote remoto', ['remot', 'remote', 'remoto']],
    ['support', ['ort']],
    ['hq', ['hq']],
    ['週2日在宅', ['在宅']],
    ['在宅', ['在宅']],
    ['ho', []],
    ['h', []],
    ['', []],
    ['plain words only', []],
  ])('in %j finds %j', (text, words) => {
    expect([...keyWordPositions(text).keys()].sort()).toEqual([...words].sort());
    expect(sorted(keyWordPositions(text))).toEqual(sorted(plainPositions(text)));
  });
});
