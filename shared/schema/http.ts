import { z } from 'zod';
import { HttpUrl, Slug } from './common';
import { RawPosting } from './raw-posting';
import {
  SyndicationAction,
  SyndicationReason,
  SyndicationRecord,
  SyndicationRequest,
  SyndicationStatus,
} from './syndication';

/**
 * Bodies of the HTTP API (`functions/`): what clients send and what they get back. The OpenAPI document
 * served at `GET /openapi.json` is generated from these schemas.
 */

// ---------------------------------------------------------------------------------------------------------
// POST /postings (ingestPosting)

/** What a client knows beside the content: which source it belongs to, and overrides. */
const SubmissionMetadata = {
  sourceId: Slug.optional().describe('a configured source; postings without one belong to the virtual source "api"'),
  externalId: z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe("the posting's id in the sender's system; keeps the posting id stable"),
  url: HttpUrl.optional().describe("the posting's own page"),
  title: z.string().min(1).max(500).optional().describe("overrides the content's title"),
  company: z.string().min(1).max(300).optional().describe('the company, when the content does not name it'),
  companyUrl: HttpUrl.optional(),
};

/** A posting as a document: HTML (with or without JSON-LD), Markdown or plain text. */
export const DocumentSubmission = z
  .object({
    type: z.literal('document'),
    format: z
      .enum(['auto', 'html', 'jsonld', 'markdown', 'text'])
      .default('auto')
      .describe('auto detects from content'),
    content: z.string().min(1),
    ...SubmissionMetadata,
  })
  .meta({ id: 'DocumentSubmission' });

/** One record (or a whole board export) in an ATS's own JSON or XML. */
export const AtsRecordSubmission = z
  .object({
    type: z.literal('ats-record'),
    kind: z
      .enum(['greenhouse', 'lever', 'ashby', 'smartrecruiters', 'recruitee', 'personio', 'jsonld'])
      .optional()
      .describe('the ATS; detected from the record when absent'),
    record: z
      .union([z.record(z.string(), z.unknown()), z.array(z.unknown()), z.string().min(1)])
      .describe('JSON, or XML text for Personio'),
    ...SubmissionMetadata,
  })
  .meta({ id: 'AtsRecordSubmission' });

/** A posting already in structured form: the raw-posting shape, normalised like every other input. */
export const StructuredSubmission = z
  .object({
    type: z.literal('posting'),
    posting: RawPosting.partial({ kind: true }).describe(
      'the fields the sender has; normalised like every other input',
    ),
    ...SubmissionMetadata,
  })
  .meta({ id: 'StructuredSubmission' });

export const PostingSubmission = z
  .discriminatedUnion('type', [DocumentSubmission, AtsRecordSubmission, StructuredSubmission])
  .meta({ id: 'PostingSubmission' });
export type PostingSubmission = z.infer<typeof PostingSubmission>;

/** A batch of submissions, processed in order; each gets its own result. */
export const SubmissionBatch = z.object({ items: z.array(PostingSubmission).min(1) }).meta({ id: 'SubmissionBatch' });
export type SubmissionBatch = z.infer<typeof SubmissionBatch>;

/** `POST /postings` takes one submission or a batch. */
export const IngestRequest = z.union([SubmissionBatch, PostingSubmission]).meta({ id: 'IngestRequest' });
export type IngestRequest = z.infer<typeof IngestRequest>;

/** `reopened`: a closed posting came back; `closed`: the submission itself said the job is closed. */
export const IngestStatus = z.enum(['created', 'updated', 'reopened', 'closed', 'unchanged', 'rejected']);
export type IngestStatus = z.infer<typeof IngestStatus>;

/** Why a posting was rejected: a stable code, a sentence, and the field at fault when there is one. */
export const IngestReason = z
  .object({ code: z.string(), message: z.string(), path: z.string().nullable() })
  .meta({ id: 'IngestReason' });
export type IngestReason = z.infer<typeof IngestReason>;

/** The outcome for one posting (an ATS export item may hold several postings: each has its own result). */
export const IngestResult = z
  .object({
    /** the submission this came from (0 for a single submission) */
    index: z.number().int().min(0),
    status: IngestStatus,
    postingId: z.string().nullable(),
    version: z.number().int().nullable(),
    title: z.string().nullable(),
    /** for `updated`: the top-level fields that changed */
    changedFields: z.array(z.string()),
    /** for `rejected`: why, in words a sender can act on */
    reasons: z.array(IngestReason),
    /** the canonical posting this one duplicates, if any */
    duplicateOf: z.string().nullable(),
  })
  .meta({ id: 'IngestResult' });
export type IngestResult = z.infer<typeof IngestResult>;

export const IngestSummary = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  reopened: z.number().int(),
  closed: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});
export type IngestSummary = z.infer<typeof IngestSummary>;

/**
 * The answer to a valid `POST /postings`: always 200 with one result per posting (a bulk API's answer,
 * like Elasticsearch's `_bulk`): whether some items were rejected is in `summary.rejected` and in each
 * result, never in the status code, so a client reads one shape.
 */
export const IngestResponse = z
  .object({ results: z.array(IngestResult), summary: IngestSummary })
  .meta({ id: 'IngestResponse' });
export type IngestResponse = z.infer<typeof IngestResponse>;

// ---------------------------------------------------------------------------------------------------------
// /syndications (requestSyndication)

/** `POST /syndications` takes HR's request as the syndication schema defines it (postings × partners × action). */
export const SyndicationRequestBody = SyndicationRequest.meta({ id: 'SyndicationRequest' });

/** One (posting, partner) pair after the request was recorded. */
export const SyndicationPairResult = z
  .object({
    postingId: z.string(),
    partnerId: z.string(),
    status: z.union([SyndicationStatus, z.enum(['not-found', 'not-syndicated'])]),
    reasons: z.array(SyndicationReason),
  })
  .meta({ id: 'SyndicationPairResult' });

/** `202 Accepted`: the request is recorded; deliveries run asynchronously. Poll `GET /syndications`. */
export const SyndicationAccepted = z
  .object({
    requestId: z.string(),
    action: SyndicationAction,
    /** pairs per status, all of them */
    counts: z.record(z.string(), z.number().int()),
    /** the pairs as they stand after recording (mostly `pending`; feeds and refusals settle at once) */
    results: z.array(SyndicationPairResult),
    /** true when `results` lists only the first pairs */
    truncated: z.boolean(),
    messagesPublished: z.number().int(),
  })
  .meta({ id: 'SyndicationAccepted' });
export type SyndicationAccepted = z.infer<typeof SyndicationAccepted>;

/** `GET /syndications` query. */
export const SyndicationListQuery = z.object({
  postingId: z.string().min(1).optional(),
  partnerId: Slug.optional(),
  status: SyndicationStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().min(1).optional(),
});
export type SyndicationListQuery = z.infer<typeof SyndicationListQuery>;

/** `DELETE /syndications` query: withdraw one posting from one partner (or from every partner it is on). */
export const SyndicationWithdrawQuery = z.object({
  postingId: z.string().min(1),
  partnerId: Slug.optional(),
});
export type SyndicationWithdrawQuery = z.infer<typeof SyndicationWithdrawQuery>;

export const SyndicationList = z
  .object({ items: z.array(SyndicationRecord), nextCursor: z.string().nullable() })
  .meta({ id: 'SyndicationList' });
export type SyndicationList = z.infer<typeof SyndicationList>;
