import { canonicalJson, sha256Hex } from '../ids';
import { CONTENT_FIELDS, type JobPosting } from '../schema/posting';

/** The content of a posting: the CONTENT_FIELDS, so identity, lifecycle and derived fields never count. */
export type PostingContent = Pick<JobPosting, (typeof CONTENT_FIELDS)[number]>;

/**
 * `contentHash` (DESIGN §3, §4): sha-256 of the canonical JSON (`canonicalJson` in shared/ids.ts: keys sorted)
 * of the content fields. Change detection rests on it: a refresh that finds the same hash writes nothing and
 * emits nothing.
 */
export function contentHashOf(posting: PostingContent): string {
  const content: Record<string, unknown> = {};
  for (const field of SORTED_CONTENT_FIELDS) content[field] = posting[field];
  return sha256Hex(sortedJson(content));
}

/** The content fields in key order, so the object built from them needs no sorted copy. */
const SORTED_CONTENT_FIELDS = [...CONTENT_FIELDS].sort();

/**
 * The same string as `canonicalJson`, built by sorting keys first and letting the native JSON.stringify do
 * the rest: hashing runs once per posting on every refresh, and this is about twice as fast on postings.
 * The sorted copies are ordinary objects, whose keys JSON.stringify reads in insertion order on its fast
 * path. Two kinds of key would not keep that order, so values holding them go through `canonicalJson`
 * itself: integer-like keys ("0"), which JavaScript enumerates first whatever the insertion order, and
 * "__proto__", which an assignment would not even create. Posting content has neither.
 */
export function sortedJson(value: unknown): string {
  const state = { unordered: false };
  const sorted = withSortedKeys(value, state);
  return state.unordered ? canonicalJson(value) : (JSON.stringify(sorted) ?? 'null');
}

const INTEGER_KEY = /^(0|[1-9]\d*)$/;

function withSortedKeys(value: unknown, state: { unordered: boolean }): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return sortedItems(value, state);
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  if (Object.getPrototypeOf(source) === Object.prototype && inKeyOrder(keys))
    return sameUnlessChanged(source, keys, state);
  const sorted: Record<string, unknown> = {};
  for (const key of keys.sort()) {
    if (isUnorderedKey(key)) state.unordered = true;
    else sorted[key] = withSortedKeys(source[key], state);
  }
  return sorted;
}

function inKeyOrder(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/**
 * A plain object (no toJSON, no class) whose keys are already in order serialises as it is: it is copied only when a value inside it
 * had to be (a nested object out of order). Postings have many such objects ({html, text}, {name, url}).
 */
function sameUnlessChanged(source: Record<string, unknown>, keys: string[], state: { unordered: boolean }): unknown {
  let copy: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (isUnorderedKey(key)) state.unordered = true;
    const item = source[key];
    const sorted = withSortedKeys(item, state);
    if (sorted !== item && copy === null) {
      copy = {};
      for (let j = 0; j < i; j++) copy[keys[j]!] = source[keys[j]!];
    }
    if (copy !== null) copy[key] = sorted;
  }
  return copy ?? source;
}

/**
 * Whether JSON.stringify would not write `key` where it was inserted (integer-like keys come first) or an
 * assignment would not create it ("__proto__"). Integer-like keys start with a digit: other keys skip the regex
 * (a posting has some 40 keys).
 */
export function isUnorderedKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 ? INTEGER_KEY.test(key) : key === '__proto__';
}

/**
 * An array of strings, numbers, booleans and nulls (the lists of a posting: responsibilities, skills…)
 * serialises as it is, so it is used as it is instead of being copied item by item.
 */
function sortedItems(items: unknown[], state: { unordered: boolean }): unknown[] {
  for (const item of items) {
    if (item === undefined || (item !== null && typeof item === 'object'))
      return items.map((each: unknown) => (each === undefined ? null : withSortedKeys(each, state)));
  }
  return items;
}
