import type { HttpFetcher, HttpRequest, HttpResponse } from '../ports/http-fetcher.port';
import { JobrelayError } from '../errors';

/** Refusals the run record counts as `blocked`: the request never reached its target. */
const BLOCKED = new Set(['FETCH.ROBOTS_DISALLOWED', 'FETCH.BLOCKED_ADDRESS', 'FETCH.BLOCKED_SCHEME']);

/**
 * Wraps a fetcher to tally what one run's requests did, for the run record (`requests`): `ok`,
 * `not-modified`, `http-<status>` for other answers, `retried` (extra attempts), `failed` and `blocked`.
 */
export class CountingFetcher implements HttpFetcher {
  readonly tally: Record<string, number> = {};

  constructor(private readonly inner: HttpFetcher) {}

  async fetch(request: HttpRequest): Promise<HttpResponse> {
    try {
      const response = await this.inner.fetch(request);
      this.add(response.notModified ? 'not-modified' : response.status < 300 ? 'ok' : `http-${response.status}`);
      this.add('retried', response.attempts - 1);
      return response;
    } catch (error) {
      const code = error instanceof JobrelayError ? error.code : 'INTERNAL';
      this.add(BLOCKED.has(code) ? 'blocked' : 'failed');
      const attempts = error instanceof JobrelayError ? Number(error.details.attempts ?? 1) : 1;
      this.add('retried', attempts - 1);
      throw error;
    }
  }

  private add(outcome: string, count = 1): void {
    if (count > 0) this.tally[outcome] = (this.tally[outcome] ?? 0) + count;
  }
}
