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

/**
 * The walk's events, compact: a string is text, an element is entered, LEAVE leaves the innermost element
 * entered (the grammar's nesting is checked while reading, so the walk keeps its own stack).
 */
const LEAVE = null;
type Event = string | Element | typeof LEAVE;

const LT = 0x3c;
const AMP = 0x26;
const HREF_OPEN = '<a href="';
const HREF_CLOSE = '">';
const elementOf = (name: string, href?: string): Element =>
  ({ type: 'tag', name, attribs: href === undefined ? {} : { href }, children: [] }) as unknown as Element;

/**
 * The grammar's plain tags, each as written (`<p>`, `</p>`…): the element name, whether it closes, and the one
 * element without attributes a walk enters for it (its visitors read elements, never keep or change them).
 */
const TAG_NAMES = ['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'a'];
const TAGS = new Map<string, { name: string; closing: boolean; element: Element }>(
  TAG_NAMES.flatMap((name) => {
    const element = elementOf(name);
    return [
      [`<${name}>`, { name, closing: false, element }],
      [`</${name}>`, { name, closing: true, element }],
    ];
  }),
);
/** The entities its escaper writes, each as written, and the character it stands for. */
const ENTITIES_WRITTEN: ReadonlyArray<readonly [string, string]> = [
  ['&amp;', '&'],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&quot;', '"'],
];
const ENTITIES = /&(amp|lt|gt|quot);/g;
const DECODED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };
/** The tags whose opening makes htmlparser2 close an open `<p>` (its openImpliesClose table, for this grammar). */
const CLOSE_P = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol']);

/**
 * The walk's events of HTML in the renderer's grammar, or null when htmlparser2 might read it otherwise. Read
 * by character tests and table lookups rather than a regex match per token: a rendered body is thousands of
 * short tokens.
 */
function renderedEvents(html: string): Event[] | null {
  const events: Event[] = [];
  const open: string[] = [];
  let text = '';
  for (let at = 0; at < html.length;) {
    const code = html.charCodeAt(at);
    if (code === AMP) {
      const entity = ENTITIES_WRITTEN.find(([written]) => html.startsWith(written, at));
      if (!entity) return null;
      text += entity[1];
      at += entity[0].length;
    } else if (code !== LT) {
      const end = nextMarkup(html, at);
      text += html.slice(at, end);
      at = end;
    } else {
      const end = html.indexOf('>', at);
      if (end < 0) return null;
      if (text) events.push(text);
      text = '';
      if (!tagEvent(html.slice(at, end + 1), open, events)) return null;
      at = end + 1;
    }
  }
  if (text) events.push(text);
  return open.length === 0 ? events : null;
}

/** Where the text run from `at` ends: the next `<` or `&`, or the end. */
function nextMarkup(html: string, at: number): number {
  let end = at;
  while (end < html.length) {
    const code = html.charCodeAt(end);
    if (code === LT || code === AMP) break;
    end++;
  }
  return end;
}

/** One tag's events (`tag` from its `<` to the first `>`); false where htmlparser2 would repair the nesting. */
function tagEvent(tag: string, open: string[], events: Event[]): boolean {
  const plain = TAGS.get(tag);
  let name: string;
  let href: string | undefined;
  if (plain) {
    name = plain.name;
    if (plain.closing) {
      if (open.pop() !== name) return false;
      events.push(LEAVE);
      return true;
    }
  } else {
    // `<a href="…">`: the value holds no `"` or `<` (nor `>`: the tag ends at the first one)
    if (tag.length < HREF_OPEN.length + HREF_CLOSE.length || !tag.startsWith(HREF_OPEN) || !tag.endsWith(HREF_CLOSE))
      return false;
    const value = tag.slice(HREF_OPEN.length, -HREF_CLOSE.length);
    if (value.includes('"') || value.includes('<')) return false;
    name = 'a';
    href = value.replace(ENTITIES, (_, entity: string) => DECODED[entity] ?? '');
  }
  const top = open[open.length - 1];
  if ((top === 'p' && CLOSE_P.has(name)) || (top === 'li' && name === 'li')) return false;
  // the parser's depth guard counts a `<br>` while it is open too
  if (open.length + 1 > MAX_NESTING) return false;
  events.push(plain ? plain.element : elementOf(name, href));
  if (name === 'br') events.push(LEAVE);
  else open.push(name);
  return true;
}

/**
 * Walks HTML in the renderer's grammar as `walkDom` walks its parsed DOM (every element entered: none of the
 * grammar's tags is skipped content); false, having called nothing, when the HTML is outside that grammar.
 */
export function walkRendered(html: string, visitor: DomVisitor): boolean {
  const events = renderedEvents(html);
  if (!events) return false;
  const entered: Element[] = [];
  let skipped = 0;
  for (const event of events) {
    if (typeof event === 'string') {
      if (skipped === 0) visitor.text(event);
    } else if (event !== LEAVE) {
      entered.push(event);
      if (skipped > 0 || !visitor.enter(event)) skipped++;
    } else {
      const element = entered.pop() as Element;
      if (skipped > 0) skipped--;
      else visitor.leave(element);
    }
  }
  return true;
}
