import { type PageResponse, notFoundPage, renderJobPage } from '../boards/job-page';
import type { SitemapLimits } from '../boards/sitemap';
import type { PostingStore } from '../ports/posting-store.port';
import type { Clock } from '../ports/clock.port';

/**
 * Public job pages and their sitemap, without HTTP: `GET /jobs/{id}` (200 with JSON-LD, 410 once closed,
 * 404 when unknown) and `GET /sitemap.xml` (open postings only; duplicates point to their canonical page
 * and stay out; a sitemap index past 50,000 URLs or 50 MB).
 */

export interface PublicPagesDeps {
  store: Pick<PostingStore, 'getPosting' | 'streamPostings' | 'queryPostings'>;
  clock: Clock;
  publicBaseUrl: string;
  /** page-wide defaults, e.g. `company`, `logo` */
  defaults?: Record<string, string>;
  /** how much one sitemap holds before `/sitemap.xml` becomes a sitemap index (sitemaps.org limits by default) */
  sitemapLimits?: Partial<SitemapLimits>;
}

/** `GET /sitemap.xml`: a sitemap, or a sitemap index of child sitemaps past the limits (`sitemap-pages.ts`). */
export { handleSitemapRequest } from './sitemap-pages';

/** The job page of one posting. */
export async function handleJobPageRequest(deps: PublicPagesDeps, postingId: string): Promise<PageResponse> {
  if (!/^[a-z0-9][a-z0-9_-]{0,127}$/.test(postingId)) return notFoundPage();
  const posting = await deps.store.getPosting(postingId);
  if (!posting) return notFoundPage();
  return renderJobPage(posting, {
    defaults: deps.defaults ?? {},
    publicBaseUrl: deps.publicBaseUrl,
    now: deps.clock.now(),
  });
}
