import { listSyndicationStatus, requestSyndication } from '../shared/pipeline/syndicate';
import { SyndicationListQuery, SyndicationRequestBody, SyndicationWithdrawQuery } from '../shared/schema/http';
import type { SyndicationRequestInput } from '../shared/schema/syndication';
import { jsonResponse, type ApiHandler, type ApiRequest, type ApiResponse, type InvocationContext } from './lib/api';
import { authenticate } from './lib/api-keys';
import { parseJsonBody, parseQuery } from './lib/body';
import { openApiRoute } from './lib/openapi-route';
import { problemResponse } from './lib/problem';
import { createRouter } from './lib/router';
import { syndicationDepsOf, type Runtime } from './lib/runtime';

/**
 * `requestSyndication` — `POST /syndications` (publish or withdraw postings × partners), `GET /syndications`
 * (per-board status with reasons and history), `DELETE /syndications?postingId=&partnerId=` (withdraw).
 * Unknown postings or partners answer 404 before anything is recorded.
 */
export function createRequestSyndication(runtime: () => Promise<Runtime>): ApiHandler {
  const route =
    (handle: (request: ApiRequest, context: InvocationContext, runtime: Runtime) => Promise<ApiResponse>) =>
    async (request: ApiRequest, context: InvocationContext) => {
      const rt = await runtime();
      const auth = authenticate(request, rt.apiKeys, ['hr', 'admin']);
      if (!auth.ok) return auth.response;
      context.note({ caller: `api-key:${auth.principal.role}:${auth.principal.keyName}` });
      return handle(request, context, rt);
    };
  return createRouter([
    { methods: ['POST'], path: /^\/(?:syndications\/?)?$/, handle: route(postSyndication) },
    { methods: ['GET'], path: /^\/(?:syndications\/?)?$/, handle: route(listSyndications) },
    { methods: ['DELETE'], path: /^\/(?:syndications\/?)?$/, handle: route(withdrawSyndication) },
    openApiRoute,
  ]);
}

async function postSyndication(
  request: ApiRequest,
  context: InvocationContext,
  runtime: Runtime,
): Promise<ApiResponse> {
  const body = parseJsonBody(request, SyndicationRequestBody);
  if (!body.ok) return body.response;
  return submit(body.value, context, runtime);
}

async function withdrawSyndication(
  request: ApiRequest,
  context: InvocationContext,
  runtime: Runtime,
): Promise<ApiResponse> {
  const query = parseQuery(request, SyndicationWithdrawQuery);
  if (!query.ok) return query.response;
  const { postingId, partnerId } = query.value;
  const partnerIds = partnerId ? [partnerId] : await partnersOf(runtime, postingId);
  if (partnerIds.length === 0) return problemResponse('not-found', `posting "${postingId}" is on no partner board`);
  return submit({ postingIds: [postingId], partnerIds, action: 'withdraw' }, context, runtime);
}

async function listSyndications(
  request: ApiRequest,
  _context: InvocationContext,
  runtime: Runtime,
): Promise<ApiResponse> {
  const query = parseQuery(request, SyndicationListQuery);
  if (!query.ok) return query.response;
  const { cursor, ...filters } = query.value;
  const page = await listSyndicationStatus(syndicationDepsOf(runtime), { ...filters, cursor: cursor ?? null });
  return jsonResponse(200, { items: page.items, nextCursor: page.nextCursor });
}

/** Checks every named posting and partner exists (nothing is recorded otherwise), then records the request. */
async function submit(
  input: SyndicationRequestInput,
  context: InvocationContext,
  runtime: Runtime,
): Promise<ApiResponse> {
  const missing = await missingTargets(runtime, input);
  if (missing) return missing;
  const result = await requestSyndication(syndicationDepsOf(runtime), input);
  if (!result.ok) {
    const errors = result.problems.map((p) => ({ ...p, code: 'invalid' }));
    return problemResponse('invalid-body', errors[0]?.message ?? 'invalid request', { errors });
  }
  context.note({
    requestId: result.requestId,
    action: result.action,
    counts: result.counts,
    messagesPublished: result.messagesPublished,
  });
  const { ok: _ok, ...accepted } = result;
  return jsonResponse(202, accepted, { location: `/syndications?${new URLSearchParams(filterOf(input))}` });
}

async function missingTargets(runtime: Runtime, input: SyndicationRequestInput): Promise<ApiResponse | null> {
  const partners = await Promise.all(
    input.partnerIds.map(async (id) => ((await runtime.store.getPartner(id)) ? null : id)),
  );
  const unknownPartners = partners.filter((id): id is string => id !== null);
  if (unknownPartners.length > 0)
    return problemResponse('not-found', `unknown partner(s): ${unknownPartners.join(', ')}`);
  if (!input.postingIds) return null;
  const found = await runtime.store.getPostings([...new Set(input.postingIds)]);
  const unknownPostings = input.postingIds.filter((id) => !found.has(id));
  if (unknownPostings.length > 0)
    return problemResponse('not-found', `unknown posting(s): ${unknownPostings.slice(0, 20).join(', ')}`);
  return null;
}

/** The partners a posting has a record with. */
async function partnersOf(runtime: Runtime, postingId: string): Promise<string[]> {
  const page = await runtime.store.listSyndications({ postingId, limit: 100 });
  return page.items.filter((r) => r.desired === 'publish' || r.status !== 'withdrawn').map((r) => r.partnerId);
}

const filterOf = (input: SyndicationRequestInput): Record<string, string> =>
  input.postingIds?.length === 1
    ? { postingId: input.postingIds[0]! }
    : input.partnerIds.length === 1
      ? { partnerId: input.partnerIds[0]! }
      : {};
