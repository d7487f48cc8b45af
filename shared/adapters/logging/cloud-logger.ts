import type { LogFields, Logger } from '../../ports/logger.port';

export type Severity = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';
const RANK: Record<Severity, number> = { DEBUG: 0, INFO: 1, WARNING: 2, ERROR: 3 };

/** Keys whose values are never logged, whatever the caller passes. */
const SECRET_KEY = /(secret|password|token|api[-_]?key|authorization|signature|credential)/i;

function redact(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (value instanceof Error)
      out[key] = { name: value.name, message: value.message, code: (value as { code?: unknown }).code };
    else out[key] = value;
  }
  return out;
}

/**
 * A logger that writes one JSON line per event in Cloud Logging's structured shape
 * (https://cloud.google.com/logging/docs/structured-logging): `severity`, `message`, then fields.
 */
export function createCloudLogger(
  options: { level?: Severity; write?: (line: string) => void; fields?: LogFields } = {},
): Logger {
  const level = options.level ?? 'INFO';
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const base = options.fields ?? {};
  const log = (severity: Severity, message: string, fields?: LogFields) => {
    if (RANK[severity] < RANK[level]) return;
    const entry = { severity, message, time: new Date().toISOString(), ...redact({ ...base, ...fields }) };
    let line: string;
    try {
      line = JSON.stringify(entry);
    } catch {
      line = JSON.stringify({ severity, message, time: entry.time, logError: 'fields not serialisable' });
    }
    write(line);
  };
  return {
    debug: (m, f) => log('DEBUG', m, f),
    info: (m, f) => log('INFO', m, f),
    warn: (m, f) => log('WARNING', m, f),
    error: (m, f) => log('ERROR', m, f),
    child: (fields) => createCloudLogger({ level, write, fields: { ...base, ...fields } }),
  };
}

/** A logger that drops everything (CLI quiet mode, benchmarks). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
