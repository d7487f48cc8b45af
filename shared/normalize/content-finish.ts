import { canonicalJson, sha256Hex } from '../ids';
import { CONTENT_FIELDS } from '../schema/posting';
import { isUnorderedKey, type PostingContent } from './content-hash';
import { stripControls } from './text-repair';

/**
 * The last two reads of a posting's content, in one walk: the control-character scrub (`scrubControls`,
 * text-repair.ts) and the key-sorted copy the content hash serialises (`sortedJson`, content-hash.ts). Each
 * was a walk over every value of every posting; the scrubbed value and its sorted form are made side by side
 * here. The results are exactly theirs: `content` is `scrubControls(content)` (objects and arrays copied only
 * where a string changed) and `contentHash` is `contentHashOf(scrubControls(content))`; content-finish.test.ts
 * compares the two on arbitrary JSON with control characters (FUZZ_SEED).
 */
export function finishContent(content: PostingContent): { content: PostingContent; contentHash: string } {
  const walk: Walk = { unordered: false, sorted: undefined };
  const record = content as unknown as Record<string, unknown>;
  const hashed: Record<string, unknown> = {};
  let clean: Record<string, unknown> | null = null;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const scrubbed = finish(item, key === 'description', walk);
    if (scrubbed !== item) (clean ??= { ...record })[key] = scrubbed;
    if (CONTENT_KEYS.has(key)) hashed[key] = walk.sorted;
  }
  const result = (clean ?? record) as unknown as PostingContent;
  return { content: result, contentHash: sha256Hex(walk.unordered ? pickedJson(result) : sortedTop(hashed)) };
}

/** The walk's state: whether a key JSON would not keep in insertion order was met, and the last sorted value. */
interface Walk {
  unordered: boolean;
  /** the key-sorted form of the scrubbed value `finish` last returned (the same object where nothing moved) */
  sorted: unknown;
}

const CONTENT_KEYS = new Set<string>(CONTENT_FIELDS);
/** The content fields in key order: the hashed object is built in that order, so it needs no sorting. */
const SORTED_CONTENT_FIELDS = [...CONTENT_FIELDS].sort();

/** JSON of the content fields' sorted forms, written in key order (what `sortedJson` writes for them). */
function sortedTop(hashed: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const field of SORTED_CONTENT_FIELDS) ordered[field] = hashed[field];
  return JSON.stringify(ordered);
}

/** The slow canonical form, for content holding integer-like or "__proto__" keys (none in a real posting). */
function pickedJson(content: PostingContent): string {
  const picked: Record<string, unknown> = {};
  for (const field of SORTED_CONTENT_FIELDS) picked[field] = content[field];
  return canonicalJson(picked);
}

/** `scrubControls(value, multiline)`, with its sorted form left in `walk.sorted`. */
function finish(value: unknown, multiline: boolean, walk: Walk): unknown {
  if (typeof value === 'string') return (walk.sorted = stripControls(value, multiline));
  if (value === null || typeof value !== 'object') return (walk.sorted = value);
  if (Array.isArray(value)) return finishItems(value, multiline, walk);
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  if (Object.getPrototypeOf(source) === Object.prototype && inKeyOrder(keys))
    return finishOrdered(source, keys, multiline, walk);
  return finishUnordered(source, keys, multiline, walk);
}

// plain loops, as in scrubControls: every value of every posting passes here
function finishItems(items: unknown[], multiline: boolean, walk: Walk): unknown[] {
  let clean: unknown[] | null = null;
  let sorted: unknown[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const scrubbed = finish(item, multiline, walk);
    if (scrubbed !== item) (clean ??= [...items])[i] = scrubbed;
    if (walk.sorted !== scrubbed && sorted === null) sorted = (clean ?? items).slice(0, i);
    if (sorted !== null) sorted[i] = walk.sorted;
  }
  const result = clean ?? items;
  walk.sorted = sorted ?? result;
  return result;
}

/**
 * A plain object whose keys are in order is its own sorted form unless a value inside it changed form: then
 * the sorted form is a copy holding the changed values (sortedJson's sameUnlessChanged, on the scrubbed values).
 */
function finishOrdered(source: Record<string, unknown>, keys: string[], multiline: boolean, walk: Walk): unknown {
  let clean: Record<string, unknown> | null = null;
  let sorted: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (isUnorderedKey(key)) walk.unordered = true;
    const item = source[key];
    const scrubbed = finish(item, multiline || key === 'description', walk);
    if (scrubbed !== item) (clean ??= { ...source })[key] = scrubbed;
    if (walk.sorted !== item && sorted === null) {
      sorted = {};
      for (let j = 0; j < i; j++) sorted[keys[j]!] = source[keys[j]!];
    }
    if (sorted !== null) sorted[key] = walk.sorted;
  }
  const result = clean ?? source;
  walk.sorted = sorted ?? result;
  return result;
}

/** Any other object: its sorted form is a fresh object written in key order (integer-like keys set `unordered`). */
function finishUnordered(source: Record<string, unknown>, keys: string[], multiline: boolean, walk: Walk): unknown {
  let clean: Record<string, unknown> | null = null;
  const sorted: Record<string, unknown> = {};
  for (const key of sortedKeys(keys)) {
    const item = source[key];
    const scrubbed = finish(item, multiline || key === 'description', walk);
    if (scrubbed !== item) (clean ??= { ...source })[key] = scrubbed;
    if (isUnorderedKey(key)) walk.unordered = true;
    else sorted[key] = walk.sorted;
  }
  walk.sorted = sorted;
  return clean ?? source;
}

/**
 * The keys in sorted order, for the few object shapes a posting repeats (a location, a language, the salary, the
 * terms: written in the order their fields are read, not sorted): the sorted order of a key list met lately is
 * looked up by comparing its keys, instead of sorting them again for every object.
 */
function sortedKeys(keys: string[]): readonly string[] {
  for (const shape of SHAPES) if (sameKeys(shape.keys, keys)) return shape.sorted;
  const sorted = [...keys].sort();
  if (SHAPES.length >= MAX_SHAPES) SHAPES.pop();
  SHAPES.unshift({ keys, sorted });
  return sorted;
}

const MAX_SHAPES = 8;
const SHAPES: { keys: readonly string[]; sorted: readonly string[] }[] = [];

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function inKeyOrder(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}
