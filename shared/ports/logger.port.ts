/** Structured fields logged beside a message; never secrets. */
export type LogFields = Record<string, unknown>;

/**
 * One JSON line per event in Cloud Logging's shape (`severity`, `message`, fields). Passed in, never imported,
 * so each invocation can carry its own fields (`child`).
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}
