import { describeFailure, errorLine, EXIT } from './cli-errors';

/**
 * Imported first by main.ts, before any other module runs: whatever goes wrong from here on (a bug at load
 * time, a rejected promise nobody awaited) ends as one line on stderr and exit code 70, never a stack trace.
 * Set JOBRELAY_DEBUG=1 to see the stack.
 */
function crash(error: unknown): never {
  process.stderr.write(
    process.env.JOBRELAY_DEBUG
      ? `${(error as Error)?.stack ?? String(error)}\n`
      : errorLine(describeFailure(error).line),
  );
  process.exit(EXIT.software);
}

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
