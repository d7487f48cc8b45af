import type { SourceConfig } from '../../schema/source';
import { hasJsonLdJobPosting } from '../jsonld/extract-jsonld';
import { ACCEPT_HTML, ACCEPT_XML, fetchDocument } from './fetch-document';
import { fetchDetailPages } from './detail-pages';
import { readListPage, readSitemap, sameSiteUrl } from './page-links';
import { emptyResult, markTruncated, type FetchContext, type SourceFetchResult } from './source-fetch';

type CareerSite = Extract<SourceConfig, { kind: 'jsonld' | 'html' }>;

/** A guard against runaway sites: detail pages read per run. */
export const MAX_DETAIL_PAGES = 5_000;
const MAX_SITEMAPS = 20;

/**
 * A career site: list pages (following "next" links up to `maxPages`) and, for `jsonld`, a sitemap give the
 * detail pages; each detail page is one document. `jsonld` pages are parsed for their JobPosting markup
 * (pages without it are not postings); `html` pages are read with the source's selectors.
 */
export async function fetchCareerSite(ctx: FetchContext, source: CareerSite): Promise<SourceFetchResult> {
  const result = emptyResult();
  const listed = new Set<string>();
  const listPages = await crawlListPages(ctx, source, listed, result);
  if (source.kind === 'jsonld' && source.sitemapUrl)
    for (const url of await sitemapPages(ctx, source, source.sitemapUrl, result)) listed.add(url);
  for (const page of listPages) listed.delete(page);
  let urls = [...listed];
  if (urls.length > MAX_DETAIL_PAGES) {
    markTruncated(result, `${urls.length} detail pages found; read the first ${MAX_DETAIL_PAGES}`);
    urls = urls.slice(0, MAX_DETAIL_PAGES);
  }
  const plan =
    source.kind === 'jsonld'
      ? { urls, accept: ACCEPT_HTML, kind: 'jsonld' as const, format: 'input' as const }
      : { urls, accept: ACCEPT_HTML, kind: 'html' as const, format: 'selectors' as const };
  await fetchDetailPages(ctx, source, plan, result);
  if (source.kind === 'jsonld') result.documents = result.documents.filter((doc) => hasJsonLdJobPosting(doc.content));
  return result;
}

/** Reads list pages from each start URL, following next links; returns the list pages read. */
async function crawlListPages(
  ctx: FetchContext,
  source: CareerSite,
  listed: Set<string>,
  result: SourceFetchResult,
): Promise<string[]> {
  const selectors =
    source.kind === 'html' ? source.selectors : { link: source.linkSelector, next: source.nextSelector };
  const seen: string[] = [];
  const queue = [...source.startUrls];
  while (queue.length > 0 && seen.length < source.maxPages) {
    const url = queue.shift() as string;
    if (seen.includes(url)) continue;
    seen.push(url);
    const response = await fetchDocument(ctx, source, url, { accept: ACCEPT_HTML });
    const html = response.text();
    const links = readListPage(html, response.url, {
      ...(selectors.link ? { link: selectors.link } : {}),
      ...(selectors.next ? { next: selectors.next } : {}),
    });
    for (const link of links.details) listed.add(link);
    // a start URL may itself be a posting page
    if (source.kind === 'jsonld' && hasJsonLdJobPosting(html))
      result.documents.push({ url: response.url, kind: 'jsonld', format: 'input', content: html });
    if (links.next && !seen.includes(links.next)) queue.push(links.next);
  }
  // list pages left unread hold postings we did not see: closing "missing" ones would be wrong
  if (queue.some((url) => !seen.includes(url)))
    markTruncated(result, `more than ${source.maxPages} list pages; raise maxPages`);
  return seen;
}

/** Every page of a sitemap (following sitemap indexes), same-site only. */
async function sitemapPages(
  ctx: FetchContext,
  source: CareerSite,
  sitemapUrl: string,
  result: SourceFetchResult,
): Promise<string[]> {
  const pages: string[] = [];
  const queue = [sitemapUrl];
  for (let read = 0; queue.length > 0 && read < MAX_SITEMAPS; read += 1) {
    const url = queue.shift() as string;
    const response = await fetchDocument(ctx, source, url, { accept: ACCEPT_XML });
    const sitemap = readSitemap(response.text());
    pages.push(...sitemap.pages.flatMap((page) => sameSiteUrl(page, sitemapUrl) ?? []));
    queue.push(...sitemap.sitemaps.flatMap((map) => sameSiteUrl(map, sitemapUrl) ?? []));
  }
  if (queue.length > 0) markTruncated(result, `the sitemap index names more than ${MAX_SITEMAPS} sitemaps`);
  return pages;
}
