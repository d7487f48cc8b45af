import type { Element } from 'domhandler';
import { MAX_NESTING } from './depth-guard';
import type { DomVisitor } from './dom-walk';

/**
 * The body HTML a Markdown or text posting's parser rendered (render-blocks.ts) is written in a small grammar:
 * escaped text, the four entities its escaper writes, plain allow-list tags and `<a href="…">`. Its DOM walk is
 * read here straight from the string, without building a DOM, so the sanitiser's writers (which only walk) see
 * the events they would see walking the parsed DOM. Anything outside that grammar, or nesting that htmlparser2
 * would repair (an implied close, a close tag that is not the innermost open one, a tag left open, deeper than
 * the depth guard), reads as null: the caller parses the HTML as before.
 */

type Event = { kind: 'enter'; element: Element } | { kind: 'leave'; element: Element } | { kind: 'text'; data: string };

const TAG = /<(\/?)(h2|h3|h4|p|br|ul|ol|li|strong|em|a)>|<a href="([^"<>]*)">/y;
const ENTITY = /&(amp|lt|gt|quot);/y;
const TEXT = /[^<&]+/y;
const DECODED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const ENTITIES = /&(amp|lt|gt|quot);/g;
/** The tags whose opening makes htmlparser2 close an open `<p>` (its openImpliesClose table, for this grammar). */
const CLOSE_P = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol']);

const elementOf = (name: string, href?: string): Element =>
  ({ type: 'tag', name, attribs: href === undefined ? {} : { href }, children: [] }) as unknown as Element;

/** The walk's events of HTML in the renderer's grammar, or null when htmlparser2 might read it otherwise. */
function renderedEvents(html: string): Event[] | null {
  const events: Event[] = [];
  const open: Element[] = [];
  let text = '';
  const flush = (): void => {
    if (text) events.push({ kind: 'text', data: text });
    text = '';
  };
  for (let at = 0; at < html.length;) {
    const first = html[at];
    const pattern = first === '<' ? TAG : first === '&' ? ENTITY : TEXT;
    pattern.lastIndex = at;
    const match = pattern.exec(html);
    if (!match) return null;
    at = pattern.lastIndex;
    if (pattern === TEXT) text += match[0];
    else if (pattern === ENTITY) text += DECODED[match[1] ?? ''] ?? '';
    else {
      flush();
      if (!tagEvent(match, open, events)) return null;
    }
  }
  flush();
  return open.length === 0 ? events : null;
}

/** One tag's events; false where htmlparser2 would repair the nesting. */
function tagEvent(match: RegExpExecArray, open: Element[], events: Event[]): boolean {
  const [, closing, name = 'a', href] = match;
  const top = open[open.length - 1]?.name;
  if (closing) {
    const element = open.pop();
    if (element?.name !== name) return false;
    events.push({ kind: 'leave', element });
    return true;
  }
  if ((top === 'p' && CLOSE_P.has(name)) || (top === 'li' && name === 'li')) return false;
  // the parser's depth guard counts a `<br>` while it is open too
  if (open.length + 1 > MAX_NESTING) return false;
  const element = elementOf(
    name,
    href?.replace(ENTITIES, (_, entity: string) => DECODED[entity] ?? ''),
  );
  events.push({ kind: 'enter', element });
  if (name === 'br') events.push({ kind: 'leave', element });
  else open.push(element);
  return true;
}

/**
 * Walks HTML in the renderer's grammar as `walkDom` walks its parsed DOM (every element entered: none of the
 * grammar's tags is skipped content); false, having called nothing, when the HTML is outside that grammar.
 */
export function walkRendered(html: string, visitor: DomVisitor): boolean {
  const events = renderedEvents(html);
  if (!events) return false;
  let skipped = 0;
  for (const event of events) {
    if (event.kind === 'text') {
      if (skipped === 0) visitor.text(event.data);
    } else if (event.kind === 'enter') {
      if (skipped > 0 || !visitor.enter(event.element)) skipped++;
    } else if (skipped > 0) skipped--;
    else visitor.leave(event.element);
  }
  return true;
}
