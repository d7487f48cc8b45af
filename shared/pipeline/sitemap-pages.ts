import {
  DEFAULT_SITEMAP_LIMITS,
  SitemapBudget,
  type SitemapChild,
  type SitemapEntry,
  type SitemapLimits,
  renderSitemap,
  renderSitemapIndex,
  sitemapUrlElement,
} from '../boards/sitemap';
import { PermanentError } from '../errors';
import type { PostingStore } from '../ports/posting-store.port';

/**
 * `GET /sitemap.xml` without HTTP: the open, canonical job pages in id order. While they fit in one sitemap
 * (50,000 URLs and 50 MB, or the configured limits) it is that sitemap; beyond, it is a sitemap index whose
 * children are `GET /sitemap.xml?page=TOKEN`, each within the limits. A token names an id range (after one
 * id, up to another) and the store page where the range starts, so a child reads only its own postings
 * (plus at most one page before them), and postings opened or closed between the index and its children
 * move no URL from one child into another.
 */

export interface SitemapDeps {
  store: Pick<PostingStore, 'queryPostings'>;
  publicBaseUrl: string;
  sitemapLimits?: Partial<SitemapLimits>;
}

export interface SitemapResponse {
  status: number;
  headers: Record<string, string>;
  body: AsyncIterable<string> | string;
}

/** A child sitemap: the store cursor of the page it starts in, the id it starts after, the last id it holds. */
interface ChildRange {
  c: string | null;
  a: string | null;
  z: string;
}

const PAGE_SIZE = 500;
const HEADERS = { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' };

const encodeToken = (range: ChildRange): string => Buffer.from(JSON.stringify(range)).toString('base64url');

function decodeToken(token: string): ChildRange | null {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<ChildRange>;
    const optional = (v: unknown) => v === null || typeof v === 'string';
    return optional(value.c) && optional(value.a) && typeof value.z === 'string' ? (value as ChildRange) : null;
  } catch {
    return null;
  }
}

/** Answers `GET /sitemap.xml` (no page: the sitemap or the index) and `GET /sitemap.xml?page=TOKEN` (a child). */
export async function handleSitemapRequest(
  deps: SitemapDeps,
  query: { page?: string | null } = {},
): Promise<SitemapResponse> {
  const limits = { ...DEFAULT_SITEMAP_LIMITS, ...deps.sitemapLimits };
  if (query.page != null) {
    const range = decodeToken(query.page);
    if (!range || !(await storeAccepts(deps.store, range.c)))
      return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'No such sitemap\n' };
    return {
      status: 200,
      headers: HEADERS,
      body: renderSitemap(entriesIn(deps.store, range), deps.publicBaseUrl, limits),
    };
  }
  const plan = await planSitemap(deps, limits);
  if (plan.kind === 'single')
    return { status: 200, headers: HEADERS, body: renderSitemap(plan.entries, deps.publicBaseUrl, limits) };
  return { status: 200, headers: HEADERS, body: renderSitemapIndex(plan.children) };
}

/** Whether the store takes the token's page cursor: a forged one is answered 404 before any byte is sent. */
async function storeAccepts(store: SitemapDeps['store'], cursor: string | null): Promise<boolean> {
  try {
    await store.queryPostings({ status: 'open', orderBy: 'id', limit: 1, cursor });
    return true;
  } catch (error) {
    if (error instanceof PermanentError) return false;
    throw error;
  }
}

/** Open canonical postings in id order, each with the store cursor of the page it came in. */
async function* sitemapEntries(
  store: SitemapDeps['store'],
  cursor: string | null,
): AsyncIterable<SitemapEntry & { pageCursor: string | null }> {
  do {
    const pageCursor = cursor;
    const page = await store.queryPostings({ status: 'open', orderBy: 'id', limit: PAGE_SIZE, cursor });
    for (const posting of page.items)
      if (!posting.duplicateOf) yield { id: posting.id, lastModified: posting.lastChangedAt, pageCursor };
    cursor = page.nextCursor;
  } while (cursor);
}

/** The entries of one child: after `a`, up to and including `z`. */
async function* entriesIn(store: SitemapDeps['store'], range: ChildRange): AsyncIterable<SitemapEntry> {
  for await (const entry of sitemapEntries(store, range.c)) {
    if (range.a !== null && entry.id <= range.a) continue;
    if (entry.id > range.z) return;
    yield { id: entry.id, lastModified: entry.lastModified };
  }
}

type SitemapPlan = { kind: 'single'; entries: SitemapEntry[] } | { kind: 'index'; children: SitemapChild[] };

/**
 * One pass over the open postings: the first sitemap's entries are kept while everything fits in one; past
 * that, only each child's range and newest change are kept, so memory stays small whatever the count.
 */
async function planSitemap(deps: SitemapDeps, limits: SitemapLimits): Promise<SitemapPlan> {
  const ranges: (ChildRange & { lastModified: string })[] = [];
  let first: SitemapEntry[] | null = [];
  let budget = new SitemapBudget(limits);
  let open: (ChildRange & { lastModified: string }) | null = null;
  let previousId: string | null = null;
  for await (const entry of sitemapEntries(deps.store, null)) {
    const element = sitemapUrlElement(entry, deps.publicBaseUrl);
    if (!open || !budget.take(element)) {
      budget = new SitemapBudget(limits);
      budget.take(element);
      if (open) first = null;
      open = { c: entry.pageCursor, a: previousId, z: entry.id, lastModified: entry.lastModified };
      ranges.push(open);
    }
    open.z = entry.id;
    if (entry.lastModified > open.lastModified) open.lastModified = entry.lastModified;
    first?.push({ id: entry.id, lastModified: entry.lastModified });
    previousId = entry.id;
  }
  if (first) return { kind: 'single', entries: first };
  const base = deps.publicBaseUrl.replace(/\/+$/, '');
  return {
    kind: 'index',
    children: ranges.map(({ lastModified, ...range }) => ({
      loc: `${base}/sitemap.xml?page=${encodeToken(range)}`,
      lastModified,
    })),
  };
}
