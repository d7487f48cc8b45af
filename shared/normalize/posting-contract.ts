import { z } from 'zod';
import { JobPosting } from '../schema/posting';

/**
 * The posting contract (DESIGN §3, `JobPosting`) compiled once, at load, by zod's own compiler
 * (`z.compile`, zod ≥ 4.6): the same schema, the same answers and the same issues, but a posting that holds
 * is checked by generated code specialised to this one shape instead of by the schema walk, about five times
 * cheaper. Whatever it cannot decide on its own (any failing posting, to report its issues) goes to the
 * runtime parser. Every normalised posting is checked before it is output, so this runs once per posting.
 */
export const PostingContract = z.compile(JobPosting);

/** Where a posting breaks the contract: the first issue's path and message, or null when it holds. */
export function contractBreach(posting: unknown): { path: string; message: string } | null {
  const result = PostingContract.safeParse(posting);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return { path: issue?.path.join('.') || '(root)', message: issue?.message ?? 'invalid' };
}
