import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './ports';
import { waitUntil } from './campaign';

const ROOT = join(__dirname, '..', '..', '..');
const ENTRY = join(__dirname, 'function-process.ts');

/** The functions, each in its own process on a fixed port, that can be SIGKILLed and restarted. */
export interface FunctionProcesses {
  url(name: string): string;
  pid(name: string): number;
  kill(name: string): Promise<void>;
  start(name: string): Promise<void>;
  stopAll(): Promise<void>;
}

export async function startFunctionProcesses(
  names: readonly string[],
  env: Record<string, string>,
  logSink: string[],
): Promise<FunctionProcesses> {
  const ports = new Map<string, number>();
  const children = new Map<string, ChildProcess>();
  for (const name of names) ports.set(name, await freePort());
  const url = (name: string) => `http://127.0.0.1:${ports.get(name)}`;

  async function start(name: string): Promise<void> {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', ENTRY, name, String(ports.get(name))], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // its output until it listens, to say why if it dies at start
    let output: string[] | null = [];
    const keep = (chunk: Buffer) => {
      logSink.push(chunk.toString('utf8'));
      output?.push(chunk.toString('utf8'));
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    children.set(name, child);
    const state = await waitUntil(
      `${name} to listen`,
      async () => {
        if (child.exitCode !== null) return 'exited' as const;
        const res = await fetch(`${url(name)}/openapi.json`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
        return res !== null ? ('listening' as const) : null;
      },
      // six processes compile the TypeScript sources at once on a shared 2-core machine
      180_000,
      250,
    );
    // a process that died at start says why in its last lines (a port taken, a module that does not load)
    const early = output.join('');
    output = null;
    if (state === 'exited') throw new Error(`${name} exited with ${child.exitCode} at start: ${early.slice(-1500)}`);
  }

  async function kill(name: string): Promise<void> {
    const child = children.get(name);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  const started = await Promise.allSettled(names.map(start));
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    // none may outlive a rig that never started
    for (const name of children.keys()) await kill(name);
    throw failed.reason;
  }
  return {
    url,
    pid: (name) => children.get(name)?.pid ?? -1,
    kill,
    start,
    async stopAll() {
      for (const name of children.keys()) await kill(name);
    },
  };
}
