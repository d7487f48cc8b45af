import { describeError } from '../errors';
import { postingId } from '../ids';
import { contentHashOf } from '../normalize/content-hash';
import { normalizePosting } from '../normalize/normalize-posting';
import { PostingContract } from '../normalize/posting-contract';
import type { JobPosting } from '../schema/posting';
import type { RawPostingInput } from '../schema/raw-posting';
import { safeParseRawPosting } from '../sources/complete-raw-posting';
import { dedupKeyOf, simhash64 } from './dedup';
import { expiresAtOf } from './posting-changes';

/**
 * What ingest accepts per posting: a raw posting from a parser (normalised here), or an already normalised
 * posting (the HTTP API, tests) with the requisition id its source named, if any.
 */
export type IngestItem = { raw: RawPostingInput } | { posting: unknown; requisitionId?: string | null };

/** The source postings are ingested for: its id, and what normalising and bookkeeping take from it. */
export interface IngestSource {
  id: string;
  company?: { name: string; url: string | null };
  /** copied onto each posting written (partner filters select by them) */
  tags?: readonly string[];
}

/** Why a posting was refused: a stable code, a sentence, and the field when one is at fault. */
export interface RejectionReason {
  code: string;
  message: string;
  path: string | null;
}

/** A valid posting on its way in; its dedup identity is computed only if it is to be written. */
export interface IngestCandidate {
  index: number;
  posting: JobPosting;
  requisitionId: string | null;
  dedupKey: string;
  fingerprint: string;
  expiresAt: string | null;
  /** the canonical posting this one duplicates; assigned once the batch's candidates are known */
  duplicateOf: string | null;
}

export type PreparedItem =
  | { ok: true; candidate: IngestCandidate }
  | { ok: false; index: number; id: string | null; reasons: RejectionReason[] };

/** Firestore refuses documents over 1 MiB; this leaves room for bookkeeping and field names. */
export const MAX_POSTING_BYTES = 900 * 1024;

const reject = (
  index: number,
  id: string | null,
  code: string,
  message: string,
  path: string | null = null,
): PreparedItem => ({
  ok: false,
  index,
  id,
  reasons: [{ code, message, path }],
});

/** Normalises (raw items) and validates one item; every failure is a rejection with reasons, never a throw. */
export function prepareItem(item: IngestItem, index: number, source: IngestSource, now: Date): PreparedItem {
  let value: unknown;
  let requisitionId: string | null = null;
  if ('raw' in item) {
    const raw = safeParseRawPosting(item.raw);
    if (!raw.success) return { ok: false, index, id: null, reasons: issuesOf(raw.error.issues, 'invalid_raw_posting') };
    const id = raw.data.externalId ? postingId(source.id, raw.data.externalId) : null;
    requisitionId = raw.data.requisitionId;
    try {
      value = normalizePosting(raw.data, {
        sourceId: source.id,
        companyName: source.company?.name ?? null,
        companyUrl: source.company?.url ?? null,
        now,
      });
    } catch (error) {
      return reject(index, id, 'normalize_failed', describeError(error).message);
    }
  } else {
    value = item.posting;
    requisitionId = item.requisitionId ?? null;
  }
  const prepared = validate(value, index, source, requisitionId);
  // a posting handed in already normalised carries a hash we did not compute: change detection uses our own
  if (prepared.ok && !('raw' in item))
    prepared.candidate.posting.contentHash = contentHashOf(prepared.candidate.posting);
  return prepared;
}

/**
 * The contract check runs compiled (posting-contract.ts; a raw posting's, complete-raw-posting.ts): a posting
 * that holds costs a fraction of the schema walk; one that breaks it is judged by the runtime parser, so its
 * issues and messages are the schema's own.
 */
function validate(value: unknown, index: number, source: IngestSource, requisitionId: string | null): PreparedItem {
  const parsed = PostingContract.safeParse(value);
  const claimedId = typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : null;
  if (!parsed.success)
    return { ok: false, index, id: claimedId, reasons: issuesOf(parsed.error.issues, 'invalid_posting') };
  const posting = parsed.data;
  if (posting.source.id !== source.id) {
    return reject(
      index,
      posting.id,
      'source_mismatch',
      `posting belongs to source "${posting.source.id}", not "${source.id}"`,
      'source.id',
    );
  }
  if (Buffer.byteLength(JSON.stringify(posting)) > MAX_POSTING_BYTES) {
    return reject(index, posting.id, 'too_large', `posting is larger than ${MAX_POSTING_BYTES} bytes`);
  }
  const candidate: IngestCandidate = {
    index,
    posting,
    requisitionId,
    dedupKey: '',
    fingerprint: '',
    expiresAt: expiresAtOf(posting.validThrough),
    duplicateOf: null,
  };
  return { ok: true, candidate };
}

/** Computes the dedup key and SimHash of a posting that will be written (unchanged postings skip this). */
export function identify(candidate: IngestCandidate): void {
  candidate.dedupKey = dedupKeyOf(candidate.posting, candidate.requisitionId);
  candidate.fingerprint = simhash64(candidate.posting.description.text);
}

function issuesOf(
  issues: readonly { code: string; message: string; path: PropertyKey[] }[],
  code: string,
): RejectionReason[] {
  return issues.slice(0, 20).map((issue) => ({
    code,
    message: issue.message,
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : null,
  }));
}
