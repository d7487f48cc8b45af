import type { Document } from 'domhandler';
import sanitize from 'sanitize-html';
import { currentParseScope, parseHtmlShared } from './document/parse-html';
import { walkRendered } from './document/rendered-walk';
import { walkDom, type DomVisitor } from './document/dom-walk';
import { writeSafeHtmlOf, writeSanitizedHtmlOf, type SanitizedHtml } from './document/safe-html-writer';
import { TextWriter, writeText } from './document/text-writer';

/**
 * The allow-list of REFERENCE ("Sanitising job HTML"): p, br, ul, ol, li, strong, em, b, i, h2–h4 and links
 * to http(s)/mailto with rel="nofollow noopener". Everything else is dropped; script, style and embedded
 * documents lose their content too.
 */
const SANITIZE_OPTIONS: sanitize.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'h2', 'h3', 'h4'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'template',
    'iframe',
    'object',
    'svg',
    'math',
    'title',
    'head',
  ],
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: sanitize.simpleTransform('a', { rel: 'nofollow noopener' }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href,
};

/**
 * Strict allow-list sanitising for description HTML. The body is first rewritten from its DOM into clean,
 * well-nested allow-list HTML (headings mapped to h2–h4, containers to paragraph breaks, unsafe links
 * unwrapped), then sanitize-html enforces the allow-list on that as the last word, unless every token the writer
 * wrote is one the strict check (allow-list-html.ts) accepts: then the writer's output, written directly in the
 * form sanitize-html returns, is sanitize-html's answer and no second pass reads it. Its output is returned as
 * is: nothing edits sanitised HTML afterwards. `document`, when given, is a DOM the caller already has that
 * reads exactly as `html` (parse-html.ts parseHtmlParts); `rendered`: `html` is what a Markdown or text parser
 * rendered (render-blocks.ts), whose walk is read from the string (rendered-walk.ts).
 */
export function sanitizeHtml(html: string, document?: Document, rendered = false): string {
  if (!hasVisibleText(html)) return '';
  const text = new TextWriter();
  const { written, walk } = writeWalked(html, document, rendered, text);
  // left to sanitize-html: the same walk written in the tokens it is to read (the text was read from the first writing)
  const sanitized = written.final ? written.html : sanitize(writeSafeHtmlOf(walk) ?? '', SANITIZE_OPTIONS);
  lastSanitized = { html: sanitized, text: text.finish(), scope: currentParseScope() };
  return sanitized;
}

type Walk = (visitor: DomVisitor) => boolean;

/** The safe-HTML writer's output of the body, from the rendered string's walk where it reads, else from its DOM. */
function writeWalked(
  html: string,
  document: Document | undefined,
  rendered: boolean,
  mirror: TextWriter,
): { written: SanitizedHtml; walk: Walk } {
  if (rendered) {
    const walk: Walk = (visitor) => walkRendered(html, visitor);
    const written = writeSanitizedHtmlOf(walk, mirror);
    if (written) return { written, walk };
  }
  const root = document ?? parseHtmlShared(html);
  const walk: Walk = (visitor) => (walkDom(root, visitor), true);
  return { written: writeSanitizedHtmlOf(walk, mirror) as SanitizedHtml, walk };
}

/** sanitize-html with the allow-list alone (no DOM rewrite, no shortcut): the reference the shortcut is tested against. */
export const sanitizeAllowList = (html: string): string => sanitize(html, SANITIZE_OPTIONS);

/**
 * The plain text of the last sanitised body, read while it was written: the description's text is asked
 * for right after its HTML, and that saves parsing the HTML again. Same reader, same result. Only within the
 * posting it was written for (its parse scope, parse-html.ts).
 */
let lastSanitized: { html: string; text: string; scope: number } | null = null;

/**
 * Readable plain text from HTML: block boundaries become line breaks (paragraphs a blank line), list items
 * "- item" lines, entities decoded, whitespace tidy; scripts, styles and hidden elements left out.
 */
export function htmlToText(html: string): string {
  if (!hasVisibleText(html)) return '';
  if (lastSanitized?.html === html && lastSanitized.scope === currentParseScope()) return lastSanitized.text;
  return writeText(parseHtmlShared(html));
}

/** A character `trim()` keeps (`\s` and `trim()` take the same white space and line terminators). */
const VISIBLE = /\S/;

/** Whether `text.trim()` would be non-empty, without making the trimmed copy of a body. */
export const hasVisibleText = (text: string): boolean => VISIBLE.test(text);
