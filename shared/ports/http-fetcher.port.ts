/** Conditional-GET validators stored from an earlier response. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface RetryPolicy {
  /** total attempts, first included */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  /** responses larger than this fail with `FETCH.TOO_LARGE` */
  maxBytes?: number;
  validators?: Validators;
  /** check robots.txt before fetching (default: true for GET) */
  robots?: boolean;
  /** false: one attempt only (the caller retries) */
  retry?: RetryPolicy | false;
  /** 'follow' checks every hop against the SSRF guard; 'manual' returns the 3xx response (webhooks: 3xx is a failure) */
  redirect?: 'follow' | 'manual';
  /** politeness towards the target host (a source's `politeness`); the fetcher's defaults otherwise */
  politeness?: { concurrency: number; minDelayMs: number };
}

export interface HttpResponse {
  status: number;
  /** the final URL after redirects */
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  /** 304 to a conditional request: nothing to parse */
  notModified: boolean;
  validators: Validators;
  /** attempts made, retries included */
  attempts: number;
  text(): string;
}

/**
 * Fetches other people's pages politely and safely (REFERENCE "Fetching other people's pages"): SSRF guard
 * at connect time and on every redirect hop, robots.txt, timeouts, size cap, retries with backoff and
 * jitter, `Retry-After`, per-host concurrency and rate limits. Non-2xx answers that are not retried are
 * returned, not thrown; refused or failed requests throw `TransientError`/`PermanentError` with codes such
 * as `FETCH.TIMEOUT`, `FETCH.BLOCKED_ADDRESS`, `FETCH.ROBOTS_DISALLOWED`, `FETCH.TOO_LARGE`.
 */
export interface HttpFetcher {
  fetch(request: HttpRequest): Promise<HttpResponse>;
}
