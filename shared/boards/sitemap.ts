import { jobPageUrl } from './board-context';
import { inChunks } from './feed-stream';
import { XML_DECLARATION } from './xml-text';

/**
 * The sitemap of open job pages (https://www.sitemaps.org/protocol.html); Google for Jobs reads it to find
 * job pages, and a closed posting leaves it. A sitemap holds at most 50,000 URLs.
 */
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapEntry {
  id: string;
  /** ISO 8601: when the posting last changed */
  lastModified: string;
}

const escapeXml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** Streams the sitemap of `entries` (at most `SITEMAP_MAX_URLS`; the rest is left out). */
export async function* renderSitemap(
  entries: AsyncIterable<SitemapEntry> | Iterable<SitemapEntry>,
  publicBaseUrl: string,
): AsyncIterable<string> {
  yield* inChunks(sitemapParts(entries, publicBaseUrl));
}

async function* sitemapParts(
  entries: AsyncIterable<SitemapEntry> | Iterable<SitemapEntry>,
  publicBaseUrl: string,
): AsyncIterable<string> {
  yield `${XML_DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`;
  let count = 0;
  for await (const entry of entries) {
    if (count++ >= SITEMAP_MAX_URLS) break;
    const loc = jobPageUrl(entry.id, { publicBaseUrl }) ?? '';
    yield `<url><loc>${escapeXml(loc)}</loc><lastmod>${escapeXml(entry.lastModified)}</lastmod></url>`;
  }
  yield '</urlset>\n';
}
