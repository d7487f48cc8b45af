import { RawPosting } from '../../schema/raw-posting';

/** Options for parsing a plain-text posting. */
export interface TextOptions {
  url?: string | null;
}

/** Parses a plain-text posting: title from the first line, "Key: value" header lines into `fields`. */
export function parseText(text: string, options: TextOptions = {}): RawPosting[] {
  return [RawPosting.parse({ kind: 'text', url: options.url ?? null, text })];
}
