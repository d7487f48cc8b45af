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

/**
 * `jobrelay normalize big.json | head` closes the pipe before the output is written: the reader has what it
 * wanted, so stop quietly with exit 0 (what a shell tool killed by SIGPIPE looks like to `head`'s user), not
 * "internal error: write EPIPE".
 */
function quietOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  crash(error);
}
process.stdout.on('error', quietOnClosedPipe);
process.stderr.on('error', quietOnClosedPipe);
