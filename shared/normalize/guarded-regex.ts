/**
 * Long alternations of phrases ("per hour|/hr|stundenlohn|時給|…") are slow to search: at every position of
 * the text the regex engine tries every alternative in turn. Grouping the alternatives by the first thing
 * each must match, and putting that first atom in front of its group as a lookahead, lets a position fail
 * once per group instead of once per alternative:
 *
 *   per\s+hour|per\s+day|\/\s?hr|\/\s?tag   →   (?=p)(?:per\s+hour|per\s+day)|(?=\/)(?:\/\s?hr|\/\s?tag)
 *
 * The rewritten pattern matches at exactly the positions the original matches at (each alternative is kept
 * whole, and its guard is the atom it starts with, read under the same flags), so `test()` and the index of
 * the leftmost match are unchanged. Which alternative wins at a position, and so the matched text and the
 * captures, may differ: use it only where those are not read (see `findPeriod` in money/periods.ts).
 *
 * Measure before using it: it pays where many alternatives open with assertions, optional atoms or
 * classes (the salary periods: ~3× faster in the bench), but where nearly every alternative opens with a
 * plain letter V8 already skips ahead well and the guarded form ran about 2× slower (the seniority cues).
 */

/** The guarded form of a regex source; use it with the flags of the original. */
export function guardedAlternation(source: string): string {
  // reordering alternatives would renumber the groups a backreference points to
  if (/\\[1-9]/.test(source)) return source;
  const groups = new Map<string, string[]>();
  const unguarded: string[] = [];
  for (const alternative of topLevelAlternatives(source).flatMap(distributeLeadingGroup)) {
    const atom = firstAtom(alternative);
    if (atom === null) {
      unguarded.push(alternative);
      continue;
    }
    const group = groups.get(atom);
    if (group) group.push(alternative);
    else groups.set(atom, [alternative]);
  }
  const guarded = [...groups].map(([atom, alternatives]) => `(?=${atom})(?:${alternatives.join('|')})`);
  return [...guarded, ...unguarded].join('|');
}

/**
 * The guarded form of a regex (or of a source with flags): for `test()` and the leftmost match's index only.
 * Not for global or sticky regexes, whose `lastIndex` moves by the length of the match.
 */
export function guardedRegExp(
  pattern: string | RegExp,
  flags = typeof pattern === 'string' ? '' : pattern.flags,
): RegExp {
  if (/[gy]/.test(flags)) throw new Error(`guardedRegExp: flags "${flags}" read the match's length`);
  return new RegExp(guardedAlternation(typeof pattern === 'string' ? pattern : pattern.source), flags);
}

/** The alternatives of the source's top-level `|`, outside groups and character classes. */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** An opening parenthesis that captures: `(` not followed by `?`, or a named group `(?<name>`. */
const CAPTURING_GROUP = /(?<!\\)\((?!\?)|\(\?<(?![=!])/;

/**
 * `(?:por|al)\s+mes` as `por\s+mes` and `al\s+mes`: the same matches tried in the same order, but each now
 * starts with a letter that can guard it. Only a leading non-capturing group without a quantifier is
 * spread, and only when nothing but zero-width assertions comes before it.
 */
function distributeLeadingGroup(alternative: string): string[] {
  const at = assertionsEnd(alternative);
  // a capturing group in the copies would be repeated (a named one twice: a syntax error)
  if (!alternative.startsWith('(?:', at) || CAPTURING_GROUP.test(alternative)) return [alternative];
  const end = groupEnd(alternative, at);
  if (end < 0 || isQuantifier(alternative, end)) return [alternative];
  const head = alternative.slice(0, at);
  const tail = alternative.slice(end);
  return topLevelAlternatives(alternative.slice(at + 3, end - 1)).map((inner) => `${head}${inner}${tail}`);
}

/**
 * The first atom an alternative must consume (a character, an escape, a class) after its leading
 * zero-width assertions, or null when it starts otherwise (a group, an optional atom, a backreference).
 */
export function firstAtom(alternative: string): string | null {
  const at = assertionsEnd(alternative);
  if (at >= alternative.length || '().$|^*+?{'.includes(alternative[at]!)) return null;
  const end = atomEnd(alternative, at);
  if (end <= at) return null;
  const atom = alternative.slice(at, end);
  if (/^\\(?:[bBkc\d])/.test(atom)) return null;
  const next = alternative[end];
  if (next === '?' || next === '*' || (next === '{' && /^\{0\s*[,}]/.test(alternative.slice(end)))) return null;
  return atom;
}

/** Where the leading zero-width assertions (\b, \B, ^, lookarounds) end. */
function assertionsEnd(alternative: string): number {
  let at = 0;
  for (;;) {
    if (alternative.startsWith('\\b', at) || alternative.startsWith('\\B', at)) at += 2;
    else if (alternative[at] === '^') at += 1;
    else if (/^\(\?<?[=!]/.test(alternative.slice(at, at + 4))) {
      const end = groupEnd(alternative, at);
      if (end < 0) return alternative.length;
      at = end;
    } else return at;
  }
}

function isQuantifier(source: string, at: number): boolean {
  const c = source[at];
  return c === '?' || c === '*' || c === '+' || c === '{';
}

/** The index just after the group opening at `start`, or -1 when it never closes. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The index just after the character class opening at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** The index just after the atom at `start`: one (astral) character, an escape, or a class. */
function atomEnd(source: string, start: number): number {
  const c = source[start];
  if (c === '[') return classEnd(source, start);
  if (c !== '\\') return start + ((source.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  const kind = source[start + 1];
  if ((kind === 'p' || kind === 'P' || kind === 'u') && source[start + 2] === '{')
    return source.indexOf('}', start) + 1 || -1;
  if (kind === 'u') return start + 6;
  if (kind === 'x') return start + 4;
  return start + 2;
}
