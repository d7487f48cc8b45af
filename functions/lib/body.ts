import type { z } from 'zod';
import { mediaType, type ApiRequest, type ApiResponse } from './api';
import { issuesOf, problemResponse } from './problem';

/**
 * Reading request input at the edge: JSON bodies and query strings are parsed with zod schemas here, so
 * use cases only ever see parsed data (after hono's validator).
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: ApiResponse };

const JSON_TYPES = new Set(['application/json', 'application/cloudevents+json', 'text/json']);

/** Whether a request says its body is JSON (or says nothing, which we read as JSON). */
export const isJsonRequest = (request: Pick<ApiRequest, 'headers'>): boolean => {
  const type = mediaType(request);
  return type === '' || JSON_TYPES.has(type) || type.endsWith('+json');
};

/** The body as JSON: the framework's parse when it made one, else a parse of the raw bytes. */
export function readJsonBody(request: ApiRequest): Parsed<unknown> {
  if (
    request.parsedBody !== undefined &&
    !Buffer.isBuffer(request.parsedBody) &&
    typeof request.parsedBody !== 'string'
  ) {
    return { ok: true, value: request.parsedBody };
  }
  if (request.rawBody.length === 0)
    return { ok: false, response: problemResponse('invalid-json', 'the body is empty') };
  try {
    return { ok: true, value: JSON.parse(request.rawBody.toString('utf8')) as unknown };
  } catch (error) {
    return {
      ok: false,
      response: problemResponse('invalid-json', `the body is not valid JSON: ${(error as Error).message}`),
    };
  }
}

/** The body parsed by a schema: 415 for a non-JSON media type, 400 for bad JSON, 422 with the failing paths. */
export function parseJsonBody<S extends z.ZodType>(request: ApiRequest, schema: S): Parsed<z.infer<S>> {
  if (!isJsonRequest(request)) {
    return {
      ok: false,
      response: problemResponse('unsupported-media-type', `send application/json, not ${mediaType(request)}`),
    };
  }
  const body = readJsonBody(request);
  if (!body.ok) return body;
  const result = schema.safeParse(body.value);
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  const errors = issuesOf(result.error);
  const first = errors[0];
  const detail = `${errors.length} problem(s); first at "${first?.path || '(body)'}": ${first?.message}`;
  return { ok: false, response: problemResponse('invalid-body', detail, { errors }) };
}

/** The query string parsed by a schema (single values; repeated keys become arrays). */
export function parseQuery<S extends z.ZodType>(request: ApiRequest, schema: S): Parsed<z.infer<S>> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(request.query.keys())) {
    const values = request.query.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  const result = schema.safeParse(record);
  if (result.success) return { ok: true, value: result.data as z.infer<S> };
  const errors = issuesOf(result.error);
  return {
    ok: false,
    response: problemResponse('invalid-query', `query parameter "${errors[0]?.path}": ${errors[0]?.message}`, {
      errors,
    }),
  };
}
