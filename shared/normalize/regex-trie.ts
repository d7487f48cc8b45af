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
