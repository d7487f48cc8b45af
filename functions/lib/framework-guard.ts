import { dirname } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../shared/ports/logger.port';
import { problemResponse, type ProblemCode } from './problem';
import type { ApiResponse } from './api';

/**
 * The Functions Framework parses every body (up to 1 GiB) before a function runs and hands parse errors to
 * Express's default handler, which answers an HTML page with a stack trace outside production
 * (GoogleCloudPlatform/functions-framework-nodejs#686, still open). The framework has no hook for this, so
 * this module wraps the `handle` of the Express copy the framework itself loads:
 * - a declared `Content-Length` above our limit is refused with 413 before a byte of the body is read;
 * - a body sent without one (chunked) is counted as it arrives and refused with 413 as soon as it passes
 *   the limit, the connection cut so the rest is never read;
 * - body-parser failures (invalid JSON, bad charset, aborted uploads) become problem+json answers.
 * Everything else passes through untouched. Integration tests pin this behaviour, so a framework upgrade
 * that changes it fails loudly instead of silently.
 */

interface ExpressApplication {
  handle(req: IncomingMessage, res: ServerResponse, callback?: (error?: unknown) => void): void;
  [installed]?: true;
}
const installed = Symbol.for('jobrelay.framework-guard');

export interface FrameworkGuardOptions {
  /** the body limit in bytes, read per request so settings stay the single source */
  maxBodyBytes: () => number;
  logger: () => Logger;
}

/** Installs the guard once per process (idempotent). */
export function installFrameworkGuard(options: FrameworkGuardOptions): void {
  const frameworkDir = dirname(require.resolve('@google-cloud/functions-framework'));
  const express = require(require.resolve('express', { paths: [frameworkDir] })) as { application: ExpressApplication };
  const app = express.application;
  if (app[installed]) return;
  const original = app.handle;
  app.handle = function guardedHandle(this: ExpressApplication, req, res, callback) {
    // sub-applications carry their parent's callback: only the outermost app is guarded
    if (callback) return original.call(this, req, res, callback);
    const limit = options.maxBodyBytes();
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      const response = tooLarge(declared, limit);
      logRefusal(options.logger(), req, response.status);
      writeRaw(res, response, true);
      req.resume();
      return;
    }
    if (!Number.isFinite(declared)) limitStreamedBody(req, res, limit, options.logger);
    return original.call(this, req, res, (error?: unknown) => finalHandler(error, req, res, options.logger()));
  };
  app[installed] = true;
}

/**
 * Counts a streamed body's bytes on their way to the framework's parsers (they read through `emit('data')`)
 * and, past the limit, answers 413, hands them no more bytes and cuts the connection once the answer is
 * out; the parsers then see an aborted request and the function never runs.
 */
function limitStreamedBody(req: IncomingMessage, res: ServerResponse, limit: number, logger: () => Logger): void {
  let received = 0;
  let refused = false;
  const emit = req.emit;
  req.emit = function countingEmit(this: IncomingMessage, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'data') {
      if (refused) return false;
      received += (args[0] as Buffer).length;
      if (received > limit) {
        refused = true;
        const response = tooLarge(received, limit);
        logRefusal(logger(), req, response.status);
        res.once('finish', () => req.socket.destroy());
        writeRaw(res, response, true);
        return false;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof req.emit;
}

/** The 413 answer, shared with the adapter's check of bodies sent without a `Content-Length`. */
export function tooLarge(size: number, limit: number): ApiResponse {
  return problemResponse('payload-too-large', `the body has ${size} bytes; this endpoint accepts at most ${limit}`);
}

/** body-parser error types (https://github.com/expressjs/body-parser#errors) and what we answer. */
const PARSER_ERRORS: Record<string, ProblemCode> = {
  'entity.parse.failed': 'invalid-json',
  'entity.too.large': 'payload-too-large',
  'encoding.unsupported': 'unsupported-media-type',
  'charset.unsupported': 'unsupported-media-type',
  'request.aborted': 'bad-request',
  'request.size.invalid': 'bad-request',
  'parameters.too.many': 'bad-request',
};

function finalHandler(error: unknown, req: IncomingMessage, res: ServerResponse, logger: Logger): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const type = (error as { type?: unknown } | undefined)?.type;
  const code = typeof type === 'string' ? PARSER_ERRORS[type] : undefined;
  let response: ApiResponse;
  if (error === undefined) response = problemResponse('not-found', `nothing is served at ${req.method} ${req.url}`);
  else if (code === 'invalid-json')
    response = problemResponse(code, `the body is not valid JSON: ${(error as Error).message}`);
  else if (code) response = problemResponse(code, (error as Error).message);
  else if (isExposedClientError(error)) response = problemResponse('bad-request', error.message);
  else {
    logger.error('request failed before reaching the function', { error, method: req.method, url: req.url });
    response = problemResponse('internal', 'the request failed before reaching the function (INTERNAL)');
  }
  logRefusal(logger, req, response.status);
  writeRaw(res, response, false);
}

/** The invocation's one summary line, in the same shape as the adapter's, for a request refused before the function. */
function logRefusal(logger: Logger, req: IncomingMessage, status: number): void {
  const path = (req.url ?? '/').split('?')[0];
  logger.warn(`${req.method} ${path} ${status} (refused before the function)`, {
    httpRequest: {
      requestMethod: req.method,
      requestUrl: path,
      status,
      requestSize: req.headers['content-length'] ?? '0',
    },
  });
}

/** http-errors created by Express and body-parser for client mistakes (a malformed %-escape in the path). */
function isExposedClientError(error: unknown): error is Error {
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  const clientStatus = typeof status === 'number' && status >= 400 && status < 500;
  return clientStatus && (expose === true || error instanceof URIError);
}

function writeRaw(res: ServerResponse, response: ApiResponse, close: boolean): void {
  const body = typeof response.body === 'string' ? response.body : '';
  res.writeHead(response.status, {
    ...response.headers,
    'content-length': String(Buffer.byteLength(body)),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(body);
}
