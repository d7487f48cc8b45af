import type { Element, ParentNode } from 'domhandler';
import { walkDom } from '../../normalize/document/dom-walk';

const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const KEPT_ATTRIBUTES = ['href'];
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
const MAX_ATTRIBUTE = 2048;
const TAG_NAME = /^[a-z][a-z0-9-]*$/;
/** Whitespace is collapsed as HTML renders it, so the body is already in the shape text repair leaves it. */
const WHITESPACE_RUN = /\s+/g;

/**
 * HTML of an element's content, iteratively (dom-serializer recurses and overflows on hostile nesting).
 * Scripts, styles and hidden elements are left out, and attributes other than `href`: the body is
 * sanitised later and nothing else in it is read. Whitespace runs are collapsed.
 */
export function serializeContent(root: ParentNode): string {
  const out: string[] = [];
  walkDom(root, {
    enter(element: Element) {
      if (!TAG_NAME.test(element.name)) return true;
      const attributes = KEPT_ATTRIBUTES.filter(
        (name) => element.attribs[name] !== undefined && element.attribs[name].length <= MAX_ATTRIBUTE,
      )
        .map((name) => ` ${name}="${escape(element.attribs[name] ?? '')}"`)
        .join('');
      out.push(`<${element.name}${attributes}>`);
      return true;
    },
    leave(element: Element) {
      if (TAG_NAME.test(element.name) && !VOID.has(element.name)) out.push(`</${element.name}>`);
    },
    text(data: string) {
      out.push(escape(data.replace(WHITESPACE_RUN, (run) => (run.includes('\n') ? '\n' : ' '))));
    },
  });
  return out.join('').trim();
}
