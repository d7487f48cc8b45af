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
const listOf = <T>(check: Check<T>): Check<T[]> => {
  const items = arrayOf(check);
  return (value) => (value === undefined ? [] : items(value));
};

// The `.nullable().default(null)` checks are written out, not composed: they run for every field of every posting.
const string: Check<string> = (value) => (typeof value === 'string' ? value : INVALID);
const optionalString: Check<string | null> = (value) =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : INVALID;
const optionalNumber: Check<number | null> = (value) =>
  value === undefined || value === null ? null : isFiniteNumber(value) ? value : INVALID;
const workplace: Check<RawLocation['workplace']> = (value) =>
  value === undefined || value === null ? null : WORKPLACES.has(value) ? (value as RawLocation['workplace']) : INVALID;
const date: Check<string | number | null> = (value) =>
  value === undefined || value === null ? null : typeof value === 'string' || isFiniteNumber(value) ? value : INVALID;
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
  const text = string(value.text);
  const city = optionalString(value.city);
  const region = optionalString(value.region);
  const country = optionalString(value.country);
  const place = workplace(value.workplace);
  return text === INVALID || city === INVALID || region === INVALID || country === INVALID || place === INVALID
    ? INVALID
    : { text, city, region, country, workplace: place };
};

const salary: Check<RawSalary | null> = (value) => {
  if (value === undefined || value === null) return null;
  if (!isRecordLike(value)) return INVALID;
  const min = optionalNumber(value.min);
  const max = optionalNumber(value.max);
  const currency = optionalString(value.currency);
  const period = optionalString(value.period);
  const text = optionalString(value.text);
  return min === INVALID || max === INVALID || currency === INVALID || period === INVALID || text === INVALID
    ? INVALID
    : { min, max, currency, period, text };
};

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

const sections = listOf(section);
const locations = listOf(location);

/** The RawPosting the schema would return for `input`, or null when the schema must judge it. */
export function completeRawPosting(input: RawPostingInput): RawPosting | null {
  if (!isRecordLike(input)) return null;
  const value = input as Record<string, unknown>;
  // each field of a RawPosting, in the schema's order, with the check and default the schema gives it; one
  // literal, not a table of checks called in a loop (that call site, reached by every check, ran 2-3x slower)
  const out: Record<keyof RawPosting, unknown> = {
    kind: KINDS.has(value.kind) ? value.kind : INVALID,
    externalId: optionalString(value.externalId),
    url: optionalString(value.url),
    title: optionalString(value.title),
    companyName: optionalString(value.companyName),
    companyUrl: optionalString(value.companyUrl),
    department: optionalString(value.department),
    requisitionId: optionalString(value.requisitionId),
    html: optionalString(value.html),
    markdown: optionalString(value.markdown),
    text: optionalString(value.text),
    sections: sections(value.sections),
    fields: fields(value.fields),
    locations: locations(value.locations),
    workplace: workplace(value.workplace),
    employmentTypes: strings(value.employmentTypes),
    seniority: optionalString(value.seniority),
    salary: salary(value.salary),
    applyUrl: optionalString(value.applyUrl),
    datePosted: date(value.datePosted),
    validThrough: date(value.validThrough),
    language: optionalString(value.language),
    tags: strings(value.tags),
  };
  for (const key in out) if (out[key as keyof RawPosting] === INVALID) return null;
  return out as RawPosting;
}

/** The keys this checks, in order: the test compares them with the schema's. */
export const COMPLETED_KEYS: readonly string[] = Object.keys(completeRawPosting({ kind: 'text' }) ?? {});

/** `RawPosting.safeParse`, completed without the schema walk where the direct check accepts the input. */
export function safeParseRawPosting(input: unknown): ReturnType<typeof RawPosting.safeParse> {
  const completed = completeRawPosting(input as RawPostingInput);
  return completed ? { success: true, data: completed } : RawPosting.safeParse(input);
}
