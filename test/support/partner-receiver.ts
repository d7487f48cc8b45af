import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/**
 * A partner job board for tests, on 127.0.0.1: verifies every Standard Webhooks signature with the
 * reference library, records what it received, and answers from a script per path (played in order, the
 * last answer repeating): a status with headers and body, or `'hang'` (never answers; the sender's timeout
 * must fire). Also serves as a fake Indexing API when given `json` scripts.
 */

export type Reply = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

export interface ReceivedRequest {
  path: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  /** the webhook's parsed body when its signature verified, else null */
  payload: { type: string; timestamp: string; data: Record<string, unknown> } | null;
  verified: boolean;
  /** the answer given (null for a hang) */
  answered: number | null;
}

export interface PartnerReceiver {
  url(path: string): string;
  readonly received: ReceivedRequest[];
  /** requests to `path` that got a 2xx */
  accepted(path: string): ReceivedRequest[];
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function verify(secret: string | null, body: string, headers: Record<string, string>): ReceivedRequest['payload'] {
  if (!secret) return null;
  try {
    return new Webhook(secret).verify(body, headers) as ReceivedRequest['payload'];
  } catch {
    return null;
  }
}

/** Starts a receiver; `secret` is the partner's `whsec_…` (null: no signature check, e.g. a fake Indexing API). */
export async function startPartnerReceiver(
  secret: string | null,
  scripts: Record<string, Reply[]>,
): Promise<PartnerReceiver> {
  const played = new Map<string, number>();
  const received: ReceivedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const path = (request.url ?? '/').split('?')[0]!;
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
      );
      const payload = verify(secret, body, headers);
      const script = scripts[path] ?? [{ status: 404 }];
      const turn = played.get(path) ?? 0;
      played.set(path, turn + 1);
      const reply: Reply =
        secret && !payload
          ? { status: 401, body: 'bad signature' }
          : (script[Math.min(turn, script.length - 1)] ?? { status: 404 });
      const entry: ReceivedRequest = {
        path,
        method: request.method ?? 'GET',
        headers,
        body,
        payload,
        verified: payload !== null,
        answered: reply === 'hang' ? null : reply.status,
      };
      received.push(entry);
      if (reply === 'hang') {
        hanging.add(response);
        return;
      }
      response.writeHead(reply.status, reply.headers ?? {});
      response.end(reply.body ?? '');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    accepted: (path) =>
      received.filter((r) => r.path === path && r.answered !== null && r.answered >= 200 && r.answered < 300),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
