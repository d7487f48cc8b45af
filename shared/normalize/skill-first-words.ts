import { caseFoldUnits } from './regex-trie';

/**
 * A filter over the words of a text: which words can open a skill alias. An alias that starts with a word
 * unit (a letter or digit of an alphabetic script, `+`, `#`, `_`) can match at a word start only when the
 * text's whole word there equals the alias's first word ("Node" of "Node.js", "Python" of "Python 3",
 * "C++"): the regex's trailing boundary, or the alias's own non-word unit (".", " ", "/") that the text must
 * repeat, ends the text's word exactly where the alias's first word ends. Case-folded units compare equal
 * in the regex, and word units are a case-folded class, so a hash of the word's case-folded units decides:
 * a word whose hash no alias's first word has cannot start a match, and the taxonomy regex is not tried there.
 * Of the ~120k word starts of the bench corpus's skill texts, ~15k pass, where ~100k passed the
 * first-two-units test alone. A hash collision only costs a regex try.
 */

const BITS = 18;
const MASK = (1 << BITS) - 1;

/** The hashes of the aliases' first words, one flag per slot of `MASK + 1`. */
export interface FirstWords {
  slots: Uint8Array;
  /**
   * The canonical unit of each word unit, as a case-insensitive regex compares them (see `caseFoldUnits`),
   * and 0 for every other unit: one look-up says whether a unit continues a word and what it hashes as.
   */
  wordFold: Uint16Array;
}

/** The first words of `keys`; `wordUnits` flags the units that continue a word. */
export function firstWordsOf(keys: Iterable<string>, wordUnits: Uint8Array): FirstWords {
  const fold = caseFoldUnits();
  // a canonical unit is never 0: U+0000 is no word unit
  const wordFold = fold.map((canonical, unit) => (wordUnits[unit] === 1 ? canonical : 0));
  const slots = new Uint8Array(MASK + 1);
  for (const key of keys) {
    let hash = 0;
    let length = 0;
    for (; length < key.length && wordFold[key.charCodeAt(length)] !== 0; length++)
      hash = addUnit(hash, wordFold[key.charCodeAt(length)]!);
    if (length > 0) slots[hash & MASK] = 1;
  }
  return { slots, wordFold };
}

/** The hash of `unit` appended to a word whose hash is `hash`. */
export function addUnit(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

/** Whether a word with this hash may be an alias's first word. */
export function mayOpenAlias(words: FirstWords, hash: number): boolean {
  return words.slots[hash & MASK] === 1;
}
