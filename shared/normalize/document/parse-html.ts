import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';
import { limitNesting } from './depth-guard';

const PARSE_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/** A fresh DOM of the HTML (htmlparser2: several times faster than parse5), nesting capped; callers may mutate it. */
export function parseHtmlFresh(html: string): Document {
  return parseDocument(limitNesting(html), PARSE_OPTIONS);
}

let lastHtml: string | null = null;
let lastDocument: Document | null = null;

/**
 * A DOM of the HTML for read-only use. Normalising one posting reads the same body several times
 * (sanitising, plain text, sections), so the last document is kept and parsed once.
 */
export function parseHtmlShared(html: string): Document {
  if (html !== lastHtml || !lastDocument) {
    lastDocument = parseHtmlFresh(html);
    lastHtml = html;
  }
  return lastDocument;
}
