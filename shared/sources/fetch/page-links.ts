import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';

/** Links found on a career site's list page. */
export interface ListPageLinks {
  /** candidate detail pages, absolute, same-site, without fragments, in page order */
  details: string[];
  /** the next list page, when there is one */
  next: string | null;
}

/** Default next-page selectors: the `rel=next` conventions. */
const DEFAULT_NEXT = 'a[rel~="next"], link[rel~="next"]';

/**
 * Reads a list page: the detail links (`linkSelector`, or every same-site link) and the next page
 * (`nextSelector`, or `rel=next`). Only links on the same site as `pageUrl` are kept: a career site's
 * crawl never wanders to other hosts.
 */
export function readListPage(
  html: string,
  pageUrl: string,
  selectors: { link?: string; next?: string },
): ListPageLinks {
  const $ = load(html);
  const hrefs = (selector: string): string[] =>
    $(selector)
      .map((_i, el) => $(el).attr('href') ?? '')
      .get()
      .filter(Boolean);
  const details = unique(hrefs(selectors.link ?? 'a[href]').flatMap((href) => sameSiteUrl(href, pageUrl) ?? []));
  const next = hrefs(selectors.next ?? DEFAULT_NEXT)
    .map((href) => sameSiteUrl(href, pageUrl))
    .find((url): url is string => url !== null && url !== stripFragment(pageUrl));
  return { details: details.filter((url) => url !== stripFragment(pageUrl)), next: next ?? null };
}

/** `<urlset>` locations and nested `<sitemapindex>` sitemaps of a sitemap (sitemaps.org protocol). */
export function readSitemap(xml: string): { pages: string[]; sitemaps: string[] } {
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    removeNSPrefix: true,
    isArray: (name) => name === 'url' || name === 'sitemap',
  });
  const doc = parser.parse(xml) as {
    urlset?: { url?: Array<{ loc?: unknown }> };
    sitemapindex?: { sitemap?: Array<{ loc?: unknown }> };
  };
  const locs = (items: Array<{ loc?: unknown }> | undefined): string[] =>
    (items ?? []).map((item) => (typeof item.loc === 'string' ? item.loc.trim() : '')).filter(Boolean);
  return { pages: locs(doc.urlset?.url), sitemaps: locs(doc.sitemapindex?.sitemap) };
}

/** An absolute http(s) URL on the same site as `base` (same host, `www.` aside, or a subdomain of it), or null. */
export function sameSiteUrl(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return isSameSite(url, new URL(base)) ? stripFragment(url.href) : null;
}

function isSameSite(a: URL, b: URL): boolean {
  if (a.port !== b.port) return false;
  const hostA = a.hostname.replace(/^www\./, '');
  const hostB = b.hostname.replace(/^www\./, '');
  return hostA === hostB || hostA.endsWith(`.${hostB}`) || hostB.endsWith(`.${hostA}`);
}

const stripFragment = (url: string): string => url.replace(/#.*$/, '');
const unique = <T>(items: T[]): T[] => [...new Set(items)];
