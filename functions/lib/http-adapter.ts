import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeError } from '../../shared/errors';
import type { LogFields, Logger } from '../../shared/ports/logger.port';
import { isStreamBody, type ApiHandler, type ApiRequest, type ApiResponse, type InvocationContext } from './api';
import { tooLarge } from './framework-guard';
import { errorToResponse } from './problem';

/** The request as the Functions Framework hands it over: Node's request plus what its body parsers added. */
export type FrameworkRequest = IncomingMessage & {
  rawBody?: Buffer;
  body?: unknown;
  originalUrl?: string;
  /** the invocation's id: the platform's `function-execution-id` header, or one the framework made up */
  executionId?: string;
};

export interface AdapterDeps {
  logger: () => Logger;
  maxBodyBytes: () => number;
  /** the Google Cloud project, for trace links in logs */
  project?: () => string | undefined;
}

/**
 * Turns an `ApiHandler` into a Functions Framework HTTP function: builds the neutral request, enforces
 * the body limit, turns a throw into problem+json (the one place, `problem.ts`), writes the answer
 * (streaming bodies with backpressure) and logs exactly one summary line per invocation.
 */
export function toHttpFunction(functionName: string, handler: ApiHandler, deps: AdapterDeps) {
  return async (req: FrameworkRequest, res: ServerResponse): Promise<void> => {
    // the framework guard already answered (413 on a streamed body past the limit): what the framework's parser
    // made of the truncated body must not reach the function
    if (res.headersSent) return;
    const started = process.hrtime.bigint();
    const notes: LogFields = {};
    const logger = deps
      .logger()
      .child({ function: functionName, ...executionFields(req), ...traceFields(req, deps.project?.()) });
    const context: InvocationContext = { functionName, logger, note: (fields) => Object.assign(notes, fields) };
    const request = toApiRequest(req);
    let response: ApiResponse;
    try {
      const limit = deps.maxBodyBytes();
      response =
        request.rawBody.length > limit ? tooLarge(request.rawBody.length, limit) : await handler(request, context);
    } catch (error) {
      logger.error('unexpected failure', { error: describeError(error), stack: (error as Error)?.stack });
      response = errorToResponse(error);
    }
    const bytes = await writeResponse(res, response, logger);
    logSummary(logger, request, response.status, { started, bytes, notes, req });
  };
}

/** The neutral request from Node's request (query parsed from the URL, headers lower-cased and joined). */
export function toApiRequest(req: FrameworkRequest): ApiRequest {
  const url = new URL(req.originalUrl ?? req.url ?? '/', 'http://localhost');
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const rawBody = Buffer.isBuffer(req.rawBody) ? req.rawBody : Buffer.alloc(0);
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    rawBody,
    parsedBody: rawBody.length > 0 ? req.body : undefined,
  };
}

/** Writes a response; returns the bytes written. A stream that fails half-way aborts the connection. */
export async function writeResponse(res: ServerResponse, response: ApiResponse, logger: Logger): Promise<number> {
  const { body } = response;
  if (!isStreamBody(body)) {
    const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body);
    res.writeHead(response.status, { ...response.headers, 'content-length': String(payload?.length ?? 0) });
    res.end(payload);
    return payload?.length ?? 0;
  }
  res.writeHead(response.status, response.headers);
  let bytes = 0;
  try {
    for await (const chunk of body) {
      if (res.destroyed) break; // the client went away: stop producing
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    }
    res.end();
  } catch (error) {
    // the status line is gone: a truncated body must not look complete, so the connection is cut
    logger.error('streamed response failed mid-way', { error: describeError(error), bytes });
    res.destroy(error as Error);
  }
  return bytes;
}

/**
 * The invocation's id as the label the Functions Framework itself logs it under (`execution_id`), so every line
 * of one request, including those its background work writes after the answer, can be found together.
 */
function executionFields(req: FrameworkRequest): LogFields {
  const id = req.executionId ?? req.headers['function-execution-id'];
  // a client can send the header too: only a short visible-ASCII id becomes a label
  return typeof id === 'string' && /^[\x21-\x7e]{1,128}$/.test(id)
    ? { 'logging.googleapis.com/labels': { execution_id: id } }
    : {};
}

/** Cloud Logging's trace correlation (https://cloud.google.com/logging/docs/structured-logging#special-payload-fields). */
function traceFields(req: IncomingMessage, project: string | undefined): LogFields {
  const cloudTrace = String(req.headers['x-cloud-trace-context'] ?? '').split('/')[0];
  const traceparent = String(req.headers['traceparent'] ?? '').split('-')[1];
  const trace = cloudTrace || traceparent;
  if (!trace) return {};
  return { 'logging.googleapis.com/trace': project ? `projects/${project}/traces/${trace}` : trace };
}

function logSummary(
  logger: Logger,
  request: ApiRequest,
  status: number,
  info: { started: bigint; bytes: number; notes: LogFields; req: IncomingMessage },
): void {
  const durationMs = Number(process.hrtime.bigint() - info.started) / 1e6;
  const fields: LogFields = {
    httpRequest: {
      requestMethod: request.method,
      requestUrl: request.path,
      status,
      requestSize: String(request.rawBody.length),
      responseSize: String(info.bytes),
      latency: `${(durationMs / 1000).toFixed(6)}s`,
      userAgent: request.headers['user-agent'],
      remoteIp: info.req.socket?.remoteAddress,
    },
    durationMs: Math.round(durationMs * 10) / 10,
    ...info.notes,
  };
  const message = `${request.method} ${request.path} ${status} in ${fields.durationMs} ms`;
  if (status >= 500) logger.error(message, fields);
  else if (status >= 400) logger.warn(message, fields);
  else logger.info(message, fields);
}
