import { z } from 'zod';
import { JsonFeedPage } from '../../shared/boards/json-feed';
import {
  IngestRequest,
  IngestResponse,
  SyndicationAccepted,
  SyndicationList,
  SyndicationListQuery,
  SyndicationRequestBody,
  SyndicationWithdrawQuery,
} from '../../shared/schema/http';
import { PROBLEMS, Problem, type ProblemCode } from './problem';

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the zod schemas the functions validate with
 * (zod 4 `z.toJSONSchema`, JSON Schema 2020-12 as OpenAPI 3.1 uses). Served at `GET /openapi.json`.
 */

type JsonObject = Record<string, unknown>;

/** Collects named schemas into `components.schemas` and rewrites `$defs` references to point there. */
class Components {
  readonly schemas: Record<string, JsonObject> = {};

  /** A schema object for `schema`, with its named parts moved to components. */
  add(schema: z.ZodType, io: 'input' | 'output', name?: string): JsonObject {
    const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonObject;
    const { $defs, $schema: _ignored, ...root } = generated as JsonObject & { $defs?: Record<string, JsonObject> };
    for (const [id, def] of Object.entries($defs ?? {})) this.schemas[id] = rewriteRefs(def) as JsonObject;
    const top = rewriteRefs(root) as JsonObject;
    if (!name || top.$ref) return top;
    this.schemas[name] = top;
    return { $ref: `#/components/schemas/${name}` };
  }
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value as JsonObject)) {
    out[key] =
      key === '$ref' && typeof inner === 'string'
        ? inner.replace('#/$defs/', '#/components/schemas/')
        : rewriteRefs(inner);
  }
  return out;
}

const problem = (codes: ProblemCode[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(PROBLEMS[code].status),
      {
        description: `${PROBLEMS[code].title} (\`${code}\`)`,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );

const json = (schema: JsonObject) => ({ 'application/json': { schema } });

/** Query parameters from an object schema: one entry per property. */
function queryParameters(components: Components, schema: z.ZodObject): JsonObject[] {
  const generated = components.add(schema, 'input') as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(generated.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: generated.required?.includes(name) ?? false,
    schema: property,
  }));
}

/** Builds the document; `serverUrl` names where it is served. */
export function buildOpenApiDocument(options: { serverUrl?: string; version?: string } = {}): JsonObject {
  const components = new Components();
  components.add(Problem, 'output', 'Problem');
  const paths = {
    '/postings': { post: ingestOperation(components) },
    '/syndications': syndicationOperations(components),
    ...feedOperations(components),
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        security: [],
        responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jobrelay HTTP API',
      version: options.version ?? '1',
      description:
        'Submit job postings, choose the partner boards they go to, read per-board status, and serve partner feeds. ' +
        'Errors are RFC 9457 application/problem+json with a stable `code`; 422 answers list every failing path in `errors`.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    security: [{ apiKey: [] }],
    paths,
    components: { schemas: components.schemas, securitySchemes: SECURITY_SCHEMES },
  };
}

const SECURITY_SCHEMES = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'An HR or admin API key: `Authorization: Bearer <key>` (or `X-Api-Key`).',
  },
  feedKey: { type: 'http', scheme: 'bearer', description: "The partner's feed key (or an admin key)." },
  webhookSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description:
      'Inbound ATS webhooks with `?source={sourceId}`: Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`), ' +
      "GitHub-style `X-Hub-Signature-256` or Stripe-style `Stripe-Signature`, signed with the source's webhook secret. " +
      'Timestamps must be within 5 minutes; a delivery id seen before answers 409.',
  },
};

function ingestOperation(components: Components): JsonObject {
  return {
    operationId: 'ingestPosting',
    summary: 'Submit one posting or a batch',
    description:
      'Each submission is a document (HTML, JSON-LD page, Markdown, text), an ATS record or export, or a structured posting. ' +
      'Every posting is normalised and compared by content hash: the answer is 200 with one result per posting ' +
      '(created, updated, unchanged or rejected with reasons); rejected items never fail the others. ' +
      "With `?source=` and a webhook signature, the body may also be the ATS's own webhook payload.",
    security: [{ apiKey: [] }, { webhookSignature: [] }],
    parameters: [
      {
        name: 'source',
        in: 'query',
        required: false,
        schema: { type: 'string' },
        description: 'the source an inbound webhook belongs to',
      },
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
        description:
          'one value per logical request, sent again on every retry of it (API-key callers): a retry after a lost reply is answered as the first attempt was (created, updated…), not "unchanged"',
      },
    ],
    requestBody: { required: true, content: json(components.add(IngestRequest, 'input')) },
    responses: {
      '200': { description: 'One result per posting', content: json(components.add(IngestResponse, 'output')) },
      ...problem([
        'bad-request',
        'invalid-json',
        'unauthenticated',
        'forbidden',
        'not-found',
        'webhook-replayed',
        'payload-too-large',
        'unsupported-media-type',
        'invalid-body',
        'unavailable',
      ]),
    },
  };
}

function syndicationOperations(components: Components): JsonObject {
  return {
    get: {
      operationId: 'listSyndications',
      summary: 'Per-board status of postings, with reasons and history',
      parameters: queryParameters(components, SyndicationListQuery),
      responses: {
        '200': { description: 'A page of records', content: json(components.add(SyndicationList, 'output')) },
        ...problem(['invalid-query', 'unauthenticated', 'forbidden']),
      },
    },
    post: {
      operationId: 'requestSyndication',
      summary: 'Publish postings to partner boards, or withdraw them',
      requestBody: { required: true, content: json(components.add(SyndicationRequestBody, 'input')) },
      responses: {
        '202': {
          description: 'Recorded; deliveries follow asynchronously',
          content: json(components.add(SyndicationAccepted, 'output')),
        },
        ...problem(['invalid-json', 'unauthenticated', 'forbidden', 'not-found', 'payload-too-large', 'invalid-body']),
      },
    },
    delete: {
      operationId: 'withdrawSyndication',
      summary: 'Withdraw a posting from one partner, or from every partner it is on',
      parameters: queryParameters(components, SyndicationWithdrawQuery),
      responses: {
        '202': { description: 'Recorded', content: json(components.add(SyndicationAccepted, 'output')) },
        ...problem(['invalid-query', 'unauthenticated', 'forbidden', 'not-found']),
      },
    },
  };
}

function feedOperations(components: Components): Record<string, JsonObject> {
  const partner = { name: 'partner', in: 'path', required: true, schema: { type: 'string' } };
  const conditional = { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } };
  const feedErrors = problem(['unauthenticated', 'forbidden', 'not-found']);
  return {
    '/feeds/{partner}.xml': {
      get: {
        operationId: 'getXmlFeed',
        summary: "The partner's XML feed (Indeed or LinkedIn format): a full snapshot of its live postings, streamed",
        security: [{ feedKey: [] }],
        parameters: [partner, conditional],
        responses: {
          '200': { description: 'The feed', content: { 'application/xml': { schema: { type: 'string' } } } },
          '304': { description: 'Not modified' },
          ...feedErrors,
        },
      },
    },
    '/feeds/{partner}.json': {
      get: {
        operationId: 'getJsonFeed',
        summary: "The partner's JSON feed: incremental with the `since` cursor, paginated",
        security: [{ feedKey: [] }],
        parameters: [partner, conditional, { name: 'since', in: 'query', required: false, schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'A page of the feed',
            content: json(components.add(JsonFeedPage, 'output', 'JsonFeedPage')),
          },
          '304': { description: 'Not modified' },
          ...feedErrors,
        },
      },
    },
    '/jobs/{id}': {
      get: {
        operationId: 'getJobPage',
        summary: 'The public job page, with schema.org JobPosting JSON-LD',
        security: [],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { description: 'The page', content: { 'text/html': { schema: { type: 'string' } } } },
          '404': { description: 'No such job' },
          '410': { description: 'The job is closed' },
        },
      },
    },
    '/sitemap.xml': {
      get: {
        operationId: 'getSitemap',
        summary: 'The sitemap of open job pages',
        description:
          'A sitemap while the open job pages fit in one (50,000 URLs, 50 MB); past that a sitemap index whose ' +
          'child sitemaps are this path with the `page` tokens it lists.',
        security: [],
        parameters: [
          {
            name: 'page',
            in: 'query',
            required: false,
            schema: { type: 'string' },
            description: 'a child sitemap, as named by the sitemap index',
          },
        ],
        responses: {
          '200': {
            description: 'The sitemap or the sitemap index',
            content: { 'application/xml': { schema: { type: 'string' } } },
          },
          '404': { description: 'A page token the sitemap index did not give out' },
        },
      },
    },
  };
}
