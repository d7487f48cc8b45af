import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** What a `jobrelay` process printed and how it ended: `code` null when it was killed (a hang). */
export interface ProcessOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = join(__dirname, '..', '..');

/**
 * `jobrelay …` as a real process, from the TypeScript sources through @swc-node/register (as `npm run bench`
 * runs them), with JOBRELAY_DEBUG and PORT cleared unless `env` sets them. `stdin` is written to standard input;
 * `readFirstChunkOnly` closes its stdout after the first chunk, as `| head` does. A process still running after
 * two minutes is killed, and its code is null.
 */
export function jobrelayProcess(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; readFirstChunkOnly?: boolean } = {},
): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'cli', 'main.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, JOBRELAY_DEBUG: '', PORT: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.readFirstChunkOnly) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearTimeout(watchdog);
      resolve({ code, stdout, stderr });
    });
  });
}
