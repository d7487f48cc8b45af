import type { Logger, LogFields } from '../../shared/ports/logger.port';

/**
 * The platform-neutral request and response every handler in `functions/` works with (after hono): the
 * Functions Framework adapter (`http-adapter.ts`) and the local router build these from Express objects,
 * so handlers never touch Express and the same handler runs in Cloud Functions, `jobrelay serve` and tests.
 */
export interface ApiRequest {
  method: string;
  /** the path, without the query string, e.g. `/feeds/indeed.xml` */
  path: string;
  query: URLSearchParams;
  /** lower-cased header names */
  headers: Readonly<Record<string, string | undefined>>;
  /** the exact bytes received (signature checks run on these, never on re-serialised JSON) */
  rawBody: Buffer;
  /** the body as the framework already parsed it (JSON), or undefined; saves a second parse */
  parsedBody: unknown;
}

/** A body written as it is produced: memory does not grow with the size of the answer. */
export type StreamBody = AsyncIterable<string | Buffer>;

export interface ApiResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer | StreamBody;
}

/** What a handler gets beside the request: its logger and a place to add fields to the invocation's summary line. */
export interface InvocationContext {
  /** the function's name, e.g. `ingestPosting` */
  functionName: string;
  /** a logger carrying the invocation's trace and function fields */
  logger: Logger;
  /** adds fields to the one summary line logged when the invocation ends (counts, ids, outcome) */
  note(fields: LogFields): void;
}

/** A handler: one request in, one response out. Expected failures are responses; throws are unexpected. */
export type ApiHandler = (request: ApiRequest, context: InvocationContext) => Promise<ApiResponse>;

/** A JSON response. */
export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/** A response with no body (204, 304, push acks). */
export const emptyResponse = (status: number, headers: Record<string, string> = {}): ApiResponse => ({
  status,
  headers,
});

/** Whether a body is streamed rather than held in memory. */
export const isStreamBody = (body: ApiResponse['body']): body is StreamBody =>
  body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body);

/** The media type of a request, lower-cased and without parameters (`application/json`). */
export function mediaType(request: Pick<ApiRequest, 'headers'>): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}
