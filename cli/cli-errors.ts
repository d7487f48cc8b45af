import { JobrelayError } from '../shared/errors';

/**
 * The one place where errors become what a person at a terminal sees: a single line on stderr and an exit
 * code (sysexits.h), never a stack trace.
 */

export const EXIT = {
  ok: 0,
  usage: 64,
  dataError: 65,
  noInput: 66,
  unavailable: 69,
  software: 70,
  ioError: 74,
} as const;

/** An error a command raises on purpose: its message is already the line to print. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  EFBIG: 'too large',
  ENOTDIR: 'not a directory',
};

/** Reading an input file failed: "cannot read jobs.json: no such file". */
export function fileError(path: string, error: unknown): CliError {
  const code = (error as { code?: string }).code ?? '';
  const reason = FILE_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
  return new CliError(`cannot read ${path}: ${reason}`, code === 'EFBIG' ? EXIT.dataError : EXIT.noInput);
}

/** Any thrown value → the line to print and the exit code. */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof CliError) return { line: error.message, exitCode: error.exitCode };
  if (error instanceof JobrelayError) {
    const exitCode = error.code.startsWith('INPUT.') ? EXIT.dataError : EXIT.software;
    return { line: `${error.message} (${error.code})`, exitCode };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: `internal error: ${firstLine(message)}`, exitCode: EXIT.software };
}

const firstLine = (text: string): string => text.split('\n')[0]?.slice(0, 300) ?? '';

/** One clean line for stderr (multi-line messages are folded so the contract "one line" holds). */
export const errorLine = (line: string): string => `jobrelay: ${line.replace(/\s*\n\s*/g, ' ')}\n`;
