import { RawPosting, type RawPostingInput } from '../schema/raw-posting';
import type { SourceKind } from '../schema/posting';
import { completeRawPosting } from './complete-raw-posting';

/** What every parser is told beside the content. */
export interface ParserOptions {
  /** the URL the content came from (a posting page, a board endpoint), used to build or resolve URLs */
  url: string | null;
}

/** A parser for one ATS's JSON: recognises its shape and turns it into raw postings. */
export interface JsonSourceParser {
  kind: SourceKind;
  /** whether the parsed JSON has this source's shape (a board export or a single record) */
  matches(json: unknown): boolean;
  parse(json: unknown, options: ParserOptions): RawPosting[];
}

/**
 * A RawPosting with every default filled in. Parsers build inputs from untrusted payloads with the tolerant
 * readers in json-values.ts, so a schema failure here is a parser bug, not bad input. Inputs the direct
 * check accepts skip the schema walk (complete-raw-posting.ts); the rest are judged by the schema.
 */
export const buildRawPosting = (input: RawPostingInput): RawPosting =>
  completeRawPosting(input) ?? RawPosting.parse(input);

/** Header fields (`RawPosting.fields`) built up value by value: keys lower-cased, empty and repeated values dropped. */
export class FieldBag {
  private readonly values: Record<string, string[]> = {};

  add(key: string, value: string | null | undefined): this {
    const k = key.trim().toLowerCase();
    const v = value?.trim();
    if (!k || !v) return this;
    const list = (this.values[k] ??= []);
    if (!list.includes(v)) list.push(v);
    return this;
  }

  toRecord(): Record<string, string[]> {
    return this.values;
  }
}

/** Resolves a possibly relative URL against a base; null when it cannot be made absolute http(s). */
export function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
