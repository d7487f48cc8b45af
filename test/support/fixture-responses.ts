import { createHash } from 'node:crypto';
import type * as http from 'node:http';
import type { FixtureHandler, RecordedRequest } from './fixture-server';

/**
 * Response builders for the fixture server: well-behaved answers (json, xml, html, text, with ETag support)
 * and deliberate misbehaviour (status bursts with Retry-After, hangs, huge bodies, redirects). Bodies may be
 * functions of the request, so a test can change what a "site" serves between two refreshes.
 */

type Body<T> = T | ((req: RecordedRequest) => T);
const resolve = <T>(body: Body<T>, req: RecordedRequest): T =>
  typeof body === 'function' ? (body as (req: RecordedRequest) => T)(req) : body;

export interface AnswerOptions {
  status?: number;
  headers?: Record<string, string>;
  /** send a strong ETag derived from the body and answer 304 to a matching If-None-Match */
  etag?: boolean;
}

/** Answers with `body` (a string) and a content type; with `etag`, plays conditional GET. */
export function answer(contentType: string, body: Body<string>, options: AnswerOptions = {}): FixtureHandler {
  return (req, res) => {
    const text = resolve(body, req);
    const headers: Record<string, string> = { 'content-type': contentType, ...options.headers };
    if (options.etag) {
      const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
      headers.etag = etag;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
    }
    res.writeHead(options.status ?? 200, headers);
    res.end(req.method === 'HEAD' ? undefined : text);
  };
}

export const json = (body: Body<unknown>, options: AnswerOptions = {}): FixtureHandler =>
  answer('application/json; charset=utf-8', (req) => JSON.stringify(resolve(body, req)), options);
export const xml = (body: Body<string>, options: AnswerOptions = {}): FixtureHandler =>
  answer('application/xml; charset=utf-8', body, options);
export const html = (body: Body<string>, options: AnswerOptions = {}): FixtureHandler =>
  answer('text/html; charset=utf-8', body, options);
export const text = (body: Body<string>, options: AnswerOptions = {}): FixtureHandler =>
  answer('text/plain; charset=utf-8', body, options);

/** Answers a bare status, optionally with `Retry-After` (seconds, or an HTTP date string). */
export function status(code: number, options: { retryAfter?: number | string; body?: string } = {}): FixtureHandler {
  return (_req, res) => {
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    if (options.retryAfter !== undefined) headers['retry-after'] = String(options.retryAfter);
    res.writeHead(code, headers);
    res.end(options.body ?? `status ${code}`);
  };
}

/** The n-th request gets the n-th handler; the last handler answers every request after that. */
export function sequence(...handlers: FixtureHandler[]): FixtureHandler {
  let calls = 0;
  return (req, res) => {
    const handler = handlers[Math.min(calls, handlers.length - 1)];
    calls += 1;
    return handler?.(req, res);
  };
}

/** Never answers (the server's `close()` drops the connection). */
export const hang = (): FixtureHandler => () => undefined;

/** Sends headers, then nothing more: a body that stalls forever. */
export const stallBody = (): FixtureHandler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"jobs": [');
};

/** What a streamed huge body reached before the client hung up. */
export interface StreamStats {
  bytesWritten: number;
  finished: boolean;
}

/**
 * Streams `totalBytes` of filler with back-pressure (chunked, no Content-Length unless `declareLength`);
 * `stats` tells how much the client actually took before hanging up.
 */
export function hugeBody(
  totalBytes: number,
  stats: StreamStats,
  options: { declareLength?: boolean } = {},
): FixtureHandler {
  return (_req, res) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.declareLength) headers['content-length'] = String(totalBytes);
    res.writeHead(200, headers);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = (): void => {
      while (stats.bytesWritten < totalBytes) {
        const size = Math.min(chunk.length, totalBytes - stats.bytesWritten);
        stats.bytesWritten += size;
        if (!res.write(chunk.subarray(0, size))) return void res.once('drain', pump);
      }
      stats.finished = true;
      res.end();
    };
    res.on('close', () => undefined);
    pump();
  };
}

/** Redirects to `location` (absolute or relative). */
export function redirect(location: Body<string>, code = 302): FixtureHandler {
  return (req, res: http.ServerResponse) => {
    res.writeHead(code, { location: resolve(location, req) });
    res.end();
  };
}

/** Drops the connection without answering (a network error for the client). */
export const resetConnection = (): FixtureHandler => (_req, res) => {
  res.socket?.destroy();
};
