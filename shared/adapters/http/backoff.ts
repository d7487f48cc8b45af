import type { RetryPolicy } from '../../ports/http-fetcher.port';

/** The retry policy used when a request names none: 3 attempts, 0.5 s doubling up to 8 s. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 8_000 };

/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a random
 * wait between 0 and `min(maxDelay, base · 2^(retry-1))`, so many clients retrying the same host spread out.
 * `retry` counts from 1 (the wait before the second attempt).
 */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Parses `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Returns milliseconds to wait
 * (never negative), or null when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now.getTime());
}

/** Statuses worth another attempt: request timeout, too many requests, and server errors but "not implemented". */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);

/** Statuses whose `Retry-After` we honour (RFC 9110: 503; RFC 6585: 429). */
export const honoursRetryAfter = (status: number): boolean => status === 429 || status === 503;
