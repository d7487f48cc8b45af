import type { HttpResponse } from '../../ports/http-fetcher.port';
import type { SourceConfig } from '../../schema/source';
import type { SourceKind } from '../../schema/posting';
import { ashbyBoardUrl, greenhouseBoardUrl, personioFeedUrl, recruiteeOffersUrl } from './ats-urls';
import { ACCEPT_JSON, ACCEPT_XML, fetchDocument, readJson, unknownBoard } from './fetch-document';
import { emptyResult, type DocumentFormat, type FetchContext, type SourceFetchResult } from './source-fetch';

/**
 * Boards served whole in one document (Greenhouse, Ashby, Recruitee, Personio, an Indeed-style feed):
 * one conditional GET; a 304 means nothing changed and nothing is parsed.
 */
interface BoardDocument {
  url: string;
  accept: string;
  kind: SourceKind;
  format: DocumentFormat;
  /** true when the body is this ATS's board (an unknown board sometimes answers 200 with something else) */
  isBoard(response: HttpResponse): boolean;
}

const hasArray = (key: string) => (response: HttpResponse) => {
  const json = readJson(response);
  return typeof json === 'object' && json !== null && Array.isArray((json as Record<string, unknown>)[key]);
};

function boardDocumentOf(source: SourceConfig): BoardDocument | null {
  switch (source.kind) {
    case 'greenhouse':
      return {
        url: greenhouseBoardUrl(source),
        accept: ACCEPT_JSON,
        kind: 'greenhouse',
        format: 'input',
        isBoard: hasArray('jobs'),
      };
    case 'ashby':
      return {
        url: ashbyBoardUrl(source),
        accept: ACCEPT_JSON,
        kind: 'ashby',
        format: 'input',
        isBoard: hasArray('jobs'),
      };
    case 'recruitee':
      return {
        url: recruiteeOffersUrl(source),
        accept: ACCEPT_JSON,
        kind: 'recruitee',
        format: 'input',
        isBoard: hasArray('offers'),
      };
    case 'personio':
      return {
        url: personioFeedUrl(source),
        accept: ACCEPT_XML,
        kind: 'personio',
        format: 'input',
        isBoard: (r) => /<workzag-jobs\b/.test(r.text()),
      };
    case 'feed':
      return {
        url: source.url,
        accept: ACCEPT_XML,
        kind: 'feed',
        format: 'indeed-feed',
        isBoard: (r) => /<(source|jobs)\b/.test(r.text()),
      };
    default:
      return null;
  }
}

/** True for the kinds served as one board document. */
export const isSingleDocumentKind = (source: SourceConfig): boolean => boardDocumentOf(source) !== null;

/** Fetches a board served as one document. */
export async function fetchBoardDocument(ctx: FetchContext, source: SourceConfig): Promise<SourceFetchResult> {
  const board = boardDocumentOf(source);
  if (!board) throw new Error(`fetchBoardDocument: ${source.kind} is not a single-document board`);
  const response = await fetchDocument(ctx, source, board.url, {
    accept: board.accept,
    conditional: true,
    board: true,
  });
  const result = emptyResult();
  result.validators[board.url] = response.validators;
  if (response.notModified) return { ...result, notModified: true };
  if (!board.isBoard(response)) throw unknownBoard(source, response.url);
  result.documents.push({ url: response.url, kind: board.kind, format: board.format, content: response.text() });
  return result;
}
