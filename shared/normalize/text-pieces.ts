/** The longest line `piecesOf` returns whole. */
export const PIECE_LENGTH = 400;

/**
 * Splits a long line into sentences, and a run-on sentence into slices at spaces, so that line-oriented
 * readers (languages, terms) keep their clauses local and their cost linear in the text's length.
 * Lines up to `max` characters are returned whole.
 */
export function piecesOf(line: string, max = PIECE_LENGTH): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  for (const sentence of line.split(/(?<=[.!?。！？;；\n])\s*/u)) {
    let rest = sentence;
    while (rest.length > max) {
      const cut = rest.lastIndexOf(' ', max);
      const at = cut > max / 2 ? cut : max;
      pieces.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    if (rest.trim()) pieces.push(rest);
  }
  return pieces;
}

/**
 * Whitespace runs as one space (`text.replace(/\s+/g, ' ')`), without the replace where it would change nothing: a
 * text whose only whitespace is single plain spaces comes back as it is. A global replace builds a new string for
 * every space it meets, and titles and salary texts, read once per posting, nearly always have nothing to collapse.
 */
export function collapseSpaces(text: string): string {
  return SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Two whitespace characters in a row, or one that is not a plain space: what `\s+` → ' ' changes. */
const SPACE_TO_COLLAPSE = /\s\s|[^\S ]/;
