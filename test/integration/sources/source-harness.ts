import { SourceConfig } from '../../../shared/schema/source';
import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import { fetchSource, parseDocuments, type SourceFetchResult } from '../../../shared/sources/fetch/fetch-source';
import type { Validators } from '../../../shared/ports/http-fetcher.port';
import type { ClosableHttpFetcher } from '../../../shared/adapters/http/http-fetcher';
import type { RawPosting } from '../../../shared/schema/raw-posting';

/** Fetches and parses a source the way a refresh does, without storing anything. */
export async function readSource(
  fetcher: ClosableHttpFetcher,
  input: Record<string, unknown>,
  validators: Record<string, Validators> = {},
): Promise<{ fetch: SourceFetchResult; postings: RawPosting[] }> {
  const source = SourceConfig.parse(input);
  const fetch = await fetchSource({ fetcher, validators, logger: silentLogger }, source);
  return { fetch, postings: parseDocuments(source, fetch.documents).postings };
}
