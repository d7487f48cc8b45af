import type { SectionKind } from './heading-dictionary';
import { headingLabel } from './heading-dictionary';
import type { HeadingLine, HeadingSignal, LineContext } from './line-headings';

/**
 * Items written one per paragraph or line, without bullets: "Requirements" as a heading, then
 * "<p>5+ years with Go</p>", "<p>Education in CS</p>", "<p>bonus annuel</p>". A bare line that happens to be
 * mostly a dictionary word would otherwise open a section of its own and take the items after it along.
 */

/** The section a document's lines are in while it is read: what opened it and how. */
export interface OpenSection {
  kind: SectionKind;
  signal: HeadingSignal;
  level: number;
}

/** Sections whose content is a list of items (one per line when written without bullets). */
const LIST_LIKE: ReadonlySet<SectionKind> = new Set(['responsibilities', 'must', 'nice', 'benefits', 'techStack']);
const FIGURE = /\p{Nd}/u;
const LOWER_START = /^\p{Ll}/u;

/** The section open after a heading: a known one opens its kind; an unknown one at its level or above closes it. */
export function sectionAfter(
  section: OpenSection | null,
  heading: { kind: SectionKind | null; signal: HeadingSignal; level: number },
): OpenSection | null {
  if (heading.kind !== null) return { kind: heading.kind, signal: heading.signal, level: heading.level };
  const structural = heading.signal === 'markup' || heading.signal === 'source';
  return section && structural && heading.level <= section.level ? null : section;
}

/**
 * Whether a bare line recognised as a heading only by standing alone is an item of the list-like section it is
 * in. It is when that section was opened by a heading marked as one (markup, bold, a colon, capitals: the
 * items are written plainer than their heading), the line is more than a dictionary heading ("Nice to have"
 * under "Requirements" still opens its section), and it reads as an item rather than a title: it states a
 * figure ("3+ years of Python", "30 Tage Urlaub"), starts in lower case ("bonus annuel"), names the section it
 * is already in ("Education in CS" under "Requirements": a section does not open itself again), or comes
 * first under the heading that just opened the section or after an item written the same way ("Bonus" under
 * "Benefits": a heading is not followed at once by another, nor does one interrupt a run of items).
 */
export function readsAsItem(line: HeadingLine, kind: SectionKind | null, place: LinePlace): boolean {
  const { section, context } = place;
  if (!section || section.signal === 'line' || !LIST_LIKE.has(section.kind)) return false;
  if (context.leadsList || line.decorated || line.whole) return false;
  return place.inItemRun || kind === section.kind || FIGURE.test(line.key) || LOWER_START.test(headingLabel(line.text));
}

/** Where a line stands for `readsAsItem`. */
export interface LinePlace {
  section: OpenSection | null;
  context: LineContext;
  /** whether the block before it is the section's heading or a paragraph of one line (an item without a bullet) */
  inItemRun: boolean;
}
