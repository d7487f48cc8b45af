import { type PageResponse, notFoundPage, renderJobPage } from '../boards/job-page';
import { renderSitemap } from '../boards/sitemap';
import type { PostingStore } from '../ports/posting-store.port';
import type { Clock } from '../ports/clock.port';

/**
 * Public job pages and their sitemap, without HTTP: `GET /jobs/{id}` (200 with JSON-LD, 410 once closed,
 * 404 when unknown) and `GET /sitemap.xml` (open postings only; duplicates point to their canonical page
 * and stay out).
 */

export interface PublicPagesDeps {
  store: Pick<PostingStore, 'getPosting' | 'streamPostings'>;
  clock: Clock;
  publicBaseUrl: string;
  /** page-wide defaults, e.g. `company`, `logo` */
  defaults?: Record<string, string>;
}

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

/** The sitemap of open job pages, streamed. */
export function handleSitemapRequest(deps: PublicPagesDeps): {
  status: number;
  headers: Record<string, string>;
  body: AsyncIterable<string>;
} {
  async function* entries() {
    for await (const posting of deps.store.streamPostings({ status: 'open', orderBy: 'id' })) {
      if (!posting.duplicateOf) yield { id: posting.id, lastModified: posting.lastChangedAt };
    }
  }
  return {
    status: 200,
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
    body: renderSitemap(entries(), deps.publicBaseUrl),
  };
}
