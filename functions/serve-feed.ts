import { handleFeedRequest } from '../shared/pipeline/feeds';
import { handleJobPageRequest, handleSitemapRequest } from '../shared/pipeline/job-pages';
import type { ApiHandler, ApiRequest, ApiResponse } from './lib/api';
import { presentedKey } from './lib/api-keys';
import { openApiRoute } from './lib/openapi-route';
import { problemResponse, type ProblemCode } from './lib/problem';
import { createRouter } from './lib/router';
import { syndicationDepsOf, type Runtime } from './lib/runtime';

/**
 * `serveFeed` — partner feeds (`GET /feeds/{partner}.xml|.json`, the partner's key, streamed, ETag/304),
 * public job pages with JSON-LD (`GET /jobs/{id}`, 410 once closed) and `GET /sitemap.xml`.
 */
export function createServeFeed(runtime: () => Promise<Runtime>): ApiHandler {
  return createRouter([
    {
      methods: ['GET'],
      path: /^\/feeds\/([a-z0-9][a-z0-9-]{0,62})\.(xml|json)$/,
      handle: async (request, context, [partnerId, format]) => {
        context.note({ partnerId, format });
        const response = await handleFeedRequest(syndicationDepsOf(await runtime()), {
          partnerId: partnerId!,
          format: format as 'xml' | 'json',
          apiKey: presentedKey(request),
          query: { since: request.query.get('since') },
          ifNoneMatch: request.headers['if-none-match'] ?? null,
        });
        return asProblem(response);
      },
    },
    {
      methods: ['GET'],
      path: /^\/jobs\/([^/]+)$/,
      handle: async (request, context, [postingId]) => {
        const rt = await runtime();
        context.note({ postingId });
        return handleJobPageRequest(pagesDeps(rt, request), postingId!);
      },
    },
    {
      methods: ['GET'],
      path: '/sitemap.xml',
      handle: async (request) =>
        handleSitemapRequest(pagesDeps(await runtime(), request), { page: request.query.get('page') }),
    },
    openApiRoute,
  ]);
}

const pagesDeps = (runtime: Runtime, request: ApiRequest) => ({
  store: runtime.store,
  clock: runtime.clock,
  publicBaseUrl: runtime.settings.JOBRELAY_PUBLIC_BASE_URL ?? baseUrlOf(request),
});

/** Where we are served, when the deployment names no public base URL (behind Cloud Run's front end). */
function baseUrlOf(request: ApiRequest): string {
  const proto = request.headers['x-forwarded-proto']?.split(',')[0]?.trim() || 'http';
  return `${proto}://${request.headers['host'] ?? 'localhost'}`;
}

const CODE_OF_STATUS: Record<number, ProblemCode> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found' };

/** The feed use case's error answers in the API's one problem shape (its headers, e.g. the challenge, kept). */
function asProblem(response: ApiResponse): ApiResponse {
  const code = CODE_OF_STATUS[response.status];
  if (!code || typeof response.body !== 'string') return response;
  let detail = '';
  try {
    detail = String((JSON.parse(response.body) as { detail?: unknown }).detail ?? '');
  } catch {
    detail = response.body;
  }
  const { 'content-type': _type, ...headers } = response.headers ?? {};
  return problemResponse(code, detail, { headers });
}
