import type { Command } from 'commander';
import type { CliIo } from './cli-io';

/**
 * A `jobrelay` subcommand. Each lives in `cli/commands/<name>.ts`, exports one `CliCommand`, and is listed
 * in `COMMANDS` in `cli/main.ts`. `register` adds the subcommand to the program; its action may throw: the
 * error becomes one line on stderr and an exit code in one place (`cli-errors.ts`).
 */
export interface CliCommand {
  register(program: Command, io: CliIo): void;
}
