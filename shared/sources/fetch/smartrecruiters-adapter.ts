import type { SourceConfig } from '../../schema/source';
import { PermanentError } from '../../errors';
import { smartRecruitersDetailUrl, smartRecruitersListUrl } from './ats-urls';
import { ACCEPT_JSON, fetchDocument, readJson } from './fetch-document';
import { fetchDetailPages } from './detail-pages';
import { emptyResult, markTruncated, type FetchContext, type SourceFetchResult } from './source-fetch';

type SmartRecruitersSource = Extract<SourceConfig, { kind: 'smartrecruiters' }>;

/** The Posting API allows at most 100 per page. */
export const SMARTRECRUITERS_PAGE_SIZE = 100;
const MAX_PAGES = 100;

/**
 * SmartRecruiters: the list (`offset`/`limit`/`totalFound`) carries no descriptions, so every posting's
 * detail is fetched too. The list is read whole first; details follow at the source's politeness.
 */
export async function fetchSmartRecruitersBoard(
  ctx: FetchContext,
  source: SmartRecruitersSource,
): Promise<SourceFetchResult> {
  const result = emptyResult();
  const ids = await listPostingIds(ctx, source, result);
  const urls = ids.map((id) => smartRecruitersDetailUrl(source, id));
  await fetchDetailPages(ctx, source, { urls, accept: ACCEPT_JSON, kind: 'smartrecruiters', format: 'input' }, result);
  return result;
}

/**
 * Every posting id of the list. Fewer ids than `totalFound` (postings moved between pages while we read, or
 * the page limit) means the list was not read whole: the run must not close what it did not see.
 */
async function listPostingIds(
  ctx: FetchContext,
  source: SmartRecruitersSource,
  result: SourceFetchResult,
): Promise<string[]> {
  const ids = new Set<string>();
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const url = smartRecruitersListUrl(source, page * SMARTRECRUITERS_PAGE_SIZE, SMARTRECRUITERS_PAGE_SIZE);
    const response = await fetchDocument(ctx, source, url, { accept: ACCEPT_JSON, board: true });
    const { content, totalFound } = readListPage(readJson(response), url);
    for (const item of content) ids.add(item);
    total = totalFound;
    if (content.length === 0 || (page + 1) * SMARTRECRUITERS_PAGE_SIZE >= totalFound) break;
  }
  if (ids.size < total) markTruncated(result, `the list names ${total} postings but ${ids.size} were read`);
  return [...ids];
}

function readListPage(json: unknown, url: string): { content: string[]; totalFound: number } {
  const page = json as { content?: unknown; totalFound?: unknown } | null;
  if (!page || !Array.isArray(page.content)) {
    throw new PermanentError('SOURCE.MALFORMED_RESPONSE', `${url} is not a SmartRecruiters postings list`, {
      details: { url },
    });
  }
  const content = page.content.flatMap((item: unknown) => {
    const id = (item as { id?: unknown } | null)?.id;
    return typeof id === 'string' || typeof id === 'number' ? [String(id)] : [];
  });
  return { content, totalFound: typeof page.totalFound === 'number' ? page.totalFound : content.length };
}
