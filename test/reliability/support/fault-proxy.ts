import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP proxy between the Google clients and an emulator that injects real network faults: at `rate`, a
 * new connection is reset at once; every connection it lets through is cut (reset) after a random lifetime,
 * so gRPC calls in flight fail with UNAVAILABLE as they would on a flaky network. `rate = 0` passes all.
 */
export interface FaultProxy {
  host: string;
  setRate(rate: number): void;
  stats(): { connections: number; refused: number; cut: number };
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, random: () => number = Math.random): Promise<FaultProxy> {
  const [targetHost, targetPort] = target.split(':') as [string, string];
  let rate = 0;
  const stats = { connections: 0, refused: 0, cut: 0 };
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    stats.connections += 1;
    if (random() < rate) {
      stats.refused += 1;
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(Number(targetPort), targetHost);
    open.add(client);
    const cleanup = () => {
      open.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', cleanup).on('close', cleanup);
    upstream.on('error', cleanup).on('close', cleanup);
    client.pipe(upstream).pipe(client);
    if (rate > 0) {
      const timer = setTimeout(
        () => {
          if (rate === 0 || client.destroyed) return;
          stats.cut += 1;
          client.resetAndDestroy();
          upstream.destroy();
        },
        500 + random() * 4_000,
      );
      timer.unref();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    setRate(value) {
      rate = value;
      // a new rate applies to open connections too: cut them so every client reconnects through it
      for (const socket of open) socket.destroy();
    },
    stats: () => ({ ...stats }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
