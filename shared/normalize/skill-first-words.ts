import { caseFoldUnits, whitespaceUnits } from './unit-trie';

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
 *
 * A first word that only opens aliases of several words ("data" of "data science", "a" of "A/B testing") is
 * then checked against its second word the same way: the alias's separator (one space, which matches any run
 * of whitespace, or one other unit) and its second word must follow, and the second word ends where the
 * alias's does, for the same reason the first one does. The hash goes on over the separator and the second
 * word; a first word that is an alias by itself, or whose separator is longer (" & ", "テスト"), is tried
 * without this check. Of the ~15k words tried, ~6k were such first words without their second word.
 */

const BITS = 18;
const MASK = (1 << BITS) - 1;
/**
 * The slot of a hash in `open` and `pairs`: other bits than `slots` reads (Fibonacci hashing), so a word that
 * shares a first word's slot by chance ("clinics", "nativo" did) seldom shares its `open` slot as well.
 */
const mixedSlot = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - BITS);
/** What a run of whitespace hashes as: the trie's space stands for any such run. */
const SPACE = 0x20;

/**
 * The hashes of the aliases' first words, one bit per slot of `MASK + 1` (see `hasSlot`): read at every word
 * of every posting, between which the rest of normalising evicts them from the cache, the three sets cost a
 * cache miss per word as byte arrays (256 KiB each) and far fewer as bits (32 KiB each).
 */
export interface FirstWords {
  slots: Uint32Array;
  /**
   * The canonical unit of each word unit, as a case-insensitive regex compares them (see `caseFoldUnits`),
   * and 0 for every other unit: one look-up says whether a unit continues a word and what it hashes as.
   */
  wordFold: Uint16Array;
  /** per first-word slot: set when some alias opening with that word is tried without a second-word check */
  open: Uint32Array;
  /** the hashes of first word, separator and second word of the aliases that are checked that way */
  pairs: Uint32Array;
  /** the canonical unit of every code unit (for a separator other than a space) */
  fold: Uint16Array;
  /** 1 for each whitespace unit */
  spaces: Uint8Array;
}

/** The first words of `keys`; `wordUnits` flags the units that continue a word. */
export function firstWordsOf(keys: Iterable<string>, wordUnits: Uint8Array): FirstWords {
  const fold = caseFoldUnits();
  // a canonical unit is never 0: U+0000 is no word unit
  const wordFold = fold.map((canonical, unit) => (wordUnits[unit] === 1 ? canonical : 0));
  const words: FirstWords = {
    slots: new Uint32Array((MASK + 1) / 32),
    wordFold,
    open: new Uint32Array((MASK + 1) / 32),
    pairs: new Uint32Array((MASK + 1) / 32),
    fold,
    spaces: whitespaceUnits(),
  };
  for (const key of keys) addKey(words, key);
  return words;
}

/** Records one alias key: its first word, and either its second word or that it is tried without one. */
function addKey(words: FirstWords, key: string): void {
  const { wordFold, fold } = words;
  const first = wordRun(key, 0, wordFold);
  if (first.end === 0) return;
  setSlot(words.slots, first.hash & MASK);
  let at = first.end;
  while (at < key.length && wordFold[key.charCodeAt(at)] === 0) at++;
  const separator = key.slice(first.end, at);
  const second = wordRun(key, at, wordFold, first.hash);
  const single = separator.length === 1 && second.end > at;
  if (!single) {
    setSlot(words.open, mixedSlot(first.hash));
    return;
  }
  const unit = separator === ' ' ? SPACE : fold[separator.charCodeAt(0)]!;
  const hash = wordRun(key, at, wordFold, addUnit(first.hash, unit)).hash;
  setSlot(words.pairs, mixedSlot(hash));
}

function setSlot(bits: Uint32Array, slot: number): void {
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

/** Whether the bit of `slot` is set. */
function hasSlot(bits: Uint32Array, slot: number): boolean {
  return ((bits[slot >>> 5]! >>> (slot & 31)) & 1) === 1;
}

/** The hash (going on from `hash`) and end of the run of word units from `from`. */
function wordRun(text: string, from: number, wordFold: Uint16Array, hash = 0): { hash: number; end: number } {
  let end = from;
  for (; end < text.length && wordFold[text.charCodeAt(end)] !== 0; end++)
    hash = addUnit(hash, wordFold[text.charCodeAt(end)]!);
  return { hash, end };
}

/** The hash of `unit` appended to a word whose hash is `hash`. */
export function addUnit(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

/** Whether a word with this hash may be an alias's first word. */
export function mayOpenAlias(words: FirstWords, hash: number): boolean {
  return hasSlot(words.slots, hash & MASK);
}

/**
 * Whether an alias may start at the word that ends at `end` with this hash (one `mayOpenAlias` passes): it
 * is tried as it is, or its separator and second word follow it. A word at the text's end is no first word of
 * several.
 */
export function mayContinueAlias(words: FirstWords, text: string, end: number, hash: number): boolean {
  if (hasSlot(words.open, mixedSlot(hash))) return true;
  if (end >= text.length) return false;
  const { spaces, wordFold } = words;
  let at = end;
  let next = hash;
  if (spaces[text.charCodeAt(at)] === 1) {
    while (at < text.length && spaces[text.charCodeAt(at)] === 1) at++;
    next = addUnit(next, SPACE);
  } else next = addUnit(next, words.fold[text.charCodeAt(at++)]!);
  const from = at;
  for (let folded = 0; at < text.length && (folded = wordFold[text.charCodeAt(at)]!) !== 0; at++)
    next = addUnit(next, folded);
  return at > from && hasSlot(words.pairs, mixedSlot(next));
}
