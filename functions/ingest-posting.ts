import { sha256Hex } from '../shared/ids';
import type { Logger } from '../shared/ports/logger.port';
import { ingest, type IngestOutcome } from '../shared/pipeline/ingest';
import {
  PostingSubmission,
  SubmissionBatch,
  type IngestResponse,
  type IngestResult,
  type IngestSummary,
} from '../shared/schema/http';
import { jsonResponse, type ApiHandler, type ApiRequest, type ApiResponse, type InvocationContext } from './lib/api';
import { isJsonRequest, parseJsonBody, readJsonBody } from './lib/body';
import { authenticateCaller, webhookConsumer, type Caller } from './lib/inbound-auth';
import { openApiRoute } from './lib/openapi-route';
import { problemResponse } from './lib/problem';
import { answerByDeadline, errorFields, type DeadlineUndo } from './lib/request-deadline';
import { createRouter } from './lib/router';
import { pipelineDepsOf, type Runtime } from './lib/runtime';
import { API_SOURCE_ID, namedSources, planSubmissions, type SubmissionPlan } from './lib/submissions';

/**
 * `ingestPosting` — `POST /postings`: HR tools (API key) and ATS webhooks (signed, `?source=`) submit one
 * posting or a batch; each is normalised and ingested; the answer has one result per posting. A request
 * not done within `JOBRELAY_REQUEST_DEADLINE_SECONDS` is answered 503 with `Retry-After` (`ingestWithinDeadline`).
 */
export function createIngestPosting(runtime: () => Promise<Runtime>): ApiHandler {
  return createRouter([
    {
      methods: ['POST'],
      path: /^\/(?:postings\/?)?$/,
      handle: async (request, context) => ingestWithinDeadline(request, context, await runtime()),
    },
    openApiRoute,
  ]);
}

/** Seconds a client is asked to wait before retrying a request that missed its deadline. */
const DEADLINE_RETRY_AFTER_SECONDS = 5;

/**
 * Ingests within the request deadline, or answers 503 `unavailable` with `Retry-After` when a hung store or
 * bus holds the work past it (`request-deadline.ts`). Nothing is left half-written either way: each posting
 * change is committed with its outbox event in one transaction (both or neither), stamped with the request's
 * `Idempotency-Key` (`lastChange`). If the commit never lands, the client's retry makes the change; if it lands
 * late, its event waits in the outbox until this request's own publish or the maintenance sweep sends it, and
 * the retry is answered as this attempt's change (`ingest-replay.ts`); a change that arrives after a newer one
 * is not applied over it (`ingest.ts`). A signed webhook's delivery id is given back, so the ATS's retry is
 * processed.
 */
function ingestWithinDeadline(request: ApiRequest, context: InvocationContext, runtime: Runtime): Promise<ApiResponse> {
  const seconds = runtime.settings.JOBRELAY_REQUEST_DEADLINE_SECONDS;
  const deadline = {
    seconds,
    retryAfterSeconds: DEADLINE_RETRY_AFTER_SECONDS,
    detail: `the request did not finish within ${seconds} s (a storage or messaging dependency is slow); nothing half-written is kept: retry the same request, with the same Idempotency-Key`,
  };
  return answerByDeadline(context, deadline, (onDeadline) => ingestPostings(request, context, runtime, onDeadline));
}

/** How long an inbound webhook's delivery id is remembered (a replay after that fails the timestamp check, or is harmless). */
const REPLAY_WINDOW_SECONDS = 7 * 24 * 3600;

async function ingestPostings(
  request: ApiRequest,
  context: InvocationContext,
  runtime: Runtime,
  onDeadline: DeadlineUndo[],
): Promise<ApiResponse> {
  const auth = await authenticateCaller(request, runtime, ['hr', 'admin'], context);
  if (!auth.ok) return auth.response;
  const { caller } = auth;
  const body = readSubmissions(request, caller, runtime.settings.JOBRELAY_MAX_BATCH);
  if (!body.ok) return body.response;
  const submissions = body.value;
  const missing = await unknownSources(runtime, namedSources(submissions));
  if (missing.length > 0) return problemResponse('not-found', `source(s) not configured: ${missing.join(', ')}`);
  if (caller.kind === 'webhook') {
    const fresh = await runtime.store.claimEvent(
      webhookConsumer(caller.source.config.id),
      caller.delivery.deliveryId,
      REPLAY_WINDOW_SECONDS,
    );
    if (!fresh)
      return problemResponse(
        'webhook-replayed',
        `delivery "${caller.delivery.deliveryId}" was already received; nothing was done`,
      );
    // answered 503 at the deadline: the sender's retry must be processed, not refused as a replay
    onDeadline.push(() => releaseDelivery(runtime, caller, context.logger, 'deadline'));
  }
  const requestKey = idempotencyKeyOf(request, caller);
  if (requestKey === false)
    return problemResponse('bad-request', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  context.note(callerFields(caller));
  try {
    const plan = planSubmissions(submissions, caller.kind === 'webhook' ? caller.source.config.id : API_SOURCE_ID);
    const response = await runPlan(plan, runtime, requestKey);
    context.note({ submissions: submissions.length, ...response.summary });
    return jsonResponse(200, response);
  } catch (error) {
    // the delivery did not go through: its sender's retry must be processed, not refused as a replay
    if (caller.kind === 'webhook') await releaseDelivery(runtime, caller, context.logger, 'failure');
    throw error;
  }
}

/**
 * Gives a webhook's delivery id back so that its sender's retry is processed. A store that cannot do it is
 * logged, never thrown: the request's own outcome stays what is answered or logged, and the operator learns
 * that this delivery's retries will be refused as replays while the claim lasts (`REPLAY_WINDOW_SECONDS`).
 */
async function releaseDelivery(
  runtime: Runtime,
  caller: Extract<Caller, { kind: 'webhook' }>,
  logger: Logger,
  after: 'deadline' | 'failure',
): Promise<void> {
  const { deliveryId } = caller.delivery;
  try {
    await runtime.store.releaseEvent(webhookConsumer(caller.source.config.id), deliveryId);
  } catch (error) {
    logger.error(
      "a webhook delivery's claim could not be released: the sender's retries of it will be refused as replays",
      { source: caller.source.config.id, deliveryId, after, error: errorFields(error) },
    );
  }
}

/**
 * An HR tool's `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header; the header Stripe and others
 * use), hashed with the caller's key name so two callers' keys never meet: a retry of the request whose reply
 * was lost is answered as the first attempt was (`shared/pipeline/ingest-replay.ts`). Signed webhooks are
 * deduplicated by their delivery id instead. Undefined without a key; false for a malformed one.
 */
function idempotencyKeyOf(request: ApiRequest, caller: Caller): string | undefined | false {
  const key = request.headers['idempotency-key'];
  if (key === undefined || caller.kind !== 'api-key') return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) return false;
  return sha256Hex(`${caller.principal.keyName}\u0000${key}`);
}

type Submissions = { ok: true; value: PostingSubmission[] } | { ok: false; response: ApiResponse };

/**
 * The submissions in the body. A webhook may send our own shape or its ATS's payload, which is read as a
 * record of the source's kind; everything else must match the schema (422 with the failing paths).
 */
function readSubmissions(request: ApiRequest, caller: Caller, maxBatch: number): Submissions {
  if (caller.kind === 'webhook' && !looksLikeSubmission(request)) {
    const kind = caller.source.config.kind;
    const content = request.rawBody.toString('utf8');
    const submission: PostingSubmission = ['html', 'jsonld'].includes(kind)
      ? { type: 'document', format: kind === 'html' ? 'html' : 'jsonld', content }
      : {
          type: 'ats-record',
          kind: kind as Extract<PostingSubmission, { type: 'ats-record' }>['kind'],
          record: content,
        };
    return { ok: true, value: [submission] };
  }
  const peek = readJsonBody(request);
  const isBatch = peek.ok && typeof peek.value === 'object' && peek.value !== null && 'items' in peek.value;
  if (!isBatch) {
    const single = parseJsonBody(request, PostingSubmission);
    return single.ok ? { ok: true, value: [single.value] } : single;
  }
  const batch = parseJsonBody(request, SubmissionBatch);
  if (!batch.ok) return batch;
  if (batch.value.items.length > maxBatch) {
    const errors = [{ path: 'items', message: `at most ${maxBatch} items per request`, code: 'too_big' }];
    return { ok: false, response: problemResponse('invalid-body', errors[0]!.message, { errors }) };
  }
  return { ok: true, value: batch.value.items };
}

/** Our own submission shape: JSON with `type` or `items` at the top. */
function looksLikeSubmission(request: ApiRequest): boolean {
  if (!isJsonRequest(request)) return false;
  const body = readJsonBody(request);
  return (
    body.ok && typeof body.value === 'object' && body.value !== null && ('items' in body.value || 'type' in body.value)
  );
}

async function unknownSources(runtime: Runtime, ids: readonly string[]): Promise<string[]> {
  const found = await Promise.all(ids.map(async (id) => ((await runtime.store.getSource(id)) ? null : id)));
  return found.filter((id): id is string => id !== null);
}

/** Ingests each source's items (one use-case call per source) and lays the outcomes out per posting. */
async function runPlan(
  plan: SubmissionPlan,
  runtime: Runtime,
  requestKey: string | undefined,
): Promise<IngestResponse> {
  const results: IngestResult[] = plan.rejections.map(({ index, reasons }) => rejected(index, reasons));
  const deps = pipelineDepsOf(runtime);
  for (const [sourceId, items] of plan.groups) {
    const stored = sourceId === API_SOURCE_ID ? null : await runtime.store.getSource(sourceId);
    const source = { id: sourceId, company: stored?.config.company, tags: stored?.config.tags ?? [] };
    const { outcomes } = await ingest(deps, { source, items: items.map((i) => i.item), requestKey });
    for (const outcome of outcomes) {
      const submitted = items[outcome.index]!;
      results.push(resultOf(outcome, submitted.index, submitted.title));
    }
  }
  results.sort((a, b) => a.index - b.index);
  return { results, summary: summarise(results) };
}

function resultOf(outcome: IngestOutcome, index: number, title: string | null): IngestResult {
  if (outcome.outcome === 'rejected') return { ...rejected(index, outcome.reasons), postingId: outcome.id, title };
  return {
    index,
    status: outcome.outcome,
    postingId: outcome.id,
    version: outcome.version,
    title,
    changedFields: outcome.changedFields,
    reasons: [],
    duplicateOf: outcome.duplicateOf,
  };
}

const rejected = (index: number, reasons: IngestResult['reasons']): IngestResult => ({
  index,
  status: 'rejected',
  postingId: null,
  version: null,
  title: null,
  changedFields: [],
  reasons,
  duplicateOf: null,
});

function summarise(results: readonly IngestResult[]): IngestSummary {
  const summary: IngestSummary = { created: 0, updated: 0, reopened: 0, closed: 0, unchanged: 0, rejected: 0 };
  for (const result of results) summary[result.status] += 1;
  return summary;
}

function callerFields(caller: Caller) {
  return caller.kind === 'api-key'
    ? { caller: `api-key:${caller.principal.role}:${caller.principal.keyName}` }
    : {
        caller: `webhook:${caller.source.config.id}`,
        scheme: caller.delivery.scheme,
        deliveryId: caller.delivery.deliveryId,
      };
}
