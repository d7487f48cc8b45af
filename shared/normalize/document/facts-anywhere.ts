import { splitFieldLine, type FieldLine } from './field-dictionary';
import type { ListItem } from './records';
import { splitSentences } from './sentences';

/**
 * Facts a posting may state anywhere, not only in its header ("Location: Berlin" under "About the job"), and
 * how short a statement of one must be to count.
 */

/** Keys that are fields wherever a line of their own states them, not just in the header. */
const FIELDS_ANYWHERE: ReadonlySet<string> = new Set([
  'company',
  'location',
  'salary',
  'employment type',
  'workplace',
  'apply',
  'deadline',
  'posted',
  'department',
  'hours',
  'start date',
  'reference',
  'contact',
]);

/** A field stated in passing is one short sentence; a longer line is prose that happens to start with a label. */
const MAX_FIELD_ANYWHERE = 160;

/** The keys of facts a posting may state anywhere, except those given: for lists of fewer (label-alone.ts). */
export const anywhereKeysExcept = (...keys: string[]): ReadonlySet<string> =>
  new Set([...FIELDS_ANYWHERE].filter((key) => !keys.includes(key)));

/** Whether a field with this key is a field wherever it is stated. */
export const isAnywhereKey = (key: string): boolean => FIELDS_ANYWHERE.has(key);

/** Whether a value is one short statement (a field's value, not prose). */
export const isShortStatement = (value: string): boolean =>
  value.length <= MAX_FIELD_ANYWHERE && splitSentences(value).length === 1;

/** A known fact a posting may give anywhere, stated in one short statement. */
export const statesFactAnywhere = (field: FieldLine): boolean =>
  field.key !== null && FIELDS_ANYWHERE.has(field.key) && isShortStatement(field.value);

/** An item that states one fact a posting may give anywhere ("Location: Berlin", "勤務地：大阪市"). */
export function isFactItem(item: ListItem): boolean {
  const field = item.children.length === 0 ? splitFieldLine(item.text) : null;
  return field !== null && statesFactAnywhere(field);
}
