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
  config: 78,
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
    // a bad environment (JOBRELAY_BACKEND=bogus, half the emulator hosts) is the user's to fix, not a bug
    const exitCode = error.code.startsWith('INPUT.')
      ? EXIT.dataError
      : error.code.startsWith('CONFIG.')
        ? EXIT.config
        : EXIT.software;
    return { line: `${error.message} (${error.code})`, exitCode };
  }
  const system = systemFileError(error);
  if (system) return system;
  const message = error instanceof Error ? error.message : String(error);
  return { line: `internal error: ${firstLine(message)}`, exitCode: EXIT.software };
}

/**
 * A file or folder the command had to write (the data folder, say) that the system refused: name it and why,
 * "cannot mkdir /etc/passwd: already exists, not a folder", exit 74, rather than "internal error: EEXIST…".
 */
function systemFileError(error: unknown): { line: string; exitCode: number } | null {
  const { code, syscall, path } = (error ?? {}) as { code?: unknown; syscall?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof syscall !== 'string' || typeof path !== 'string') return null;
  const reason = SYSTEM_REASONS[code] ?? FILE_ERRORS[code];
  return reason ? { line: `cannot ${syscall} ${path}: ${reason}`, exitCode: EXIT.ioError } : null;
}

const SYSTEM_REASONS: Record<string, string> = {
  EEXIST: 'already exists, not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

const firstLine = (text: string): string => text.split('\n')[0]?.slice(0, 300) ?? '';

/** One clean line for stderr (multi-line messages are folded so the contract "one line" holds). */
export const errorLine = (line: string): string => `jobrelay: ${line.replace(/\s*\n\s*/g, ' ')}\n`;
