import type { AnyNode, Element, ParentNode } from 'domhandler';
import { BLOCK_TAGS } from './html-tags';

/** Callbacks for a depth-first walk over a DOM. */
export interface DomVisitor {
  /** Called on entering an element; return false to skip its subtree (`leave` is then not called). */
  enter(element: Element): boolean;
  leave(element: Element): void;
  text(data: string): void;
}

/** Elements that never carry posting text (scripts, styles, embedded documents, form controls). */
const NON_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'select',
  'option',
  'optgroup',
  'textarea',
  'input',
  'button',
  'datalist',
  'audio',
  'video',
  'map',
  'dialog',
]);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Whether an element is invisible or not content at all: its subtree is skipped by every reader. */
export function isNonContent(element: Element): boolean {
  if (NON_CONTENT.has(element.name)) return true;
  const attribs = element.attribs;
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && style.length < 2000 && HIDDEN_STYLE.test(style);
}

const isElement = (node: AnyNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';

/**
 * Walks the children of `root` depth-first without recursion (hostile pages nest deeper than the call stack),
 * skipping non-content subtrees.
 */
export function walkDom(
  root: ParentNode,
  visitor: DomVisitor,
  skip: (element: Element) => boolean = isNonContent,
): void {
  const stack: Array<{ nodes: AnyNode[]; index: number; element: Element | null }> = [
    { nodes: root.children, index: 0, element: null },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.nodes[frame.index++];
    if (node === undefined) {
      stack.pop();
      if (frame.element) visitor.leave(frame.element);
      continue;
    }
    if (node.type === 'text') visitor.text(node.data);
    else if (isElement(node) && !skip(node) && visitor.enter(node)) {
      stack.push({ nodes: node.children, index: 0, element: node });
    }
  }
}

/** The visible text of a subtree, whitespace collapsed (iterative: safe on deep trees); `skip` widens or narrows what is read. */
export function textOf(root: ParentNode, skip: (element: Element) => boolean = isNonContent): string {
  const parts: string[] = [];
  const boundary = blockBoundaryInto(parts);
  walkDom(
    root,
    {
      enter: (element) => (boundary(element), true),
      leave: boundary,
      text: (data) => void parts.push(data),
    },
    skip,
  );
  return collapseText(parts);
}

/** A subtree's text parts as `textOf` writes them: joined, whitespace runs collapsed to one space, trimmed. */
export const collapseText = (parts: readonly string[]): string => parts.join('').replace(/\s+/g, ' ').trim();

/** The `enter`/`leave` step of a text walk that keeps block elements and `<br>` apart by a space in `parts`. */
export const blockBoundaryInto =
  (parts: string[]) =>
  (element: Element): void => {
    if (BLOCK_TAGS.has(element.name) || element.name === 'br') parts.push(' ');
  };

/** Every element under `root`, in document order, without recursion (nothing skipped). */
export function forEachElement(root: ParentNode, visit: (element: Element) => void): void {
  walkDom(
    root,
    { enter: (element) => (visit(element), true), leave: () => undefined, text: () => undefined },
    () => false,
  );
}

/** The element children of `parent`, in order (text, comments and other nodes left out). */
export const childElements = (parent: ParentNode): Element[] =>
  parent.children.filter((child): child is Element => child.type === 'tag');
