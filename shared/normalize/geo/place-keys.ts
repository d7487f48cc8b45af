import { fold, isCjkString } from './fold';

/**
 * The key a spelling is indexed under, and in which index. The builder that generates the gazetteer
 * data and every lookup go through these functions, so a spelling and its key cannot disagree.
 */

/** Which index a spelling belongs in: spaceless script, exact (short: "HN", "DE"), or folded. */
export type KeyIndex = 'cjk' | 'exact' | 'folded';

const DOTS_AND_SPACES = /[.\s]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Removes dots and spaces so "U.S." and "US", "D.C." and "DC" share an exact key. */
export function exactKey(text: string): string {
  const bare = text.replace(DOTS_AND_SPACES, '');
  // ASCII is its own NFC form
  return NON_ASCII.test(bare) ? bare.normalize('NFC') : bare;
}

/**
 * Where an alias is indexed: spaceless scripts as written (東京都); spellings of three letters or fewer
 * exactly, so "la" in "la oficina" is not Los Angeles; everything else folded. Null for an alias with no
 * letter or digit.
 */
export function aliasKey(alias: string): { index: KeyIndex; key: string } | null {
  const text = alias.trim();
  if (!text) return null;
  if (isCjkString(text)) return { index: 'cjk', key: text };
  const key = fold(text);
  if (!key) return null;
  if (key.replace(/ /g, '').length <= 3) return { index: 'exact', key: exactKey(text) };
  return { index: 'folded', key };
}
