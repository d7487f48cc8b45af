import { Parser } from 'htmlparser2';
import { DomHandler, Document, Element, Text, type ChildNode } from 'domhandler';
import { limitNesting, MAX_NESTING } from './depth-guard';

const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/** Raised inside a parse as soon as nesting passes the cap; the parse starts over on capped HTML. */
class TooDeep extends Error {}

type ParserState = Parameters<DomHandler['onparserinit']>[0];

/** A DOM builder that stops the parse once tags nest deeper than real pages do (see depth-guard.ts). */
class GuardedHandler extends DomHandler {
  private source: ParserState | null = null;
  /** where the last closing tag that left no element open ended (-1: none yet) */
  closedAt = -1;

  override onparserinit(parser: ParserState): void {
    super.onparserinit(parser);
    this.source = parser;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > MAX_NESTING + 1) throw new TooDeep();
  }

  override onclosetag(): void {
    super.onclosetag();
    if (this.tagStack.length === 1) this.closedAt = this.source?.endIndex ?? -1;
  }

  /** Whether no element is open in what was written so far. */
  get closed(): boolean {
    return this.tagStack.length === 1;
  }
}

function parse(html: string): Document {
  const handler = new GuardedHandler();
  new Parser(handler, PARSER_OPTIONS).end(html);
  return handler.root;
}

/**
 * A fresh DOM of the HTML (htmlparser2: several times faster than parse5); callers may mutate it. Pages
 * that nest within the cap are parsed once; deeper ones are parsed again with the excess tags removed.
 */
export function parseHtmlFresh(html: string): Document {
  try {
    return parse(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return parse(limitNesting(html));
  }
}

/** A body's DOM and the HTML it reads as. */
interface ParsedHtml {
  html: string;
  document: Document;
}

/**
 * Normalising one posting reads the same HTML several times (sanitising, plain text, sections): the DOMs parsed
 * while one posting is normalised are shared by those reads, and by no other posting's. `beginParseScope` opens a
 * posting's scope; a DOM is never found by its text in another posting's (two postings with the same body each
 * parse it), so no reading is carried from one posting to the next.
 */
const SCOPE_SIZE = 3;
let scope: ParsedHtml[] = [];
let scopeNumber = 0;

/** The DOM a source parser handed on with the raw posting it built (`rememberDocument`), by that posting object. */
const handed = new WeakMap<object, ParsedHtml>();

/**
 * Starts the reads of one posting: the DOMs of the posting before are dropped, and the DOM its parser handed on
 * with `owner` (the raw posting object), if any, is the first the reads may share. Returns the scope's number.
 */
export function beginParseScope(owner?: object): number {
  const known = owner ? handed.get(owner) : undefined;
  scope = known ? [known] : [];
  return ++scopeNumber;
}

/** The number of the posting scope the reads are in now (see `beginParseScope`). */
export const currentParseScope = (): number => scopeNumber;

/** A DOM of the HTML for read-only use, shared with the reads of the same posting that parsed the same string. */
export function parseHtmlShared(html: string): Document {
  const hit = scope.find((entry) => entry.html === html);
  if (hit) return hit.document;
  const document = parseHtmlFresh(html);
  scope.unshift({ html, document });
  scope.length = Math.min(scope.length, SCOPE_SIZE);
  return document;
}

/**
 * Hands on a DOM that is already known to read as `html` (a parser that just serialised it) with the raw posting
 * `owner` it built, so the normaliser's reads of that posting's body need no parse. It must not be mutated
 * afterwards.
 */
export function rememberDocument(owner: object, html: string, document: Document): void {
  handed.set(owner, { html, document });
}

/** A DOM of one part and whether HTML written after that part would parse as if it stood alone. */
function parseJoinable(html: string): { document: Document; joinable: boolean } {
  const handler = new GuardedHandler();
  const parser = new Parser(handler, PARSER_OPTIONS);
  try {
    parser.write(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return { document: parseHtmlFresh(html), joinable: false };
  }
  // after the last tag only text without `<` or `&`: the tokenizer is back in plain text with nothing pending;
  // the last token read ends at the part's end (a tag cut off in its attributes, `<p class="a`, emits no token
  // for its tail, so the tail's text alone does not show it); and no SVG or MathML element, whose context
  // htmlparser2 keeps apart from the open elements
  const joinable =
    handler.closed &&
    !OPENS_MARKUP.test(html.slice(handler.closedAt + 1)) &&
    parser.endIndex === html.length - 1 &&
    !FOREIGN_CONTEXT.test(html);
  parser.end();
  return { document: handler.root, joinable };
}
const OPENS_MARKUP = /[<&]/;
/** Tags that switch htmlparser2's foreign-content context (its foreignContextElements and htmlIntegrationElements). */
const FOREIGN_CONTEXT = /<\/?(?:svg|math|mi|mo|mn|ms|mtext|annotation-xml|foreignobject|desc|title)(?=[\s/>]|$)/i;

/** A part whose DOM is already known: it reads exactly as `html` and leaves nothing open (joinable). */
export interface ParsedPart {
  html: string;
  document: Document;
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A heading as an `<h3>` part, built without a parse (a source's section name: a few words, parsed alone it
 * costs more than the tokenizer's setup). With `&`, `<` and `>` escaped the text holds nothing that starts a
 * tag or an entity, so htmlparser2 would read one h3 element around one text node of exactly `text`
 * (decoding the three escapes back); parse-html-parts.test.ts compares the two on random text.
 */
export function headingPart(text: string): ParsedPart {
  const document = new Document([]);
  if (text) {
    const heading = new Element('h3', {}, [new Text(text)]);
    for (const child of heading.children) child.parent = heading;
    heading.parent = document;
    document.children.push(heading);
  }
  return { html: text ? `<h3>${escapeText(text)}</h3>` : '', document };
}

/**
 * DOMs of several HTML strings and one that reads as their concatenation, each string parsed once (a body and
 * the sections a source split off it). Where a part leaves no element open and no tag, comment or entity
 * unfinished, the tokenizer and tree builder stand where they stood before it, so what follows parses as if it
 * stood alone: the concatenation's DOM is the parts' nodes side by side. Two text nodes meeting at a seam would
 * have been one, and a part left open changes what follows: then the concatenation is parsed as a whole.
 * The DOMs are for reading only; the joined one shares the parts' nodes. A `ParsedPart` is taken as parsed.
 */
export function parseHtmlParts(parts: readonly (string | ParsedPart)[]): { parts: Document[]; whole: Document } {
  const parsed = parts.map((part) =>
    typeof part === 'string' ? parseJoinable(part) : { document: part.document, joinable: true },
  );
  const documents = parsed.map((part) => part.document);
  const nodes: ChildNode[] = [];
  for (const [i, { document, joinable }] of parsed.entries()) {
    const seamOfText = document.children[0]?.type === 'text' && nodes[nodes.length - 1]?.type === 'text';
    if (seamOfText || (!joinable && i < parsed.length - 1))
      return { parts: documents, whole: parseHtmlFresh(parts.map(htmlOf).join('')) };
    nodes.push(...document.children);
  }
  return { parts: documents, whole: new Document(nodes) };
}

const htmlOf = (part: string | ParsedPart): string => (typeof part === 'string' ? part : part.html);
