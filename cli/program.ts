import { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-io';
import { describeFailure, errorLine, EXIT } from './cli-errors';
import type { CliCommand } from './command';
import { logLevelOption } from './cli-logger';

/** Builds the `jobrelay` program with the given commands registered, all output routed through `io`. */
export function buildProgram(commands: readonly CliCommand[], io: CliIo): Command {
  const program = new Command('jobrelay')
    .description('Jobrelay: job-board ingestion, normalisation and syndication')
    .addOption(logLevelOption())
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(errorLine(text.replace(/^error:\s*/i, '').trim())),
    });
  for (const command of commands) command.register(program, io);
  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never throws, never prints a stack. */
export async function runCli(commands: readonly CliCommand[], argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(commands, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    const { line, exitCode } = describeFailure(error);
    io.stderr(errorLine(line));
    return exitCode;
  }
}

/** Help and version exit 0; every other Commander error (unknown option, missing argument, bad choice) is a usage error. */
function commanderExitCode(error: CommanderError): number {
  if (error.exitCode === 0) return EXIT.ok;
  return error.code === 'commander.executeSubCommandAsync' ? EXIT.software : EXIT.usage;
}
