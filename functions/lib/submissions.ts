import { describeError } from '../../shared/errors';
import type { IngestItem } from '../../shared/pipeline/ingest';
import type { SourceKind } from '../../shared/schema/posting';
import type { RawPosting, RawPostingInput } from '../../shared/schema/raw-posting';
import type { IngestReason, PostingSubmission } from '../../shared/schema/http';
import { parseInput } from '../../shared/sources/parse-input';

/**
 * Turns `POST /postings` submissions into ingest items, grouped by source: documents and ATS records go
 * through the same parsers as fetched content, structured postings are taken as raw postings, and the
 * submission's metadata overrides what the content says. A submission that cannot be read is a rejection
 * for its index, never a failure of the request.
 */

/** Postings submitted without a source belong to this virtual source. */
export const API_SOURCE_ID = 'api';

export interface SubmittedItem {
  /** the submission it came from */
  index: number;
  item: IngestItem;
  title: string | null;
}

export interface SubmissionPlan {
  /** source id → its items, in submission order */
  groups: Map<string, SubmittedItem[]>;
  rejections: { index: number; reasons: IngestReason[] }[];
}

/** Plans the submissions; `defaultSourceId` is the webhook's source (or the virtual `api` source). */
export function planSubmissions(
  submissions: readonly PostingSubmission[],
  defaultSourceId = API_SOURCE_ID,
): SubmissionPlan {
  const plan: SubmissionPlan = { groups: new Map(), rejections: [] };
  submissions.forEach((submission, index) => {
    const read = readSubmission(submission);
    if (!read.ok) {
      plan.rejections.push({ index, reasons: [read.reason] });
      return;
    }
    const sourceId = submission.sourceId ?? defaultSourceId;
    const group = plan.groups.get(sourceId) ?? [];
    const single = read.postings.length === 1;
    for (const raw of read.postings) {
      group.push({
        index,
        item: { raw: withOverrides(raw, submission, single) },
        title: submission.title ?? raw.title ?? null,
      });
    }
    plan.groups.set(sourceId, group);
  });
  return plan;
}

/** The source ids the submissions name (each must be configured, except the virtual one). */
export const namedSources = (submissions: readonly PostingSubmission[]): string[] => [
  ...new Set(submissions.flatMap((s) => (s.sourceId && s.sourceId !== API_SOURCE_ID ? [s.sourceId] : []))),
];

type Read = { ok: true; postings: RawPostingInput[] } | { ok: false; reason: IngestReason };

function readSubmission(submission: PostingSubmission): Read {
  if (submission.type === 'posting') return { ok: true, postings: [{ kind: 'api', ...submission.posting }] };
  const content = submission.type === 'document' ? submission.content : contentOf(submission.record);
  const kind: SourceKind | undefined =
    submission.type === 'document' ? (submission.format === 'auto' ? undefined : submission.format) : submission.kind;
  let postings: RawPosting[];
  try {
    postings = parseInput(content, { kind, url: submission.url ?? null });
  } catch (error) {
    const { code, message } = describeError(error);
    return {
      ok: false,
      reason: {
        code: code.toLowerCase().replace(/\./g, '_'),
        message,
        path: submission.type === 'document' ? 'content' : 'record',
      },
    };
  }
  if (postings.length === 0) {
    return {
      ok: false,
      reason: { code: 'no_posting_found', message: 'no job posting was found in the content', path: null },
    };
  }
  return { ok: true, postings };
}

const contentOf = (record: unknown): string => (typeof record === 'string' ? record : JSON.stringify(record));

/** Metadata wins over content; identity overrides (id, URL, title) only apply to a single-posting submission. */
function withOverrides(raw: RawPostingInput, submission: PostingSubmission, single: boolean): RawPostingInput {
  return {
    ...raw,
    ...(single && submission.externalId ? { externalId: submission.externalId } : {}),
    ...(single && submission.url ? { url: submission.url } : {}),
    ...(single && submission.title ? { title: submission.title } : {}),
    ...(submission.company ? { companyName: submission.company } : {}),
    ...(submission.companyUrl ? { companyUrl: submission.companyUrl } : {}),
  };
}
