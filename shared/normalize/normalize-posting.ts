import type { JobPosting } from '../schema/posting';
import type { RawPosting } from '../schema/raw-posting';

/** What the caller knows beside the raw posting: its source and overrides (CLI flags, source config). */
export interface NormalizeContext {
  /** `source.id` of the posting (a configured source, or one derived by the CLI) */
  sourceId: string;
  /** the company, when the input does not name it (source config, `--company`) */
  companyName?: string | null;
  companyUrl?: string | null;
  /** the page the input came from (`--url`, the fetched URL) */
  url?: string | null;
  /** overrides the input's title (`--title`) */
  title?: string | null;
  /** "now", for relative dates and expiry; defaults to the current time */
  now?: Date;
}

/** Owner: ATS parsers & orchestration. Turns one raw posting into the contract object (DESIGN §3). Pure. */
export function normalizePosting(_raw: RawPosting, _context: NormalizeContext): JobPosting {
  throw new Error('normalizePosting: not implemented yet');
}
