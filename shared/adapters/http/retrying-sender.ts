import type { Dispatcher } from 'undici';
import type { RetryPolicy } from '../../ports/http-fetcher.port';
import type { Clock } from '../../ports/clock.port';
import type { Logger } from '../../ports/logger.port';
import { TransientError, JobrelayError } from '../../errors';
import { backoffDelay, honoursRetryAfter, isRetryableStatus, parseRetryAfter } from './backoff';
import { exchange, type ExchangeRequest, type ExchangeResult } from './exchange';
import type { HostGate, HostLimits } from './host-gate';

export interface SenderDeps {
  dispatcher: Dispatcher;
  gate: HostGate;
  clock: Clock;
  random: () => number;
  logger: Logger;
  maxRetryAfterMs: number;
}

/** One URL's exchange, retried: the result and how many attempts it took. */
export type SendResult = ExchangeResult & { attempts: number };

/**
 * Sends one request to one URL under the host's politeness limits and retries what is worth retrying:
 * 408/429/5xx answers, timeouts and network errors, with exponential backoff and full jitter; a
 * `Retry-After` on 429/503 is honoured (up to a cap) and pauses the whole host. With `retry: false` every
 * answer is returned as it came. When retries run out on a retryable status, a `TransientError`
 * `FETCH.HTTP_<status>` is thrown (carrying the server's `Retry-After`).
 */
export class RetryingSender {
  constructor(private readonly deps: SenderDeps) {}

  async send(req: ExchangeRequest, options: { limits: HostLimits; retry: RetryPolicy | false }): Promise<SendResult> {
    const policy = options.retry === false ? { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 } : options.retry;
    const host = req.url.host;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.attempt(host, req, options.limits);
      const last = attempt >= policy.attempts;
      if (outcome.kind === 'answer') {
        const { result } = outcome;
        if (options.retry === false || !isRetryableStatus(result.status)) return { ...result, attempts: attempt };
        const retryAfterMs = honoursRetryAfter(result.status)
          ? parseRetryAfter(result.headers['retry-after'], this.deps.clock.now())
          : null;
        if (last || (retryAfterMs !== null && retryAfterMs > this.deps.maxRetryAfterMs)) {
          throw statusError(req.url.href, result.status, attempt, retryAfterMs);
        }
        await this.waitBeforeRetry(
          host,
          result.status,
          retryAfterMs ?? backoffDelay(policy, attempt, this.deps.random),
          attempt,
        );
      } else {
        if (last || !(outcome.error instanceof TransientError)) throw withAttempts(outcome.error, attempt);
        this.deps.logger.debug('request failed', {
          url: req.url.href,
          code: outcome.error.code,
          error: outcome.error.message,
        });
        await this.waitBeforeRetry(host, outcome.error.code, backoffDelay(policy, attempt, this.deps.random), attempt);
      }
    }
  }

  private async attempt(
    host: string,
    req: ExchangeRequest,
    limits: HostLimits,
  ): Promise<{ kind: 'answer'; result: ExchangeResult } | { kind: 'failure'; error: JobrelayError }> {
    try {
      return {
        kind: 'answer',
        result: await this.deps.gate.run(host, limits, () => exchange(this.deps.dispatcher, req)),
      };
    } catch (error) {
      return { kind: 'failure', error: error as JobrelayError };
    }
  }

  /** 429/503 pause the host for everyone (the gate waits); other failures only delay this request. */
  private async waitBeforeRetry(host: string, reason: number | string, waitMs: number, attempt: number): Promise<void> {
    this.deps.logger.debug('retrying request', { host, reason, waitMs, attempt });
    if (reason === 429 || reason === 503) this.deps.gate.pause(host, waitMs);
    else await this.deps.clock.sleep(waitMs);
  }
}

function statusError(url: string, status: number, attempts: number, retryAfterMs: number | null): TransientError {
  return new TransientError(`FETCH.HTTP_${status}`, `${url} answered ${status} after ${attempts} attempt(s)`, {
    details: { url, status, attempts },
    retryAfterMs,
  });
}

function withAttempts(error: JobrelayError, attempts: number): JobrelayError {
  if (error instanceof JobrelayError) (error.details as Record<string, unknown>).attempts = attempts;
  return error;
}
