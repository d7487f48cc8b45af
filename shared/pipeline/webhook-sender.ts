import { Webhook } from 'standardwebhooks';
import { JobrelayError, describeError, isTransient } from '../errors';
import type { HttpFetcher, HttpResponse } from '../ports/http-fetcher.port';
import type { Clock } from '../ports/clock.port';

/**
 * Sends one signed webhook (Standard Webhooks, https://www.standardwebhooks.com/): `webhook-id` is the
 * change's id (the same on every retry, the receiver's dedupe key), `webhook-timestamp` the attempt's time
 * in seconds, `webhook-signature` `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` made by the
 * `standardwebhooks` library. Redirects are never followed (a 3xx is a failure), 410 means "stop sending".
 */

export type AttemptResult =
  | { kind: 'delivered'; status: number }
  | { kind: 'rejected'; status: number; answer: string }
  | { kind: 'gone'; status: number; answer: string }
  /** a 3xx: redirects are never followed (the signed request is for the configured URL), and not retried */
  | { kind: 'redirected'; status: number; location: string | null }
  | { kind: 'retryable'; status: number | null; error: string; retryAfterMs: number | null }
  | { kind: 'refused'; code: string; error: string };

export interface WebhookRequest {
  url: string;
  /** `whsec_…` */
  secret: string;
  msgId: string;
  body: string;
  timeoutMs: number;
}

export interface RetryPlan {
  /** attempts allowed in this call */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
  random: () => number;
}

const ANSWER_LIMIT = 500;

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds from `now`. */
export function parseRetryAfter(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

function classify(response: HttpResponse, now: Date): AttemptResult {
  const { status } = response;
  const answer = () => response.text().slice(0, ANSWER_LIMIT);
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  if (status === 410) return { kind: 'gone', status, answer: answer() };
  if (status === 429 || status >= 500)
    return {
      kind: 'retryable',
      status,
      error: `answered ${status}`,
      retryAfterMs: parseRetryAfter(response.headers['retry-after'], now),
    };
  if (status >= 300 && status < 400)
    return { kind: 'redirected', status, location: locationOf(response.headers['location'], response.url) };
  return { kind: 'rejected', status, answer: answer() };
}

/** A `Location` header made absolute against the URL that answered it (it may be relative, RFC 9110 §10.2.2). */
function locationOf(location: string | undefined, base: string): string | null {
  if (!location) return null;
  try {
    return new URL(location, base).href;
  } catch {
    return location.slice(0, 200);
  }
}

/** One attempt: signs with the attempt's timestamp and sends. Never throws for an expected failure. */
export async function sendWebhookOnce(
  fetcher: HttpFetcher,
  clock: Clock,
  request: WebhookRequest,
): Promise<AttemptResult> {
  const now = clock.now();
  let signature: string;
  try {
    signature = new Webhook(request.secret).sign(request.msgId, now, request.body);
  } catch (error) {
    return {
      kind: 'refused',
      code: 'WEBHOOK.BAD_SECRET',
      error: `the signing secret is not a valid Standard Webhooks secret (${describeError(error).message})`,
    };
  }
  try {
    const response = await fetcher.fetch({
      url: request.url,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': request.msgId,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: request.body,
      timeoutMs: request.timeoutMs,
      maxBytes: 64 * 1024,
      robots: false,
      retry: false,
      redirect: 'manual',
    });
    return classify(response, clock.now());
  } catch (error) {
    const { code, message } = describeError(error);
    if (isTransient(error))
      return { kind: 'retryable', status: null, error: `${code}: ${message}`, retryAfterMs: error.retryAfterMs };
    if (error instanceof JobrelayError) return { kind: 'refused', code, error: message };
    return { kind: 'retryable', status: null, error: `${code}: ${message}`, retryAfterMs: null };
  }
}

/** Exponential backoff with full jitter (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/). */
export const backoffDelay = (attempt: number, plan: Pick<RetryPlan, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number =>
  Math.round(plan.random() * Math.min(plan.maxDelayMs, plan.baseDelayMs * 2 ** attempt));

/**
 * Up to `plan.attempts` attempts, waiting between them (the partner's `Retry-After` when it names one, else
 * backoff). Stops early on any final answer, or when the partner asks for a wait longer than the plan
 * allows in-process (Pub/Sub's redelivery then waits instead).
 */
export async function sendWebhook(
  fetcher: HttpFetcher,
  clock: Clock,
  request: WebhookRequest,
  plan: RetryPlan,
): Promise<{ result: AttemptResult; attempts: number }> {
  let attempts = 0;
  for (;;) {
    const result = await sendWebhookOnce(fetcher, clock, request);
    attempts += 1;
    if (result.kind !== 'retryable' || attempts >= plan.attempts) return { result, attempts };
    const wait = result.retryAfterMs ?? backoffDelay(attempts - 1, plan);
    if (wait > plan.maxRetryAfterMs) return { result, attempts };
    await clock.sleep(wait);
  }
}
