import { fieldKeyFor, splitLabelAlone } from './field-dictionary';
import { classifyHeadingStrict } from './heading-dictionary';

/**
 * Facts whose bold label may stand alone above the value without a colon ("**Location**" then "Berlin",
 * "<p><strong>Salary</strong></p><p>€60k</p>", "<h4>Location</h4>"). Labels that also name sections
 * ("Experience", "Languages", "Role") are left out: under them comes a section, not a value.
 */
const BOLD_LABEL_KEYS: ReadonlySet<string> = new Set([
  'location',
  'salary',
  'employment type',
  'workplace',
  'start date',
  'hours',
  'deadline',
  'posted',
  'department',
  'company',
  'reference',
]);
const MAX_BOLD_LABEL_VALUE = 80;
const MAX_BOLD_LABEL_CHARS = 30;
const SENTENCE_END = /[.!?。！？]$/u;

/** A known label alone on its line: bracketed, marked or ending in a colon, or (when bold) a fact label. */
export function labelAlone(text: string, strong: boolean): { key: string; label: string; bold: boolean } | null {
  const alone = splitLabelAlone(text);
  if (alone) return { ...alone, bold: false };
  if (!strong || text.length > MAX_BOLD_LABEL_CHARS) return null;
  const key = fieldKeyFor(text);
  return key && BOLD_LABEL_KEYS.has(key) ? { key, label: text, bold: true } : null;
}

/**
 * The value under a bold label is short and no sentence or heading: "Berlin", "€60k – €70k", "Full-time";
 * "We are based in Berlin and meet twice a week." under "**Location**" is a paragraph of a section.
 */
export const isBoldLabelValue = (text: string): boolean =>
  text.length <= MAX_BOLD_LABEL_VALUE && !SENTENCE_END.test(text) && classifyHeadingStrict(text) === null;
