import { html as honoHtml, raw } from 'hono/html';
import sanitizeHtml from 'sanitize-html';

/**
 * HTML for the console: hono's `html` tagged template escapes every interpolated value (text and attribute
 * alike) unless it is itself `Html`, so a page can only contain what a template wrote. Nothing here awaits,
 * so templates are synchronous.
 */
export type Html = ReturnType<typeof raw>;

/** An HTML fragment: interpolations escaped; arrays joined; null, undefined and booleans left out. */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html => honoHtml(strings, ...values) as Html;

/** Nothing. */
export const empty: Html = raw('');

/** A link target from stored data: only http(s) URLs, so `javascript:` and friends never become links. */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A posting's description as HTML. It was sanitised at ingestion; it is sanitised again here with the same
 * allow-list (no scripts, no handlers, no styles, http(s)/mailto links only), because the console is where
 * an ingestion bug would turn into script running with a recruiter's session.
 */
export function descriptionHtml(value: string): Html {
  const clean = sanitizeHtml(value, {
    allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'a', 'h2', 'h3', 'h4'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
  });
  return raw(clean) as Html;
}

/** A page-relative URL with a query string, dropping empty values. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
