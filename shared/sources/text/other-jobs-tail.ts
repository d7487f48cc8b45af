import { isOtherJobsHeading } from '../html/page-noise';

/**
 * A posting copied from a job board's page (Indeed, LinkedIn) ends with the board's list of other postings
 * under a heading of its own ("Vagas semelhantes", "Similar jobs", "Meer vacatures", "Ähnliche Jobs"), then the
 * site's footer: none of it is the posting. The text is cut before such a heading line when it comes after
 * the posting has begun (past the first third of the lines), so a posting that opens by naming its
 * openings is left whole.
 */
const MIN_SHARE_BEFORE = 1 / 3;
const MAX_HEADING_CHARS = 60;

export function withoutOtherJobsTail(text: string): string {
  const lines = text.split('\n');
  const from = Math.ceil(lines.length * MIN_SHARE_BEFORE);
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.length > 0 && line.length <= MAX_HEADING_CHARS && isOtherJobsHeading(line))
      return lines.slice(0, i).join('\n').trimEnd();
  }
  return text;
}
