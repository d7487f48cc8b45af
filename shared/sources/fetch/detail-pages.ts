import type { SourceConfig } from '../../schema/source';
import type { SourceKind } from '../../schema/posting';
import { describeError, JobrelayError } from '../../errors';
import { requestFor, statusError } from './fetch-document';
import { markTruncated, type DocumentFormat, type FetchContext, type SourceFetchResult } from './source-fetch';

export interface DetailPlan {
  urls: readonly string[];
  accept: string;
  kind: SourceKind;
  format: DocumentFormat;
}

/**
 * Fetches detail pages (SmartRecruiters postings, career-site job pages) with as many workers as the
 * source's politeness allows (the fetcher's per-host gate enforces it too). A page that answers 404/410
 * was withdrawn and is skipped; a page robots.txt disallows is skipped and counted; any other failure is
 * recorded and marks the fetch incomplete, so the run closes nothing. When every page fails, the first
 * failure fails the run.
 */
export async function fetchDetailPages(
  ctx: FetchContext,
  source: SourceConfig,
  plan: DetailPlan,
  result: SourceFetchResult,
): Promise<void> {
  const queue = [...plan.urls];
  let failures = 0;
  let firstFailure: unknown = null;
  const worker = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (ctx.isOutOfTime?.()) {
        queue.unshift(url);
        break;
      }
      const outcome = await fetchOne(ctx, source, url, plan);
      if (outcome.kind === 'document')
        result.documents.push({ url, kind: plan.kind, format: plan.format, content: outcome.content });
      else if (outcome.kind === 'gone') result.gone += 1;
      else if (outcome.kind === 'disallowed') result.disallowed += 1;
      else {
        failures += 1;
        firstFailure ??= outcome.error;
        result.complete = false;
        result.errors.push({ ...describeError(outcome.error), url });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, source.politeness.concurrency) }, worker));
  if (queue.length > 0) {
    const message = `out of time: ${queue.length} of ${plan.urls.length} detail pages left for the next run`;
    markTruncated(result, message, 'SOURCE.OUT_OF_TIME');
  }
  if (plan.urls.length > 0 && failures === plan.urls.length) throw firstFailure;
}

type DetailOutcome =
  | { kind: 'document'; content: string }
  | { kind: 'gone' }
  | { kind: 'disallowed' }
  | { kind: 'failed'; error: unknown };

async function fetchOne(
  ctx: FetchContext,
  source: SourceConfig,
  url: string,
  plan: DetailPlan,
): Promise<DetailOutcome> {
  try {
    const response = await ctx.fetcher.fetch(requestFor(source, url, plan.accept));
    if (response.status === 404 || response.status === 410) return { kind: 'gone' };
    if (response.status < 200 || response.status >= 300) return { kind: 'failed', error: statusError(response, null) };
    return { kind: 'document', content: response.text() };
  } catch (error) {
    if (error instanceof JobrelayError && error.code === 'FETCH.ROBOTS_DISALLOWED') return { kind: 'disallowed' };
    return { kind: 'failed', error };
  }
}
