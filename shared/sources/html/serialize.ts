import type { Element, ParentNode } from 'domhandler';
import { walkDom } from '../../normalize/document/dom-walk';

const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
const MAX_ATTRIBUTE = 2048;
const TAG_NAME = /^[a-z][a-z0-9-]*$/;
/** Whitespace is collapsed as HTML renders it, so the body is already in the shape text repair leaves it. */
const WHITESPACE_RUN = /\s+/g;
/** A run that changes when collapsed: two or more characters, or one that is not a plain space. */
const COLLAPSIBLE = /\s\s|[^\S ]/;
const collapseRun = (run: string): string => (run.includes('\n') ? '\n' : ' ');

/** `<name>`, with its `href` when it has a usable one: the one attribute the body keeps. */
function openTag(element: Element): string {
  const href = element.attribs.href;
  return href !== undefined && href.length <= MAX_ATTRIBUTE
    ? `<${element.name} href="${escape(href)}">`
    : `<${element.name}>`;
}

/**
 * HTML of an element's content, iteratively (dom-serializer recurses and overflows on hostile nesting).
 * Scripts, styles and hidden elements are left out, and attributes other than `href`: the body is
 * sanitised later and nothing else in it is read. Whitespace runs are collapsed.
 */
export function serializeContent(root: ParentNode): string {
  const out: string[] = [];
  walkDom(root, {
    enter(element: Element) {
      if (TAG_NAME.test(element.name)) out.push(openTag(element));
      return true;
    },
    leave(element: Element) {
      if (!VOID.has(element.name) && TAG_NAME.test(element.name)) out.push(`</${element.name}>`);
    },
    text(data: string) {
      out.push(escape(COLLAPSIBLE.test(data) ? data.replace(WHITESPACE_RUN, collapseRun) : data));
    },
  });
  return out.join('').trim();
}
