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
