import type { ParentNode } from 'domhandler';
import { blockBoundaryInto, collapseText as collapse, walkDom } from '../../normalize/document/dom-walk';

/**
 * `textOf(root)` when it is at most `limit` characters long, else null, without building the text of a large
 * subtree: the walk stops once the text read so far, collapsed, is over the limit (collapsing a prefix never
 * gives more than collapsing the whole). It checks when the raw characters read pass the limit, and again
 * each time they double, so a long subtree costs about the limit, a short one a single `textOf`.
 */
export function shortTextOf(root: ParentNode, limit: number): string | null {
  const only = root.children.length === 1 ? root.children[0] : undefined;
  if (only?.type === 'text') {
    const text = collapse([only.data]);
    return text.length <= limit ? text : null;
  }
  const parts: string[] = [];
  let raw = 0;
  let nextCheck = limit;
  let long = false;
  const boundary = blockBoundaryInto(parts);
  walkDom(root, {
    enter: (element) => !long && (boundary(element), true),
    leave: boundary,
    text(data) {
      if (long) return;
      parts.push(data);
      raw += data.length;
      if (raw <= nextCheck) return;
      long = collapse(parts).length > limit;
      nextCheck = raw * 2;
    },
  });
  if (long) return null;
  const text = collapse(parts);
  return text.length <= limit ? text : null;
}

/**
 * An upper bound on the length of any body `readHtmlPage` serialises from this page, as plain text (tags read
 * as spaces, whitespace collapsed: teaser-description.ts): the body is a part of the page (the reader only
 * removes nodes), so its text is some of the page's text nodes, each kept whole at most, with at most one
 * space before each and one after the last. Scripts and styles are left out: no reader steps into one for
 * the body, and nothing inside one is serialised. One walk, no text built.
 */
export function pageTextBound(root: ParentNode): number {
  let bound = 1;
  walkDom(
    root,
    { enter: () => true, leave: () => undefined, text: (data) => void (bound += data.length + 1) },
    (element) => element.type === 'script' || element.type === 'style',
  );
  return bound;
}
