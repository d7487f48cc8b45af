import { readFile, stat } from 'node:fs/promises';

/**
 * Everything a command touches outside itself, passed in (the logger-passed-in rule of the house style):
 * commands stay testable without spawning processes, and nothing but `main.ts` knows about `process`.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** reads a whole input file (`-` is standard input) */
  readInput: (path: string) => Promise<Buffer>;
  env: Record<string, string | undefined>;
  now: () => Date;
  /** true when stderr is a terminal: long work redraws a progress line there instead of printing plain lines */
  isTty?: boolean;
}

/** Inputs above this are refused before reading: a job board export is megabytes, not gigabytes. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The real process's streams, files and clock. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readInput: readInputFile,
    env: process.env,
    now: () => new Date(),
    isTty: Boolean(process.stderr.isTTY),
  };
}

async function readInputFile(path: string): Promise<Buffer> {
  if (path === '-') return readStdin();
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
  if (info.size > MAX_INPUT_BYTES)
    throw Object.assign(new Error(`${path} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`), { code: 'EFBIG' });
  return readFile(path);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES)
      throw Object.assign(new Error(`standard input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`), {
        code: 'EFBIG',
      });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
