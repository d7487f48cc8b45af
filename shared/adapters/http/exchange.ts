import { pipeline, type Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { request as undiciRequest, type Dispatcher } from 'undici';
import { PermanentError, TransientError, JobrelayError } from '../../errors';
import { BlockedAddressError } from './address-guard';
import { readCappedBody, TooLargeError } from './body-reader';

/** One HTTP request/response on one URL: no redirects followed, no retries. */
export interface ExchangeRequest {
  url: URL;
  method: Dispatcher.HttpMethod;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** covers connect, headers and body, in milliseconds */
  timeoutMs: number;
  maxBytes: number;
  /** return the first `maxBytes` instead of failing (robots.txt) */
  truncate?: boolean;
}

export interface ExchangeResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Statuses whose body we never read: redirects and "not modified". */
const SKIP_BODY = new Set([301, 302, 303, 304, 307, 308]);

/**
 * Sends one request through the guarded dispatcher and reads the body under the size cap. Failures come
 * back as `JobrelayError`s with the fetch codes: `FETCH.TIMEOUT`, `FETCH.NETWORK` (transient),
 * `FETCH.BLOCKED_ADDRESS`, `FETCH.TOO_LARGE` (permanent).
 */
export async function exchange(dispatcher: Dispatcher, req: ExchangeRequest): Promise<ExchangeResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, req.timeoutMs);
  try {
    const response = await undiciRequest(req.url, {
      dispatcher,
      method: req.method,
      headers: req.headers,
      body: req.body ?? null,
      signal: controller.signal,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
    });
    const headers = flattenHeaders(response.headers);
    const body = await readBody(response, headers, req);
    return { status: response.statusCode, headers, body };
  } catch (error) {
    throw classifyFailure(error, req.url.href, timedOut || isUndiciTimeout(error));
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(
  response: Dispatcher.ResponseData,
  headers: Record<string, string>,
  req: ExchangeRequest,
): Promise<Buffer> {
  // Destroying a body emits an error we do not care about; without a listener it would be "unhandled".
  response.body.on('error', () => undefined);
  if (req.method === 'HEAD' || SKIP_BODY.has(response.statusCode)) {
    response.body.destroy();
    return Buffer.alloc(0);
  }
  // A declared length past the cap fails before a byte of the body is read (unless truncating).
  const declared = Number(headers['content-length'] ?? NaN);
  if (!req.truncate && Number.isFinite(declared) && declared > req.maxBytes && !headers['content-encoding']) {
    response.body.destroy();
    throw new TooLargeError(req.url.href, req.maxBytes, declared);
  }
  return readCappedBody(decoded(response.body, headers['content-encoding']), {
    url: req.url.href,
    maxBytes: req.maxBytes,
    truncate: req.truncate ?? false,
  });
}

/** Decompresses gzip / deflate / br bodies, so the size cap applies to what we actually read (no zip bombs). */
function decoded(body: Readable, encoding: string | undefined): Readable {
  const name = encoding?.trim().toLowerCase();
  const decoder =
    name === 'gzip' || name === 'x-gzip'
      ? zlib.createGunzip()
      : name === 'deflate'
        ? zlib.createInflate()
        : name === 'br'
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) return body;
  return pipeline(body, decoder, () => undefined);
}

/** Joins repeated headers the way fetch's `Headers` does (Set-Cookie aside, which we never need). */
function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

function isUndiciTimeout(error: unknown): boolean {
  return causes(error).some((e) => TIMEOUT_CODES.has(String((e as { code?: unknown }).code)));
}

/** The error and its `cause` chain. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && chain.length < 8; e = (e as { cause?: unknown }).cause)
    chain.push(e);
  return chain;
}

function classifyFailure(error: unknown, url: string, timedOut: boolean): JobrelayError {
  const known = causes(error).find(
    (e): e is JobrelayError => e instanceof BlockedAddressError || e instanceof TooLargeError,
  );
  if (known) return known;
  if (error instanceof JobrelayError) return error;
  if (timedOut)
    return new TransientError('FETCH.TIMEOUT', `request to ${url} timed out`, { cause: error, details: { url } });
  const code = String(
    causes(error)
      .map((e) => (e as { code?: unknown }).code)
      .find((c) => typeof c === 'string') ?? 'unknown',
  );
  if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') {
    return new PermanentError('FETCH.INVALID_REQUEST', `cannot request ${url}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TransientError('FETCH.NETWORK', `request to ${url} failed: ${code} ${message}`, {
    cause: error,
    details: { url, code },
  });
}
