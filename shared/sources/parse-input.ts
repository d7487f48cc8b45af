import type { SourceKind } from '../schema/posting';
import type { RawPosting } from '../schema/raw-posting';

export interface ParseInputOptions {
  /** forces the input kind (`--source-kind`); detected from content otherwise */
  kind?: SourceKind;
  /** the URL the content came from */
  url?: string | null;
}

/**
 * Owner: ATS parsers & orchestration. Parses one input (an ATS board export or record, Personio XML, an
 * HTML page, Markdown, text) into raw postings, detecting its kind from content. Throws a `PermanentError`
 * (`INPUT.UNKNOWN_SHAPE`, `INPUT.BINARY`, `INPUT.MALFORMED`) for input it cannot read.
 */
export function parseInput(_content: string | Buffer, _options: ParseInputOptions = {}): RawPosting[] {
  throw new Error('parseInput: not implemented yet');
}
