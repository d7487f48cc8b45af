/**
 * The common reading of a document, whatever it was written in (HTML, Markdown, plain text): a flat
 * sequence of lines, explicit headings, lists and paragraph breaks. `blocks.ts` then decides which lines are
 * headings, fields or paragraphs.
 */

/** A list item with the items nested under it. */
export interface ListItem {
  text: string;
  /** the item's inline Markdown source, where it came from Markdown (for rendering) */
  source?: string;
  /** the bullet it was written with, where a reader split one off ("-", "📍"): an icon can name the fact */
  marker?: string;
  children: ListItem[];
}

export type LineRecord =
  /** a line of inline text; `strong` when all of it is bold */
  | { type: 'line'; text: string; strong: boolean; source?: string }
  | { type: 'heading'; text: string; level: number }
  | { type: 'list'; items: ListItem[]; ordered: boolean }
  /** a paragraph boundary */
  | { type: 'break' };

const ENDS_WITH_PUNCTUATION = /[:：;,.!?。！？、]$/u;

/**
 * An item as one string: nested items join their parent's text ("Cloud: AWS; GCP") instead of becoming
 * items of their own.
 */
export function itemText(item: ListItem): string {
  if (item.children.length === 0) return item.text;
  const children = item.children.map(itemText).filter(Boolean).join('; ');
  if (!item.text) return children;
  return ENDS_WITH_PUNCTUATION.test(item.text) ? `${item.text} ${children}` : `${item.text}: ${children}`;
}

const WHITESPACE = /\s+/g;
/** Whitespace that collapsing would change: anything but a lone space. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** Collapses runs of whitespace (NBSP included) to one space, leaving the ends alone. */
export function collapseRuns(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(WHITESPACE, ' ') : text;
}

/** Collapses runs of whitespace (NBSP included) to one space and trims. */
export function collapseSpace(text: string): string {
  return collapseRuns(text).trim();
}
