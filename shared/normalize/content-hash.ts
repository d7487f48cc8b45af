import { canonicalJson, sha256Hex } from '../ids';
import { CONTENT_FIELDS, type JobPosting } from '../schema/posting';

/** The content of a posting: the CONTENT_FIELDS, so identity, lifecycle and derived fields never count. */
export type PostingContent = Pick<JobPosting, (typeof CONTENT_FIELDS)[number]>;

/**
 * `contentHash` (DESIGN §3, §4): sha-256 of the canonical JSON of the content fields. Change detection rests
 * on it: a refresh that finds the same hash writes nothing and emits nothing.
 */
export function contentHashOf(posting: PostingContent): string {
  const content: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) content[field] = posting[field];
  return sha256Hex(canonicalJson(content));
}
