/**
 * Text tables kept as one string of lines, for generated data that must load fast. A JavaScript source
 * file with a single non-ASCII character is compiled as two-byte text, several times slower than ASCII,
 * so generated tables keep every character outside printable ASCII (and the separators) as `^` plus four
 * hex digits. Lines end in "\n"; a line's fields are separated by "|". Keyed tables are sorted by their
 * encoded key (the text before the first "|") so a key or a key prefix is found by binary search, without
 * reading the table first.
 */

const ESCAPED = /[^\x20-\x7e]|[\^|\\']/g;
const ENCODED = /\^([0-9a-f]{4})/g;

/** The printable-ASCII form of a text: other characters, "^", "|", "\" and "'" as `^` + UTF-16 code unit in hex. */
export function encodeField(text: string): string {
  return text.replace(ESCAPED, (c) => `^${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The text an encoded field stands for. */
export function decodeField(field: string): string {
  if (!field.includes('^')) return field;
  return field.replace(ENCODED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The decoded fields of the line that starts at `offset`. */
export function fieldsAt(lines: string, offset: number): string[] {
  const end = lines.indexOf('\n', offset);
  return lines
    .slice(offset, end < 0 ? lines.length : end)
    .split('|')
    .map(decodeField);
}

/** Start offsets of every line, in order. */
export function lineOffsets(lines: string): number[] {
  const offsets: number[] = [];
  for (let at = 0; at < lines.length; at = lines.indexOf('\n', at) + 1 || lines.length) offsets.push(at);
  return offsets;
}

/** Offset of the first line whose encoded key is at least `target` (the table's length when none is). */
export function lowerBound(lines: string, target: string): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = lines.lastIndexOf('\n', mid - 1) + 1;
    const bar = lines.indexOf('|', start);
    if (lines.slice(start, bar) < target) lo = lines.indexOf('\n', bar) + 1;
    else hi = start;
  }
  return lo;
}

/**
 * Offsets [from, to) of the lines whose key starts with the two-character `prefix`, or, for a shorter
 * prefix, whose key equals it: the lines `prefixOf(key)` sends to the same block.
 */
export function prefixRange(lines: string, prefix: string): [number, number] {
  const encoded = encodeField(prefix);
  // every encoded character is below \x7f, and every longer key with the same start is at least key + \0
  const after = prefix.length >= 2 ? '\x7f' : '\0';
  return [lowerBound(lines, encoded), lowerBound(lines, encoded + after)];
}

/** The block a key belongs to: its first two UTF-16 code units. */
export function prefixOf(key: string): string {
  return key.slice(0, 2);
}

/** Lines sorted by their encoded key, each ending in "\n": the form `lowerBound` searches. */
export function sortedLines(rows: readonly (readonly [key: string, rest: string])[]): string {
  const lines = rows.map(([key, rest]) => [encodeField(key), rest] as const);
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return lines.map(([key, rest]) => `${key}|${rest}\n`).join('');
}
