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
  return { groupOf, regexes };
}

/** One code unit, written so that it is literal inside and outside a character class. */
function escapeUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  return `\\u${code.toString(16).padStart(4, '0')}`;
}
