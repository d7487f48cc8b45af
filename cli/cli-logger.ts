import { InvalidArgumentError, Option, type Command } from 'commander';
import { createCloudLogger, type Severity } from '../shared/adapters/logging/cloud-logger';
import type { LogFields, Logger } from '../shared/ports/logger.port';
import type { CliIo } from './cli-io';
import { CliError, EXIT } from './cli-errors';

/**
 * How much of the pipeline's log a command shows on stderr: `--log-level`, else `JOBRELAY_LOG_LEVEL`, else
 * `warning`. At `warning` and `error` each entry is one human line ("jobrelay: warning: …"), leaving out what
 * the command's own output already says; at `info` and `debug` every entry is the raw JSON line, in Cloud
 * Logging's shape, as the functions write it in the cloud.
 */

const LEVELS: Record<string, Severity> = {
  debug: 'DEBUG',
  info: 'INFO',
  warning: 'WARNING',
  warn: 'WARNING',
  error: 'ERROR',
};

/** The CLI's level when neither the option nor the environment sets one. */
const DEFAULT_CLI_LOG_LEVEL: Severity = 'WARNING';

/** "info", "INFO", "warn" → the severity; anything else → null. */
export function parseLogLevel(value: string): Severity | null {
  return LEVELS[value.trim().toLowerCase()] ?? null;
}

const LEVEL_WORDS = 'debug, info, warning or error';

/** The global `--log-level <level>` option. */
export function logLevelOption(): Option {
  return new Option(
    '--log-level <level>',
    `pipeline log on stderr: ${LEVEL_WORDS} (default: $JOBRELAY_LOG_LEVEL or warning)`,
  ).argParser((value) => {
    const level = parseLogLevel(value);
    if (!level) throw new InvalidArgumentError(`expected ${LEVEL_WORDS}`);
    return level;
  });
}

/** The level for this run of `command`; a bad JOBRELAY_LOG_LEVEL is a configuration error (exit 78). */
export function cliLogLevel(io: CliIo, command: Command): Severity {
  const option = (command.optsWithGlobals() as { logLevel?: Severity }).logLevel;
  if (option) return option;
  const env = io.env.JOBRELAY_LOG_LEVEL;
  if (!env) return DEFAULT_CLI_LOG_LEVEL;
  const level = parseLogLevel(env);
  if (!level) throw new CliError(`JOBRELAY_LOG_LEVEL must be ${LEVEL_WORDS}, not "${env}"`, EXIT.config);
  return level;
}

/**
 * A logger for a command. `shownElsewhere` names messages whose content the command prints itself (the
 * refresh table's ✗ line is the run's outcome): left out at warning and error, kept in the JSON at info/debug.
 */
export function cliLogger(level: Severity, write: (line: string) => void, shownElsewhere: string[] = []): Logger {
  if (level === 'DEBUG' || level === 'INFO') return createCloudLogger({ level, write });
  // the JSON is parsed back rather than formatted twice, so the cloud logger's redaction of secrets holds
  return createCloudLogger({
    level,
    write: (json) => {
      const entry = JSON.parse(json) as LogFields & { severity: Severity; message: string };
      if (!shownElsewhere.includes(entry.message)) write(humanLine(entry));
    },
  });
}

const MAX_LINE = 400;

/** `jobrelay: warning: publish failed; the event stays in the outbox (eventId=e1, error={"code":"X"})`. */
export function humanLine(entry: LogFields & { severity: Severity; message: string }): string {
  const { severity, message, time: _time, ...fields } = entry;
  const details = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const line = `jobrelay: ${severity.toLowerCase()}: ${message}${details.length ? ` (${details.join(', ')})` : ''}`;
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}
