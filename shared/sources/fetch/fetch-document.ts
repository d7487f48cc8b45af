import type { HttpRequest, HttpResponse } from '../../ports/http-fetcher.port';
import type { SourceConfig } from '../../schema/source';
import { PermanentError, TransientError } from '../../errors';
import type { FetchContext } from './source-fetch';

export const ACCEPT_JSON = 'application/json';
export const ACCEPT_XML = 'application/xml, text/xml;q=0.9, */*;q=0.5';
export const ACCEPT_HTML = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** The fetch options every request of a source carries: its politeness towards the host. */
export function requestFor(source: SourceConfig, url: string, accept: string): HttpRequest {
  return { url, headers: { accept }, politeness: source.politeness };
}

/**
 * Fetches one document of a source; with `conditional`, the stored validators are sent so an unchanged
 * document answers 304. A 2xx or 304 is returned; anything else becomes an error: 404/410 on a board
 * endpoint is `SOURCE.UNKNOWN_BOARD` (permanent), other 4xx `FETCH.HTTP_<status>` (permanent), 5xx (only seen
 * when retries are off) `FETCH.HTTP_<status>` (transient).
 */
export async function fetchDocument(
  ctx: FetchContext,
  source: SourceConfig,
  url: string,
  options: { accept: string; conditional?: boolean; board?: boolean },
): Promise<HttpResponse> {
  const request = requestFor(source, url, options.accept);
  const validators = options.conditional ? ctx.validators[url] : undefined;
  if (validators) request.validators = validators;
  const response = await ctx.fetcher.fetch(request);
  if ((response.status >= 200 && response.status < 300) || response.notModified) return response;
  throw statusError(response, options.board ? source : null);
}

/** The error for a non-2xx answer; a board endpoint that does not exist says so plainly. */
export function statusError(response: Pick<HttpResponse, 'url' | 'status'>, board: SourceConfig | null): Error {
  if (board && (response.status === 404 || response.status === 410)) return unknownBoard(board, response.url);
  const details = { url: response.url, status: response.status };
  const message = `${response.url} answered ${response.status}`;
  return response.status >= 500 || response.status === 429
    ? new TransientError(`FETCH.HTTP_${response.status}`, message, { details })
    : new PermanentError(`FETCH.HTTP_${response.status}`, message, { details });
}

/** `SOURCE.UNKNOWN_BOARD`: the ATS does not know the configured board (wrong token, site or subdomain). */
export function unknownBoard(source: SourceConfig, url: string): PermanentError {
  return new PermanentError(
    'SOURCE.UNKNOWN_BOARD',
    `${source.kind} has no board for source "${source.id}" at ${url}; check its configuration`,
    {
      details: { sourceId: source.id, kind: source.kind, url },
    },
  );
}

/** Parses a JSON body an adapter must read itself (to page or find details); malformed JSON is permanent. */
export function readJson(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.text());
  } catch (cause) {
    throw new PermanentError('SOURCE.MALFORMED_RESPONSE', `${response.url} did not answer JSON`, {
      cause,
      details: { url: response.url },
    });
  }
}
