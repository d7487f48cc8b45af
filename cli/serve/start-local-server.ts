import type { AddressInfo } from 'node:net';
import type { Server, ServerResponse } from 'node:http';
import { createCloudLogger } from '../../shared/adapters/logging/cloud-logger';
import type { FrameworkRequest } from '../../functions/lib/http-adapter';
import type { Severity } from '../../shared/adapters/logging/cloud-logger';
import { problemResponse } from '../../functions/lib/problem';
import { createLocalServer, ROUTES } from './local-router';
import { buildLocalRuntime, localCredentials, type LocalCredentials, type LocalRuntime } from './local-runtime';
import { createEmulatorTopology, pushEndpoint, wireEmbeddedBus } from './push-topology';
import { startDemoSites, type DemoSites } from './demo/demo-sites';
import { demoSecrets, runDemoFlow, type DemoReport } from './demo/run-demo';
import { EmbeddedSecretStore } from '../../shared/adapters/secrets/embedded-secret-store';
import { parseFunctionSettings } from '../../functions/lib/settings';

export interface LocalServerOptions {
  port: number;
  /** loopback only: the local server has no TLS and trusts the machine it runs on */
  host: '127.0.0.1';
  demo: boolean;
  env: Record<string, string | undefined>;
  write: (line: string) => void;
}

export interface RunningServer {
  url: string;
  credentials: LocalCredentials;
  local: LocalRuntime;
  demo: { sites: DemoSites; feedKey: string; report: DemoReport } | null;
  close(): Promise<void>;
}

/** How often the local "Cloud Scheduler" asks for due refreshes and an outbox sweep. */
const SCHEDULE_MS = 5 * 60_000;

/**
 * Starts `jobrelay serve`: every function on one port, events in-process (or through the emulators), optionally
 * the demo. The server listens before the runtime is built, so the public base URL (job pages, sitemap, feed
 * links, board messages) names the port actually bound, also with `--port 0`.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<RunningServer> {
  const env: Record<string, string | undefined> = { JOBRELAY_LOG_LEVEL: 'WARNING', ...options.env };
  const dataDir = env.JOBRELAY_DATA_DIR ?? '.data';
  const logger = createCloudLogger({ level: (env.JOBRELAY_LOG_LEVEL as Severity | undefined) ?? 'WARNING' });
  const credentials = localCredentials(dataDir);
  const sites = options.demo ? await startDemoSitesFor(dataDir, options.write) : null;
  const base = parseFunctionSettings(env);
  const deps = {
    logger: () => logger,
    maxBodyBytes: () => base.JOBRELAY_MAX_BODY_BYTES,
    project: () => base.GOOGLE_CLOUD_PROJECT,
  };
  const ready = deferred<LocalRuntime>();
  const server = createLocalServer(async () => (await ready.promise).runtime, deps, indexPage(ready.promise));
  const url = await listen(server, options.port, options.host).catch(async (error: unknown) => {
    // a port in use must end the command, not leave it hanging on the demo sites' open server
    await sites?.sites.close();
    throw error;
  });
  let local: LocalRuntime;
  try {
    local = await buildLocalRuntime(env, {
      credentials,
      publicBaseUrl: url,
      allowHosts: sites ? [sites.sites.host] : [],
      logger,
    });
  } catch (error) {
    ready.reject(error);
    await new Promise((resolve) => server.close(resolve));
    await sites?.sites.close();
    throw error;
  }
  ready.resolve(local);
  if (local.bus) wireEmbeddedBus(local.bus, url);
  else
    await createEmulatorTopology(local.settings.GOOGLE_CLOUD_PROJECT ?? 'demo-jobrelay', (fn) => pushEndpoint(url, fn));
  const timer = setInterval(() => void schedule(local), SCHEDULE_MS).unref();
  const report = sites ? await runDemoFlow(local.runtime, url, credentials.hrKey, sites.sites) : null;
  return {
    url,
    credentials,
    local,
    demo: sites && report ? { ...sites, report } : null,
    async close() {
      clearInterval(timer);
      await new Promise((resolve) => server.close(resolve));
      await local.runtime.close();
      await sites?.sites.close();
    },
  };
}

/** Listens on `port` (0: a free one) and answers the server's URL with the port actually bound. */
async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

/** A promise with its settle functions (a request that arrives before the runtime waits for it). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined); // a failed start is reported by startLocalServer, not as an unhandled rejection
  return { promise, resolve, reject };
}

async function startDemoSitesFor(dataDir: string, write: (line: string) => void) {
  const { partnerSecret, feedKey } = await demoSecrets(new EmbeddedSecretStore({ dataDir }));
  return { sites: await startDemoSites(partnerSecret, write), feedKey };
}

/** The local stand-in for Cloud Scheduler: due refreshes and an outbox sweep, published like the cloud's. */
async function schedule(local: LocalRuntime): Promise<void> {
  try {
    await local.runtime.bus.publish('refresh-requests', { data: {} });
    await local.runtime.bus.publish('maintenance', { data: { task: 'all' } });
  } catch (error) {
    local.runtime.logger.warn('scheduled messages could not be published', { error });
  }
}

/** `GET /` on the local server: where everything is. */
function indexPage(local: Promise<LocalRuntime>) {
  return async (req: FrameworkRequest, res: ServerResponse) => {
    const url = (await local).settings.JOBRELAY_PUBLIC_BASE_URL ?? '';
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/') {
      const problem = problemResponse('not-found', `nothing is served at ${path}`);
      res.writeHead(problem.status, problem.headers).end(problem.body);
      return;
    }
    const links = [...new Set(ROUTES.map(([prefix]) => prefix))]
      .map((p) => `<li><code>${url}${p}</code></li>`)
      .join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>Jobrelay (local)</title><h1>Jobrelay is running</h1><p>API: <a href="/openapi.json">/openapi.json</a></p><ul>${links}</ul>`,
    );
  };
}
