import type { SourceConfig } from '../../schema/source';
import type { HttpResponse } from '../../ports/http-fetcher.port';
import { leverPageUrl } from './ats-urls';
import { ACCEPT_JSON, fetchDocument, readJson, unknownBoard } from './fetch-document';
import { emptyResult, markTruncated, type FetchContext, type SourceFetchResult } from './source-fetch';

type LeverSource = Extract<SourceConfig, { kind: 'lever' }>;

/** Lever pages with `skip`/`limit`; a page shorter than `limit` is the last. */
export const LEVER_PAGE_SIZE = 100;
/** A guard against a board that never ends (10,000 postings). */
const MAX_PAGES = 100;

/**
 * Lever's postings API, page by page. Pages are fetched conditionally: when every page of the last run
 * answers 304 the board is unchanged. A 304 page tells nothing about its length, so paging past it goes on
 * while the last run fetched a next page (its validators are stored); if some pages changed and others did
 * not, the unchanged ones are fetched again unconditionally so the board is read whole.
 */
export async function fetchLeverBoard(ctx: FetchContext, source: LeverSource): Promise<SourceFetchResult> {
  const result = emptyResult();
  const pages: Array<{ url: string; response: HttpResponse }> = [];
  let more = true;
  for (let page = 0; more && page < MAX_PAGES; page += 1) {
    const url = leverPageUrl(source, page * LEVER_PAGE_SIZE, LEVER_PAGE_SIZE);
    const response = await fetchDocument(ctx, source, url, { accept: ACCEPT_JSON, conditional: true, board: true });
    pages.push({ url, response });
    result.validators[url] = response.validators;
    const nextUrl = leverPageUrl(source, (page + 1) * LEVER_PAGE_SIZE, LEVER_PAGE_SIZE);
    more = response.notModified ? nextUrl in ctx.validators : postingsOn(source, response).length === LEVER_PAGE_SIZE;
  }
  if (more)
    markTruncated(result, `more than ${MAX_PAGES * LEVER_PAGE_SIZE} postings; read the first ${MAX_PAGES} pages`);
  if (pages.every((p) => p.response.notModified)) return { ...result, notModified: true };
  for (const page of pages) {
    const response = page.response.notModified
      ? await fetchDocument(ctx, source, page.url, { accept: ACCEPT_JSON, board: true })
      : page.response;
    result.validators[page.url] = response.validators;
    result.documents.push({ url: page.url, kind: 'lever', format: 'input', content: response.text() });
  }
  return result;
}

/** The postings on one page; `{"ok": false}` (or anything not an array) means Lever does not know the site. */
function postingsOn(source: LeverSource, response: HttpResponse): unknown[] {
  const json = readJson(response);
  if (!Array.isArray(json)) throw unknownBoard(source, response.url);
  return json;
}
