/**
 * Writes a list of literal strings as one regular-expression source whose alternatives share their
 * prefixes (a trie), so matching costs one walk per text position instead of one try per string.
 * Children come before the end of a string, so the longest string is tried first and shorter ones are
 * reached by backtracking. Spaces match any run of whitespace. Valid with and without the `u` flag.
 */
export function trieRegexSource(keys: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), terminal: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  return `(?:${write(root)})`;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

function write(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => escapeChar(ch) + write(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}

function escapeChar(ch: string): string {
  if (ch === ' ') return '\\s+';
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Code units that a case-insensitive (non-Unicode) character class matches: one pass over every unit. */
export function caseInsensitiveUnits(classBody: string): Uint8Array {
  const units = new Uint8Array(0x10000);
  for (const m of allUnits().matchAll(new RegExp(`[${classBody}]`, 'gi'))) units[m.index] = 1;
  return units;
}

let everyUnit: string | undefined;

/** Every UTF-16 code unit once, in order (lone surrogates included: the regexes here run without `u`). */
function allUnits(): string {
  if (everyUnit === undefined) {
    const chunks: string[] = [];
    for (let start = 0; start < 0x10000; start += 0x1000)
      chunks.push(String.fromCharCode(...Array.from({ length: 0x1000 }, (_, i) => start + i)));
    everyUnit = chunks.join('');
  }
  return everyUnit;
}

/**
 * A trie regex split by the first UTF-16 unit of its strings: one sticky, case-insensitive regex per
 * group, and a table from each code unit to the group that may start there (0: none). Tried only at the
 * positions a caller picks, each regex matches exactly what `trieRegexSource(keys) + suffix` with the `i`
 * flag matches there, while the positions where no string can start are skipped in a table lookup
 * instead of a regex step: many times faster over long texts than one big regex with a boundary
 * lookbehind.
 */
export interface TrieDispatch {
  /** code unit → 1 + index into `regexes`, 0 when no string starts with it (case-insensitively) */
  groupOf: Uint16Array;
  regexes: RegExp[];
  /**
   * Per group, the code units its strings' second unit can be (case-insensitively; a space in a string
   * stands for any whitespace), or null when the group has a one-unit string: a position whose next unit
   * is not in the set cannot match, and is skipped without running the regex.
   */
  seconds: (Set<number> | null)[];
}

/** Builds the dispatch for `keys`; `suffix` (a lookahead, say) is appended to every group's regex. */
export function trieDispatch(keys: Iterable<string>, suffix = ''): TrieDispatch {
  const byFirstUnit = new Map<string, string[]>();
  for (const key of keys) {
    if (!key) continue;
    const list = byFirstUnit.get(key.charAt(0));
    if (list) list.push(key);
    else byFirstUnit.set(key.charAt(0), [key]);
  }
  // Units equal under the regex engine's own case folding share a group, tried in the trie's order.
  const groupOf = new Uint16Array(0x10000);
  const groups: string[][] = [];
  const firstUnits = [...byFirstUnit.keys()].map((first) => ({ first, regex: new RegExp(escapeUnit(first), 'i') }));
  const candidates = caseInsensitiveUnits(firstUnits.map(({ first }) => escapeUnit(first)).join(''));
  for (let unit = 0; unit < 0x10000; unit++) {
    if (!candidates[unit]) continue;
    const text = String.fromCharCode(unit);
    const firsts = firstUnits.filter(({ regex }) => regex.test(text)).map(({ first }) => first);
    const signature = firsts.sort().join('');
    let index = groups.findIndex((g) => g.join('') === signature);
    if (index < 0) index = groups.push(firsts) - 1;
    groupOf[unit] = index + 1;
  }
  const regexes = groups.map(
    (firsts) => new RegExp(`${trieRegexSource(firsts.flatMap((f) => byFirstUnit.get(f) ?? []))}${suffix}`, 'iy'),
  );
  const keysOf = groups.map((firsts) => firsts.flatMap((f) => byFirstUnit.get(f) ?? []));
  const matching = unitsMatching(new Set(keysOf.flat().map((key) => key.charAt(1))));
  const seconds = keysOf.map((group) => secondUnits(group, matching));
  return { groupOf, regexes, seconds };
}

/** The units that can follow the first one in a match of `keys` (null: a key ends after one unit). */
function secondUnits(keys: string[], matching: Map<string, number[]>): Set<number> | null {
  if (keys.some((key) => key.length < 2)) return null;
  const units = new Set<number>();
  for (const key of keys) for (const unit of matching.get(key.charAt(1)) ?? []) units.add(unit);
  return units;
}

/**
 * For each one-unit pattern, the code units it matches with the `i` flag (a space: any whitespace, as the
 * trie writes it). One pass over every unit finds the candidates; each candidate is then tried per pattern.
 */
function unitsMatching(patterns: Set<string>): Map<string, number[]> {
  const sources = [...patterns].map((unit) => (unit === ' ' ? '\\s' : escapeUnit(unit)));
  const candidates = caseInsensitiveUnits(sources.join(''));
  const regexes = [...patterns].map((unit, i) => ({ unit, regex: new RegExp(`^[${sources[i]}]$`, 'i') }));
  const matching = new Map<string, number[]>(regexes.map(({ unit }) => [unit, []]));
  for (let code = 0; code < candidates.length; code++) {
    if (!candidates[code]) continue;
    const text = String.fromCharCode(code);
    for (const { unit, regex } of regexes) if (regex.test(text)) matching.get(unit)?.push(code);
  }
  return matching;
}

/** One code unit, written so that it is literal inside and outside a character class. */
function escapeUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

// The unit trie moved to its own file; its names stay importable from here.
export { caseFoldUnits, startsWithKey, unitTrie, type UnitTrie } from './unit-trie';
