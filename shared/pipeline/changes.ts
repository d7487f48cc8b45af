import { canonicalJson } from '../ids';
import { JobPosting } from '../schema/posting';

/** Top-level posting fields compared for `changedFields`: identity, lifecycle and the hash itself are not changes. */
const COMPARED_FIELDS = JobPosting.keyof().options.filter(
  (field) => field !== 'id' && field !== 'status' && field !== 'contentHash',
);

/**
 * The top-level posting fields whose values differ between two versions of a posting, in contract order
 * (the `changedFields` of `posting.updated`, DESIGN §4). Values are compared as canonical JSON, so key order
 * inside objects does not count as a change.
 */
export function changedFields(previous: JobPosting, next: JobPosting): string[] {
  return COMPARED_FIELDS.filter((field) => canonicalJson(previous[field]) !== canonicalJson(next[field]));
}

/** Only the contract fields of a stored record (bookkeeping dropped): what events carry. */
export function contractFields(record: JobPosting): JobPosting {
  const posting: Record<string, unknown> = {};
  for (const field of JobPosting.keyof().options) posting[field] = record[field];
  return posting as JobPosting;
}
