import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The conformance kit's case format and matchers (../shared/conformance/run.mjs), reimplemented so jest
 * can guard the project's own copy of the cases. Same semantics, matcher for matcher:
 *   plain value      equal after folding (strings trimmed, NFKC, case/space-folded, curly quotes
 *                    straightened, trailing . ; : dropped); objects match on their listed keys
 *   $count / $min / $max / $includes / $anyOf / $excludes / $null / $matches / $lacks
 * Paths are dotted paths into the picked posting; "*" is the posting, "[]" the whole printed array.
 */

/** Directory of the project's conformance cases (a user's clone has no ../shared). */
export const CONFORMANCE_DIR = join(__dirname, '..', 'fixtures', 'conformance');

/** One `NAME.case.json`. */
export interface ConformanceCase {
  name: string;
  input: string;
  args: string[];
  pick: number | Record<string, unknown>;
  expect: Record<string, unknown>;
}

/** Every case in a directory, sorted by name. */
export function loadCases(dir: string = CONFORMANCE_DIR): ConformanceCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.case.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Partial<ConformanceCase>;
      return {
        name: file.replace(/\.case\.json$/, ''),
        input: raw.input ?? '',
        args: raw.args ?? [],
        pick: raw.pick ?? 0,
        expect: raw.expect ?? {},
      };
    });
}

const fold = (s: unknown): string =>
  String(s)
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]+$/, '')
    .toLowerCase();

/** A dotted path into a value ("salary.min", "locations.0.city"). */
export const pathGet = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The kit's equality: objects match on the keys the expectation lists, strings after folding. */
export function sameValue(actual: unknown, expected: unknown): boolean {
  if (isPlainObject(expected))
    return (
      actual != null &&
      typeof actual === 'object' &&
      Object.entries(expected).every(([k, v]) => sameValue(pathGet(actual, k), v))
    );
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((x, i) => sameValue(actual[i], x))
    );
  if (typeof expected === 'string') return typeof actual === 'string' && fold(actual) === fold(expected);
  return actual === expected;
}

const holds = (arr: unknown, x: unknown): boolean => Array.isArray(arr) && arr.some((e) => sameValue(e, x));
const show = (v: unknown): string => JSON.stringify(v);

type Matcher = Record<string, unknown>;
const isMatcher = (m: unknown): m is Matcher => isPlainObject(m) && Object.keys(m).some((k) => k.startsWith('$'));

function checkBounds(value: unknown, m: Matcher): string | null {
  const len = Array.isArray(value) ? value.length : value;
  if ('$count' in m && !(Array.isArray(value) && value.length === m.$count))
    return `expected ${show(m.$count)} items, got ${Array.isArray(value) ? value.length : show(value)}`;
  if ('$min' in m && !(typeof len === 'number' && len >= (m.$min as number)))
    return `expected at least ${show(m.$min)}, got ${show(len)}`;
  if ('$max' in m && !(typeof len === 'number' && len <= (m.$max as number)))
    return `expected at most ${show(m.$max)}, got ${show(len)}`;
  return null;
}

function checkMembers(value: unknown, m: Matcher): string | null {
  if ('$includes' in m) {
    const miss = (m.$includes as unknown[]).filter((x) => !holds(value, x));
    if (miss.length) return `missing ${show(miss)} in ${show(value)}`;
  }
  if ('$anyOf' in m) {
    const miss = (m.$anyOf as unknown[][]).filter((g) => !g.some((x) => holds(value, x)));
    if (miss.length) return `missing any of ${show(miss)} in ${show(value)}`;
  }
  if ('$excludes' in m) {
    const bad = (m.$excludes as unknown[]).filter((x) => holds(value, x));
    if (bad.length) return `unexpected ${show(bad)}`;
  }
  return null;
}

function checkShape(value: unknown, m: Matcher): string | null {
  if ('$null' in m && value != null) return `expected null, got ${show(value)}`;
  if ('$matches' in m && !(typeof value === 'string' && new RegExp(m.$matches as string, 'i').test(value)))
    return `expected /${String(m.$matches)}/i, got ${show(value)}`;
  if ('$lacks' in m && JSON.stringify(value ?? null).includes(m.$lacks as string)) return `found ${show(m.$lacks)}`;
  return null;
}

/** One expectation against one value: null when it holds, else what went wrong. */
export function checkExpectation(value: unknown, m: unknown): string | null {
  if (!isMatcher(m)) return sameValue(value, m) ? null : `expected ${show(m)}, got ${show(value)}`;
  return checkBounds(value, m) ?? checkMembers(value, m) ?? checkShape(value, m);
}

/** The posting a case is about: by index, or the first whose listed fields match. */
export function pickPosting(postings: unknown[], pick: ConformanceCase['pick']): unknown {
  if (typeof pick === 'number') return postings[pick];
  return postings.find((p) => Object.entries(pick).every(([k, v]) => sameValue(pathGet(p, k), v)));
}

/** Every failed expectation of a case against the printed postings, as "path: problem" lines. */
export function caseProblems(c: ConformanceCase, postings: unknown[]): string[] {
  const posting = pickPosting(postings, c.pick);
  if (posting === undefined) return [`no posting matches pick ${show(c.pick)} among ${postings.length}`];
  return Object.entries(c.expect).flatMap(([path, m]) => {
    const value = path === '[]' ? postings : path === '*' ? posting : pathGet(posting, path);
    const problem = checkExpectation(value, m);
    return problem ? [`${path}: ${problem}`] : [];
  });
}
