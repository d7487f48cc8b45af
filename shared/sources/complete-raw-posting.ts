import { SourceKind, Workplace } from '../schema/posting';
import {
  RawPosting,
  type RawLocation,
  type RawPostingInput,
  type RawSalary,
  type RawSection,
} from '../schema/raw-posting';

/**
 * `RawPosting.parse` for the inputs parsers build, without the schema walk: every value is checked the way
 * the schema checks it and every default filled the same way, in the schema's key order. Anything this does
 * not recognise as valid (a wrong type, an odd object) returns null, and the caller asks the schema itself,
 * which then reports the fault as it always did. complete-raw-posting.test.ts holds it to the schema.
 */

type Check<T> = (value: unknown) => T | typeof INVALID;
const INVALID: unique symbol = Symbol('invalid');
const KINDS: ReadonlySet<unknown> = new Set(SourceKind.options);
const WORKPLACES: ReadonlySet<unknown> = new Set(Workplace.options);

const isRecordLike = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** `.nullable().default(null)` around a check. */
const orNull =
  <T>(check: Check<T>): Check<T | null> =>
  (value) =>
    value === undefined || value === null ? null : check(value);
/** An array of checked items. */
const arrayOf =
  <T>(check: Check<T>): Check<T[]> =>
  (value) => {
    if (!Array.isArray(value)) return INVALID;
    const out: T[] = [];
    for (const item of value) {
      const checked = check(item);
      if (checked === INVALID) return INVALID;
      out.push(checked);
    }
    return out;
  };
/** `.default([])` around an array of checked items. */
const listOf =
  <T>(check: Check<T>): Check<T[]> =>
  (value) =>
    value === undefined ? [] : arrayOf(check)(value);

const string: Check<string> = (value) => (typeof value === 'string' ? value : INVALID);
const optionalString = orNull(string);
const optionalNumber = orNull<number>((value) => (isFiniteNumber(value) ? value : INVALID));
const workplace = orNull((value) => (WORKPLACES.has(value) ? (value as RawLocation['workplace']) : INVALID));
const date = orNull<string | number>((value) => (typeof value === 'string' || isFiniteNumber(value) ? value : INVALID));
const strings = listOf(string);
const textList = arrayOf(string);

const section: Check<RawSection> = (value) => {
  if (!isRecordLike(value)) return INVALID;
  const heading = string(value.heading);
  const html = string(value.html);
  return heading === INVALID || html === INVALID ? INVALID : { heading, html };
};

const location: Check<RawLocation> = (value) => {
  if (!isRecordLike(value)) return INVALID;
  const out = {
    text: string(value.text),
    city: optionalString(value.city),
    region: optionalString(value.region),
    country: optionalString(value.country),
    workplace: workplace(value.workplace),
  };
  return Object.values(out).includes(INVALID) ? INVALID : (out as RawLocation);
};

const salary = orNull<RawSalary>((value) => {
  if (!isRecordLike(value)) return INVALID;
  const out = {
    min: optionalNumber(value.min),
    max: optionalNumber(value.max),
    currency: optionalString(value.currency),
    period: optionalString(value.period),
    text: optionalString(value.text),
  };
  return Object.values(out).includes(INVALID) ? INVALID : (out as RawSalary);
});

/** `z.record(z.string(), z.array(z.string())).default({})`; keys it could read differently go to the schema. */
const fields: Check<Record<string, string[]>> = (value) => {
  if (value === undefined) return {};
  if (!isRecordLike(value)) return INVALID;
  const keys = Object.keys(value);
  if (Reflect.ownKeys(value).length !== keys.length || keys.includes('__proto__')) return INVALID;
  const out: Record<string, string[]> = {};
  for (const key of keys) {
    const list = textList(value[key]);
    if (list === INVALID) return INVALID;
    out[key] = list;
  }
  return out;
};

/** Each field of a RawPosting, in the schema's order, with the check and default the schema gives it. */
const FIELDS: ReadonlyArray<readonly [keyof RawPosting, Check<unknown>]> = [
  ['kind', (value) => (KINDS.has(value) ? value : INVALID)],
  ['externalId', optionalString],
  ['url', optionalString],
  ['title', optionalString],
  ['companyName', optionalString],
  ['companyUrl', optionalString],
  ['department', optionalString],
  ['requisitionId', optionalString],
  ['html', optionalString],
  ['markdown', optionalString],
  ['text', optionalString],
  ['sections', listOf(section)],
  ['fields', fields],
  ['locations', listOf(location)],
  ['workplace', workplace],
  ['employmentTypes', strings],
  ['seniority', optionalString],
  ['salary', salary],
  ['applyUrl', optionalString],
  ['datePosted', date],
  ['validThrough', date],
  ['language', optionalString],
  ['tags', strings],
];

/** The keys this checks, in order: the test compares them with the schema's. */
export const COMPLETED_KEYS: readonly string[] = FIELDS.map(([key]) => key);

/** The RawPosting the schema would return for `input`, or null when the schema must judge it. */
export function completeRawPosting(input: RawPostingInput): RawPosting | null {
  if (!isRecordLike(input)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, check] of FIELDS) {
    const value = check((input as Record<string, unknown>)[key]);
    if (value === INVALID) return null;
    out[key] = value;
  }
  return out as RawPosting;
}

/** `RawPosting.safeParse`, completed without the schema walk where the direct check accepts the input. */
export function safeParseRawPosting(input: unknown): ReturnType<typeof RawPosting.safeParse> {
  const completed = completeRawPosting(input as RawPostingInput);
  return completed ? { success: true, data: completed } : RawPosting.safeParse(input);
}
