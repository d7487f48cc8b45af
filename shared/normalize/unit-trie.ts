/**
 * A set of strings as a trie over UTF-16 units, case-folded as a case-insensitive non-Unicode regex folds
 * them, to ask "does any string start here?" at many positions: a walk of a few table look-ups, where a
 * sticky regex call costs a few hundred nanoseconds even when it fails at the second unit. A space in a
 * string stands for a run of whitespace, as in `trieRegexSource` (regex-trie.ts).
 *
 * The nodes live in typed arrays, numbered from 0 (the root), each node's edges sorted by unit: a step is a
 * short search in a few cache lines, where a trie of `Map` nodes cost a hash look-up in a scattered object per
 * unit (in the whole normaliser, the walks of the language pre-filter were most of its time).
 */
export interface UnitTrie {
  /** the canonical unit of every code unit */
  fold: Uint16Array;
  /** 1 for each code unit a string can start with: elsewhere `startsWithKey` is false at once */
  starts: Uint8Array;
  /**
   * Filters on a string's first units, so that a position no string starts at is ruled out without a walk
   * (most word starts are). A string whose first three units are not spaces is in `triples`, at the slot (see
   * `slotOf`) of those three canonical units; a shorter one, or one with a space among its first three units,
   * is in `pairs` at the slot of its first two (a space standing for every whitespace unit), or, one unit
   * long, marks its first unit `unfiltered` (always walked). One bit per slot or unit (see `hasBit`): read at
   * most word starts of a posting, between which the rest of normalising evicts them from the cache, they
   * cost a miss per read as byte arrays (64 KiB each) and far fewer as bits (8 KiB each).
   */
  pairs: Uint32Array;
  triples: Uint32Array;
  unfiltered: Uint32Array;
  /** per node: 1 when a string ends there */
  terminal: Uint8Array;
  /** per node: the node after a run of whitespace, or -1 */
  space: Int32Array;
  /** per node: where its edges start in `edgeUnit` / `edgeTarget`; one entry more than there are nodes */
  edgeStart: Int32Array;
  /** the canonical unit of each edge, ascending within a node */
  edgeUnit: Uint16Array;
  /** the node each edge leads to */
  edgeTarget: Int32Array;
  /** the root's edges as a table by canonical unit (-1: none): the root has too many edges to search */
  rootNext: Int32Array;
}

/** Where two or three canonical units hash in the filters (collisions only let more walks through). */
const slotOf = (first: number, second: number, third = 0): number => ((first * 961) ^ (second * 31) ^ third) & 0xffff;

/** The trie while it is built. */
interface BuildNode {
  next: Map<number, BuildNode>;
  space: BuildNode | null;
  terminal: boolean;
}

const WHITESPACE = /\s/;
let caseFold: Uint16Array | undefined;
let whitespace: Uint8Array | undefined;

/** Builds the trie of `strings`. */
export function unitTrie(strings: Iterable<string>): UnitTrie {
  const keys = [...strings];
  const fold = caseFoldUnits();
  const root = buildTrie(keys, fold);
  const starts = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) if (root.next.has(fold[unit]!)) starts[unit] = 1;
  // a string led by a space starts at any whitespace unit (the table holds a 1 at each)
  if (root.space) whitespaceUnits().forEach((isSpace, unit) => (starts[unit] ||= isSpace));
  return { fold, starts, ...prefixFilters(keys, fold), ...flatten(root) };
}

function buildTrie(keys: string[], fold: Uint16Array): BuildNode {
  const root = buildNode();
  for (const key of keys) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      if (unit === 0x20) {
        node = node.space ??= buildNode();
        continue;
      }
      const canonical = fold[unit]!;
      let next = node.next.get(canonical);
      if (!next) node.next.set(canonical, (next = buildNode()));
      node = next;
    }
    node.terminal = true;
  }
  return root;
}

function buildNode(): BuildNode {
  return { next: new Map(), space: null, terminal: false };
}

/** Numbers the nodes breadth-first (the root is 0) and writes them into the typed arrays. */
function flatten(
  root: BuildNode,
): Pick<UnitTrie, 'terminal' | 'space' | 'edgeStart' | 'edgeUnit' | 'edgeTarget' | 'rootNext'> {
  const nodes: BuildNode[] = [root];
  const number = new Map<BuildNode, number>([[root, 0]]);
  const numberOf = (node: BuildNode): number => {
    if (!number.has(node)) number.set(node, nodes.push(node) - 1);
    return number.get(node)!;
  };
  const edges: Array<[number, BuildNode]>[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    edges.push([...node.next].sort(([a], [b]) => a - b));
    for (const [, child] of edges[i]!) numberOf(child);
    if (node.space) numberOf(node.space);
  }
  const terminal = new Uint8Array(nodes.length);
  const space = new Int32Array(nodes.length).fill(-1);
  const edgeStart = new Int32Array(nodes.length + 1);
  const edgeCount = edges.reduce((sum, list) => sum + list.length, 0);
  const edgeUnit = new Uint16Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  let edge = 0;
  nodes.forEach((node, i) => {
    terminal[i] = node.terminal ? 1 : 0;
    if (node.space) space[i] = numberOf(node.space);
    edgeStart[i] = edge;
    for (const [unit, child] of edges[i]!) {
      edgeUnit[edge] = unit;
      edgeTarget[edge++] = numberOf(child);
    }
  });
  edgeStart[nodes.length] = edge;
  const rootNext = new Int32Array(0x10000).fill(-1);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) rootNext[edgeUnit[e]!] = edgeTarget[e]!;
  return { terminal, space, edgeStart, edgeUnit, edgeTarget, rootNext };
}

/** The filters of `UnitTrie` for these strings. */
function prefixFilters(keys: Iterable<string>, fold: Uint16Array): Pick<UnitTrie, 'pairs' | 'triples' | 'unfiltered'> {
  const filters = {
    pairs: new Uint32Array(0x10000 / 32),
    triples: new Uint32Array(0x10000 / 32),
    unfiltered: new Uint32Array(0x10000 / 32),
  };
  const spaces = whitespaceUnits();
  // a space stands for any whitespace unit, which is its own canonical unit
  const unitsAt = (key: string, i: number): number[] =>
    key.charCodeAt(i) === 0x20 ? [...spaces.keys()].filter((u) => spaces[u] === 1) : [fold[key.charCodeAt(i)]!];
  for (const key of keys) {
    if (key.length === 0) continue;
    const first = fold[key.charCodeAt(0)]!;
    if (key.charCodeAt(0) === 0x20 || key.length === 1)
      for (const unit of unitsAt(key, 0)) setBit(filters.unfiltered, unit);
    else if (key.length === 2 || key.charCodeAt(1) === 0x20 || key.charCodeAt(2) === 0x20)
      for (const second of unitsAt(key, 1)) setBit(filters.pairs, slotOf(first, second));
    else setBit(filters.triples, slotOf(first, fold[key.charCodeAt(1)]!, fold[key.charCodeAt(2)]!));
  }
  return filters;
}

function setBit(bits: Uint32Array, index: number): void {
  bits[index >>> 5]! |= 1 << (index & 31);
}

/** Whether the bit of `index` (below 0x10000) is set. */
function hasBit(bits: Uint32Array, index: number): boolean {
  return ((bits[index >>> 5]! >>> (index & 31)) & 1) === 1;
}

/** Whether one of the trie's strings starts at `at` in `text` (case-insensitively). */
export function startsWithKey(trie: UnitTrie, text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (trie.starts[unit] !== 1) return trie.terminal[0] === 1;
  if (!startsMaybe(trie, text, at, trie.fold[unit]!)) return false;
  const spaces = whitespaceUnits();
  let node = 0;
  for (let i = at; ;) {
    if (trie.terminal[node] === 1) return true;
    if (i >= text.length) return false;
    const unit = text.charCodeAt(i);
    const afterSpace = trie.space[node]!;
    if (afterSpace >= 0 && spaces[unit] === 1) {
      while (i < text.length && spaces[text.charCodeAt(i)] === 1) i++;
      node = afterSpace;
      continue;
    }
    node = childOf(trie, node, trie.fold[unit]!);
    if (node < 0) return false;
    i++;
  }
}

/** The node the edge of `node` labelled `unit` leads to, or -1: a binary search of the node's sorted edges. */
function childOf(trie: UnitTrie, node: number, unit: number): number {
  if (node === 0) return trie.rootNext[unit]!;
  let low = trie.edgeStart[node]!;
  let high = trie.edgeStart[node + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const found = trie.edgeUnit[middle]!;
    if (found === unit) return trie.edgeTarget[middle]!;
    if (found < unit) low = middle + 1;
    else high = middle;
  }
  return -1;
}

/** False when the filters rule out every string at `at` (first unit `first`): then no walk is needed. */
function startsMaybe(trie: UnitTrie, text: string, at: number, first: number): boolean {
  if (hasBit(trie.unfiltered, first) || at + 2 >= text.length) return true;
  const second = trie.fold[text.charCodeAt(at + 1)]!;
  if (hasBit(trie.pairs, slotOf(first, second))) return true;
  return hasBit(trie.triples, slotOf(first, second, trie.fold[text.charCodeAt(at + 2)]!));
}

/** The canonical unit of every code unit, as a case-insensitive non-Unicode regex compares them. */
export function caseFoldUnits(): Uint16Array {
  caseFold ??= canonicalUnits();
  return caseFold;
}

/** 1 for each code unit `\s` matches (as a space in a trie string does). */
export function whitespaceUnits(): Uint8Array {
  whitespace ??= unitsWhere((unit) => WHITESPACE.test(String.fromCharCode(unit)));
  return whitespace;
}

/**
 * The canonical form a case-insensitive non-Unicode regex compares (ECMA-262 Canonicalize): the upper
 * case when it is one unit and does not turn a non-ASCII unit into an ASCII one.
 */
function canonicalUnits(): Uint16Array {
  const fold = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    const upper = String.fromCharCode(unit).toUpperCase();
    const canonical = upper.length === 1 ? upper.charCodeAt(0) : unit;
    fold[unit] = unit >= 128 && canonical < 128 ? unit : canonical;
  }
  return fold;
}

function unitsWhere(test: (unit: number) => boolean): Uint8Array {
  const units = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) if (test(unit)) units[unit] = 1;
  return units;
}
