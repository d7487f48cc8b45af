import { z } from 'zod';
import { JobrelayError, PermanentError, TransientError } from '../../shared/errors';
import type { ApiResponse } from './api';

/**
 * RFC 9457 problem details (https://www.rfc-editor.org/rfc/rfc9457): every error answer of the HTTP API is
 * `application/problem+json`. This file is the one place that turns failures into responses.
 */

/** The problems the API answers with: slug → status and title. The slug is also the stable `code`. */
export const PROBLEMS = {
  'bad-request': { status: 400, title: 'The request could not be read' },
  'invalid-json': { status: 400, title: 'The body is not valid JSON' },
  'invalid-query': { status: 400, title: 'The query string is not valid' },
  'invalid-body': { status: 422, title: 'The body does not match the schema' },
  'unsupported-media-type': { status: 415, title: 'The body has a media type this endpoint does not accept' },
  'payload-too-large': { status: 413, title: 'The body is larger than this endpoint accepts' },
  unauthenticated: { status: 401, title: 'Missing or unknown credentials' },
  'invalid-signature': { status: 401, title: 'The webhook signature does not verify' },
  forbidden: { status: 403, title: 'These credentials may not do this' },
  'webhook-replayed': { status: 409, title: 'This webhook delivery was already received' },
  'not-found': { status: 404, title: 'No such resource' },
  gone: { status: 410, title: 'The resource is gone' },
  'method-not-allowed': { status: 405, title: 'The method is not allowed on this resource' },
  unavailable: { status: 503, title: 'A dependency is unavailable; retry later' },
  internal: { status: 500, title: 'Internal error' },
} as const satisfies Record<string, { status: number; title: string }>;
export type ProblemCode = keyof typeof PROBLEMS;

/** One failing part of the input: the path into the body (`items.2.content`) and what is wrong there. */
export const ProblemIssue = z.object({
  path: z.string().describe('dot-separated path into the body or query, empty for the whole'),
  message: z.string(),
  code: z.string().describe('zod issue code or a Jobrelay code'),
});
export type ProblemIssue = z.infer<typeof ProblemIssue>;

/** The problem document (RFC 9457 §3) with Jobrelay's extension members `code` and `errors`. */
export const Problem = z
  .object({
    type: z.string().describe('a URI naming the problem type: urn:jobrelay:problem:<code>'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string().describe('stable machine-readable code'),
    errors: z.array(ProblemIssue).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof Problem>;

export interface ProblemOptions {
  errors?: ProblemIssue[];
  headers?: Record<string, string>;
  instance?: string;
}

/** A problem+json response. */
export function problemResponse(code: ProblemCode, detail: string, options: ProblemOptions = {}): ApiResponse {
  const { status, title } = PROBLEMS[code];
  const problem: Problem = {
    type: `urn:jobrelay:problem:${code}`,
    title,
    status,
    detail,
    code,
    ...(options.instance ? { instance: options.instance } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
  };
  return {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...options.headers },
    body: JSON.stringify(problem),
  };
}

/** zod issues as problem issues: the failing paths are what a client needs to fix its request. */
export function issuesOf(error: z.ZodError, prefix: readonly (string | number)[] = []): ProblemIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path].map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/** Errors a client's own input causes deep in a use case (a page cursor no page of ours produced): 4xx, not 500. */
const CLIENT_ERRORS: Record<string, [ProblemCode, string]> = {
  'STORE.INVALID_CURSOR': ['invalid-query', 'the cursor is not one this API gave out; start again without it'],
};

/**
 * Turns a thrown value into a response. Transient failures answer 503 with `Retry-After` (clients and
 * Pub/Sub retry); anything else is a 500 whose detail names only the error code, never internals.
 */
export function errorToResponse(error: unknown): ApiResponse {
  if (error instanceof TransientError) {
    const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 5_000) / 1000));
    return problemResponse('unavailable', `temporarily unavailable (${error.code}); retry later`, {
      headers: { 'retry-after': String(seconds) },
    });
  }
  if (error instanceof JobrelayError && CLIENT_ERRORS[error.code]) {
    const [code, detail] = CLIENT_ERRORS[error.code]!;
    return problemResponse(code, detail);
  }
  if (error instanceof PermanentError || error instanceof JobrelayError) {
    return problemResponse('internal', `the request failed (${error.code})`);
  }
  return problemResponse('internal', 'the request failed unexpectedly (INTERNAL)');
}
