/**
 * Errors named for what the runtime should do (after apify/crawlee): retry a `TransientError`, record a
 * `PermanentError` and move on, stop at start-up on a `ConfigError`. Every error carries a stable `code`
 * (`SOURCE.FETCH_TIMEOUT`) and keeps its `cause`. Expected outcomes (unchanged, rejected, invalid input)
 * are return values, not errors.
 */
export class JobrelayError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** Worth retrying: timeouts, 5xx, 429, contention, a publish that failed. */
export class TransientError extends JobrelayError {
  /** how long the other side asked us to wait (Retry-After), in milliseconds */
  readonly retryAfterMs: number | null;

  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown>; retryAfterMs?: number | null } = {},
  ) {
    super(code, message, options);
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

/** Retrying will not help: 4xx, refused targets, invalid data. Record it and move on. */
export class PermanentError extends JobrelayError {}

/** A bad setting or configuration: fail at start-up with every problem listed. */
export class ConfigError extends JobrelayError {}

export const isTransient = (error: unknown): error is TransientError => error instanceof TransientError;

/** A short, safe description of any thrown value, for logs and records. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof JobrelayError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'INTERNAL', message: error.message };
  return { code: 'INTERNAL', message: String(error) };
}
