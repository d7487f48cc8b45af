import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';
import { limitNesting, MAX_NESTING } from './depth-guard';

const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/** Raised inside a parse as soon as nesting passes the cap; the parse starts over on capped HTML. */
class TooDeep extends Error {}

/** A DOM builder that stops the parse once tags nest deeper than real pages do (see depth-guard.ts). */
class GuardedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > MAX_NESTING + 1) throw new TooDeep();
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

/** Normalising one posting reads the same HTML several times (sanitising, plain text, sections). */
const CACHE_SIZE = 3;
const cache: Array<{ html: string; document: Document }> = [];

/** A DOM of the HTML for read-only use, shared with the last few callers that parsed the same string. */
export function parseHtmlShared(html: string): Document {
  const hit = cache.find((entry) => entry.html === html);
  if (hit) return hit.document;
  const document = parseHtmlFresh(html);
  rememberDocument(html, document);
  return document;
}

/**
 * Offers a DOM that is already known to read as `html` (a parser that just serialised it), so the
 * normaliser's reads of that body need no parse. It must not be mutated afterwards.
 */
export function rememberDocument(html: string, document: Document): void {
  cache.unshift({ html, document });
  cache.length = Math.min(cache.length, CACHE_SIZE);
}
