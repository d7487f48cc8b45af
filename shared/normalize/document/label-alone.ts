import { anywhereKeysExcept } from './facts-anywhere';
import { fieldKeyFor, fieldKeyForFolded, splitLabelAlone } from './field-dictionary';
import { classifyHeadingStrict } from './heading-dictionary';

/**
 * Facts whose bold label may stand alone above the value without a colon ("**Location**" then "Berlin",
 * "<p><strong>Salary</strong></p><p>€60k</p>", "<h4>Location</h4>"). Labels that also name sections
 * ("Experience", "Languages", "Role") are left out: under them comes a section, not a value. These are the facts
 * a posting may state anywhere (facts-anywhere.ts) but the apply link and the contact.
 */
const BOLD_LABEL_KEYS = anywhereKeysExcept('apply', 'contact');
const MAX_BOLD_LABEL_VALUE = 80;
const MAX_BOLD_LABEL_CHARS = 30;
const SENTENCE_END = /[.!?。！？]$/u;

/** A known label alone on its line: bracketed, marked or ending in a colon, or (when bold) a fact label. */
export function labelAlone(text: string, strong: boolean): { key: string; label: string; bold: boolean } | null {
  const alone = splitLabelAlone(text);
  if (alone) return { ...alone, bold: false };
  if (!strong || text.length > MAX_BOLD_LABEL_CHARS) return null;
  return boldLabel(text, fieldKeyFor(text));
}

/**
 * `labelAlone(text, true)` of a text whose `foldText` is known (`folded`: a heading's key, heading-dictionary.ts),
 * so it is not folded again. `folded` is read only for a text short enough to be a bold label.
 */
export function strongLabelAlone(text: string, folded: string): { key: string; label: string; bold: boolean } | null {
  const alone = splitLabelAlone(text);
  if (alone) return { ...alone, bold: false };
  if (text.length > MAX_BOLD_LABEL_CHARS) return null;
  // a key left empty (a heading's key is, past its length) is folded here after all
  return boldLabel(text, folded ? fieldKeyForFolded(folded) : fieldKeyFor(text));
}

const boldLabel = (text: string, key: string | null): { key: string; label: string; bold: boolean } | null =>
  key && BOLD_LABEL_KEYS.has(key) ? { key, label: text, bold: true } : null;

/**
 * The value under a bold label is short and no sentence or heading: "Berlin", "€60k – €70k", "Full-time";
 * "We are based in Berlin and meet twice a week." under "**Location**" is a paragraph of a section.
 */
export const isBoldLabelValue = (text: string, key: string): boolean =>
  text.length <= MAX_BOLD_LABEL_VALUE &&
  classifyHeadingStrict(text) === null &&
  (key === 'company' ? isNameLike(text) : !SENTENCE_END.test(text));

/** A lower-case word of three letters or more, not an abbreviation ("sp.", "s.r.o.") or a particle. */
const PROSE_WORD = /^\p{Ll}[\p{Ll}-]{2,}$/u;
const PARTICLES = /^(?:and|und|von|van|der|den|des|del|della|for|the|och|og|ve|dan)$/u;

/**
 * A company name is capitalised words, abbreviations and particles, and may end in a legal form's full stop
 * ("Wisła Fintech sp. z o.o.", "Bank of Ireland", "Acme Inc."); "Acme is a fast-growing startup" under
 * "**Company**" is a sentence about it.
 */
const isNameLike = (text: string): boolean =>
  text
    .replace(SENTENCE_END, '')
    .split(/\s+/)
    .filter((word) => PROSE_WORD.test(word) && !PARTICLES.test(word)).length === 0;
