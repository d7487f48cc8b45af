import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local HTTP server on 127.0.0.1 for tests and benchmarks that plays someone else's site (an ATS API, a
 * career site, a partner's webhook endpoint) and misbehaves on purpose. Every request is recorded, so tests
 * can count what reached the server. Jest-free, so bench/ can use it too.
 *
 * ```ts
 * const server = await startFixtureServer();
 * server.route('GET', '/v1/boards/acme/jobs', json({ jobs: [] }));
 * server.route('GET', '/robots.txt', text('User-agent: *\nDisallow: /private'));
 * server.route('GET', '/flaky', sequence(status(503), status(503), json({ ok: true })));
 * // … fetch server.url + '/flaky' …
 * expect(server.count('/flaky')).toBe(3);
 * await server.close();
 * ```
 *
 * Unrouted paths answer 404. Routes added later win over earlier ones for the same method and path.
 */

/** A request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** path and query, as sent */
  url: string;
  pathname: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** Answers one request; may write the response however it likes (stream, hang, destroy the socket). */
export type FixtureHandler = (req: RecordedRequest, res: http.ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `127.0.0.1:PORT`: the allow-list entry for this server alone */
  readonly host: string;
  readonly port: number;
  /** every request received, oldest first */
  readonly requests: RecordedRequest[];
  /** answers `method` (or `*`) on `path` (exact pathname, or a RegExp tested against the pathname) */
  route(method: string, path: string | RegExp, handler: FixtureHandler): FixtureServer;
  /** the handler answering `method` on `pathname` now, to wrap it (`sequence(status(503), server.handlerFor('GET', '/jobs'))`) */
  handlerFor(method: string, pathname: string): FixtureHandler;
  /** requests whose pathname equals `path` (or matches the predicate) */
  count(path: string | ((req: RecordedRequest) => boolean)): number;
  /** forgets the recorded requests */
  resetRequests(): void;
  /** stops the server and drops open connections (hanging responses included) */
  close(): Promise<void>;
}

interface Route {
  method: string;
  path: string | RegExp;
  handler: FixtureHandler;
}

/** Starts a fixture server on an ephemeral port of 127.0.0.1. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes: Route[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = http.createServer((incoming, res) => {
    void receive(incoming).then(async (req) => {
      requests.push(req);
      const route = findRoute(routes, req);
      try {
        if (route) await route.handler(req, res);
        else notFound(res);
      } catch (error) {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fixture handler failed: ${String(error)}`);
      }
    });
  });
  // Idle connections are kept longer than any pause in a test (a first refresh warming up normalisation
  // blocks the event loop for seconds): otherwise a request can race the server closing its idle socket,
  // which the fetcher rightly retries but which makes request counts flaky.
  server.keepAliveTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fixture: FixtureServer = {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    port,
    requests,
    route(method, path, handler) {
      routes.unshift({ method: method.toUpperCase(), path, handler });
      return fixture;
    },
    handlerFor(method, pathname) {
      const route = findRoute(routes, { method: method.toUpperCase(), pathname } as RecordedRequest);
      if (!route) throw new Error(`no route answers ${method} ${pathname}`);
      return route.handler;
    },
    count(path) {
      return requests.filter(typeof path === 'string' ? (r) => r.pathname === path : path).length;
    },
    resetRequests() {
      requests.length = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return fixture;
}

async function receive(incoming: http.IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const url = new URL(incoming.url ?? '/', 'http://fixture.invalid');
  return {
    method: incoming.method ?? 'GET',
    url: incoming.url ?? '/',
    pathname: url.pathname,
    query: url.searchParams,
    headers: incoming.headers,
    body: Buffer.concat(chunks).toString('utf8'),
    at: Date.now(),
  };
}

function findRoute(routes: Route[], req: RecordedRequest): Route | undefined {
  return routes.find(
    (r) =>
      (r.method === '*' || r.method === req.method || (r.method === 'GET' && req.method === 'HEAD')) &&
      (typeof r.path === 'string' ? r.path === req.pathname : r.path.test(req.pathname)),
  );
}

function notFound(res: http.ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

export * from './fixture-responses';
