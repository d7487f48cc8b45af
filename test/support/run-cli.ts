import { readFileSync } from 'node:fs';
import type { CliIo } from '../../cli/cli-io';
import type { CliCommand } from '../../cli/command';
import { runCli } from '../../cli/program';

/** What one `jobrelay …` run printed and how it ended. */
export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `jobrelay …` in-process: the commands a test registers, run with an environment and arguments. */
export type CliRunner = (
  env: Record<string, string>,
  argv: string[],
  options?: { isTty?: boolean },
) => Promise<CliOutcome>;

/**
 * A runner for `jobrelay` with `commands` registered, in-process (no compile, no spawn): real files, a real
 * clock, the environment given per run, stdout and stderr captured. `isTty` makes stderr a terminal.
 */
export function cliRunner(commands: readonly CliCommand[]): CliRunner {
  return async (env, argv, { isTty = false } = {}) => {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      readInput: async (path) => readFileSync(path),
      env,
      now: () => new Date(),
      isTty,
    };
    const code = await runCli(commands, argv, io);
    return { code, stdout, stderr };
  };
}
