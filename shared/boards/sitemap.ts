import { jobPageUrl } from './board-context';
import { inChunks } from './feed-stream';
import { XML_DECLARATION } from './xml-text';

/**
 * The sitemap of open job pages (https://www.sitemaps.org/protocol.html); Google for Jobs reads it to find
 * job pages, and a closed posting leaves it. One sitemap holds at most 50,000 URLs and 50 MB (52,428,800
 * bytes) uncompressed; beyond that the sitemap is a sitemap index (`<sitemapindex>`) naming child sitemaps
 * (https://www.sitemaps.org/protocol.html#index), each within both limits.
 */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 52_428_800;

/** How much one sitemap may hold; tests configure small limits instead of writing 50,000 postings. */
export interface SitemapLimits {
  maxUrls: number;
  maxBytes: number;
}

export const DEFAULT_SITEMAP_LIMITS: SitemapLimits = { maxUrls: SITEMAP_MAX_URLS, maxBytes: SITEMAP_MAX_BYTES };

export interface SitemapEntry {
  id: string;
  /** ISO 8601: when the posting last changed */
  lastModified: string;
}

/** A child sitemap named by a sitemap index. */
export interface SitemapChild {
  loc: string;
  /** ISO 8601: the newest change among its URLs */
  lastModified: string;
}

const escapeXml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const URLSET_OPEN = `${XML_DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`;
const URLSET_CLOSE = '</urlset>\n';

/** The `<url>` element of one job page. */
export function sitemapUrlElement(entry: SitemapEntry, publicBaseUrl: string): string {
  const loc = jobPageUrl(entry.id, { publicBaseUrl }) ?? '';
  return `<url><loc>${escapeXml(loc)}</loc><lastmod>${escapeXml(entry.lastModified)}</lastmod></url>`;
}

/**
 * Counts what a sitemap holds so far and says whether one more `<url>` still fits within the limits
 * (bytes as UTF-8, the `<urlset>` wrapper included).
 */
export class SitemapBudget {
  private urls = 0;
  private bytes = Buffer.byteLength(URLSET_OPEN) + Buffer.byteLength(URLSET_CLOSE);

  constructor(private readonly limits: SitemapLimits) {}

  /** Takes the element if it fits (true), or leaves the budget as it was (false). */
  take(element: string): boolean {
    const size = Buffer.byteLength(element);
    if (this.urls >= this.limits.maxUrls || this.bytes + size > this.limits.maxBytes) return false;
    this.urls += 1;
    this.bytes += size;
    return true;
  }

  get count(): number {
    return this.urls;
  }
}

/** Streams the sitemap of `entries`, as many as fit within `limits` (the caller splits larger sets). */
export async function* renderSitemap(
  entries: AsyncIterable<SitemapEntry> | Iterable<SitemapEntry>,
  publicBaseUrl: string,
  limits: SitemapLimits = DEFAULT_SITEMAP_LIMITS,
): AsyncIterable<string> {
  yield* inChunks(sitemapParts(entries, publicBaseUrl, limits));
}

async function* sitemapParts(
  entries: AsyncIterable<SitemapEntry> | Iterable<SitemapEntry>,
  publicBaseUrl: string,
  limits: SitemapLimits,
): AsyncIterable<string> {
  yield URLSET_OPEN;
  const budget = new SitemapBudget(limits);
  for await (const entry of entries) {
    const element = sitemapUrlElement(entry, publicBaseUrl);
    if (!budget.take(element)) break;
    yield element;
  }
  yield URLSET_CLOSE;
}

/** Streams a sitemap index naming `children` (https://www.sitemaps.org/protocol.html#index). */
export async function* renderSitemapIndex(children: Iterable<SitemapChild>): AsyncIterable<string> {
  yield* inChunks(sitemapIndexParts(children));
}

function* sitemapIndexParts(children: Iterable<SitemapChild>): Iterable<string> {
  yield `${XML_DECLARATION}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`;
  for (const child of children)
    yield `<sitemap><loc>${escapeXml(child.loc)}</loc><lastmod>${escapeXml(child.lastModified)}</lastmod></sitemap>`;
  yield '</sitemapindex>\n';
}
