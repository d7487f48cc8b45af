import type { Logger, LogFields } from '../../shared/ports/logger.port';

/** A log line as a test reads it back: its level and structured fields. */
export interface RecordedLine {
  level: string;
  fields: LogFields;
}

/** A logger that keeps every info, warn and error line (debug is dropped) in `lines`, children included. */
export function recordingLogger(lines: RecordedLine[] = []): { logger: Logger; lines: RecordedLine[] } {
  const logger: Logger = {
    debug: () => undefined,
    info: (_m, fields = {}) => lines.push({ level: 'info', fields }),
    warn: (_m, fields = {}) => lines.push({ level: 'warn', fields }),
    error: (_m, fields = {}) => lines.push({ level: 'error', fields }),
    child: () => logger,
  };
  return { logger, lines };
}
