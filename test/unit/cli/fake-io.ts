import type { CliIo } from '../../../cli/cli-io';

/** An in-memory CliIo: files from a map, output collected, a fixed clock. */
export function fakeIo(files: Record<string, string | Buffer>): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readInput: async (path) => {
      const content = files[path];
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return Buffer.isBuffer(content) ? content : Buffer.from(content);
    },
    env: {},
    now: () => new Date('2026-11-20T12:00:00Z'),
    out: () => out,
    err: () => err,
  };
}
