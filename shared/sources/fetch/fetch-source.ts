import type { SourceConfig } from '../../schema/source';
import { fetchBoardDocument } from './board-adapters';
import { fetchCareerSite } from './career-site-adapter';
import { fetchLeverBoard } from './lever-adapter';
import { fetchSmartRecruitersBoard } from './smartrecruiters-adapter';
import type { FetchContext, SourceFetchResult } from './source-fetch';

/**
 * Fetches everything a source publishes, with the adapter for its kind: Greenhouse, Ashby, Recruitee,
 * Personio and Indeed-style feeds as one conditional document; Lever page by page; SmartRecruiters list +
 * detail; `jsonld` and `html` career sites through list pages (and a sitemap) to detail pages.
 * Throws when the source cannot be read at all; partial failures are in the result.
 */
export function fetchSource(ctx: FetchContext, source: SourceConfig): Promise<SourceFetchResult> {
  switch (source.kind) {
    case 'lever':
      return fetchLeverBoard(ctx, source);
    case 'smartrecruiters':
      return fetchSmartRecruitersBoard(ctx, source);
    case 'jsonld':
    case 'html':
      return fetchCareerSite(ctx, source);
    default:
      return fetchBoardDocument(ctx, source);
  }
}

export type { FetchContext, FetchedDocument, SourceFetchResult } from './source-fetch';
export { parseDocuments } from './parse-documents';
