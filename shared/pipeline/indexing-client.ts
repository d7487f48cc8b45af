import { randomUUID } from 'node:crypto';
import { describeError, isTransient } from '../errors';
import type { HttpFetcher, HttpResponse } from '../ports/http-fetcher.port';
import type { Clock } from '../ports/clock.port';
import { parseRetryAfter } from './webhook-sender';

/**
 * Google's Indexing API (https://developers.google.com/search/apis/indexing-api/v3/using-api):
 * `POST {endpoint}/urlNotifications:publish {url, type: URL_UPDATED | URL_DELETED}`, or up to 100 of them in
 * one multipart/mixed batch request to `{origin}/batch`. The endpoint is configurable, so tests use a
 * local fake.
 */

export type NotificationType = 'URL_UPDATED' | 'URL_DELETED';

export interface Notification {
  url: string;
  type: NotificationType;
}

export type NotificationResult =
  | { kind: 'delivered' }
  | { kind: 'rejected'; status: number; answer: string }
  | { kind: 'retryable'; error: string; retryAfterMs: number | null };

export const MAX_BATCH = 100;

export interface IndexingTarget {
  /** e.g. https://indexing.googleapis.com/v3 */
  endpoint: string;
  token: string | null;
  timeoutMs: number;
}

function resultOf(status: number, answer: string, retryAfterMs: number | null): NotificationResult {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 429 || status >= 500)
    return { kind: 'retryable', error: `Indexing API answered ${status}`, retryAfterMs };
  return { kind: 'rejected', status, answer: answer.slice(0, 500) };
}

const failedAll = (n: number, error: unknown): NotificationResult[] => {
  const { code, message } = describeError(error);
  const result: NotificationResult = isTransient(error)
    ? { kind: 'retryable', error: `${code}: ${message}`, retryAfterMs: error.retryAfterMs }
    : { kind: 'rejected', status: 0, answer: `${code}: ${message}` };
  return Array.from({ length: n }, () => result);
};

/** Sends the notifications (one request, batched when more than one); one result per notification. */
export async function publishNotifications(
  fetcher: HttpFetcher,
  clock: Clock,
  target: IndexingTarget,
  notifications: readonly Notification[],
): Promise<NotificationResult[]> {
  if (notifications.length === 0) return [];
  if (notifications.length > MAX_BATCH) throw new RangeError(`at most ${MAX_BATCH} notifications per batch`);
  const auth: Record<string, string> = target.token ? { authorization: `Bearer ${target.token}` } : {};
  const base = {
    method: 'POST' as const,
    timeoutMs: target.timeoutMs,
    robots: false,
    retry: false as const,
    redirect: 'manual' as const,
    maxBytes: 1024 * 1024,
  };
  try {
    if (notifications.length === 1) {
      const response = await fetcher.fetch({
        ...base,
        url: `${target.endpoint.replace(/\/+$/, '')}/urlNotifications:publish`,
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify(notifications[0]),
      });
      return [
        resultOf(response.status, response.text(), parseRetryAfter(response.headers['retry-after'], clock.now())),
      ];
    }
    const boundary = `batch_${randomUUID()}`;
    const endpoint = new URL(target.endpoint);
    const response = await fetcher.fetch({
      ...base,
      url: `${endpoint.origin}/batch`,
      headers: { 'content-type': `multipart/mixed; boundary=${boundary}`, ...auth },
      body: batchBody(notifications, endpoint.pathname.replace(/\/+$/, ''), boundary),
    });
    return parseBatchResponse(response, notifications.length, clock.now());
  } catch (error) {
    return failedAll(notifications.length, error);
  }
}

/** The multipart/mixed body: one `application/http` part per notification, ids `<item{n}>`. */
export function batchBody(notifications: readonly Notification[], path: string, boundary: string): string {
  const parts = notifications.map(
    (n, i) =>
      `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <item${i}>\r\n\r\n` +
      `POST ${path}/urlNotifications:publish\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(n)}\r\n`,
  );
  return `${parts.join('')}--${boundary}--\r\n`;
}

/** One result per notification from a batch answer; parts are matched by `Content-ID: <response-item{n}>`. */
export function parseBatchResponse(response: HttpResponse, count: number, now: Date): NotificationResult[] {
  const whole = resultOf(response.status, response.text(), parseRetryAfter(response.headers['retry-after'], now));
  if (whole.kind !== 'delivered') return Array.from({ length: count }, () => whole);
  const boundary = /boundary="?([^";]+)"?/i.exec(response.headers['content-type'] ?? '')?.[1];
  const results: NotificationResult[] = Array.from({ length: count }, () => ({
    kind: 'retryable',
    error: 'no answer for this item in the batch response',
    retryAfterMs: null,
  }));
  if (!boundary) return results;
  for (const part of response.text().split(`--${boundary}`)) {
    const index = /Content-ID:\s*<response-item(\d+)>/i.exec(part)?.[1];
    const status = /HTTP\/1\.[01]\s+(\d{3})/.exec(part)?.[1];
    if (index === undefined || status === undefined || Number(index) >= count) continue;
    const body = part.slice(part.indexOf('\r\n\r\n', part.search(/HTTP\/1\.[01]/)) + 4).trim();
    results[Number(index)] = resultOf(Number(status), body, null);
  }
  return results;
}
