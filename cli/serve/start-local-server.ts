import type { AddressInfo } from 'node:net';
import type { ServerResponse } from 'node:http';
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

/** Starts `jobrelay serve`: every function on one port, events in-process (or through the emulators), optionally the demo. */
export async function startLocalServer(options: LocalServerOptions): Promise<RunningServer> {
  const env: Record<string, string | undefined> = { JOBRELAY_LOG_LEVEL: 'WARNING', ...options.env };
  const dataDir = env.JOBRELAY_DATA_DIR ?? '.data';
  const logger = createCloudLogger({ level: (env.JOBRELAY_LOG_LEVEL as Severity | undefined) ?? 'WARNING' });
  const credentials = localCredentials(dataDir);
  const sites = options.demo ? await startDemoSitesFor(dataDir, options.write) : null;
  const url = `http://${options.host}:${options.port}`;
  const local = await buildLocalRuntime(env, {
    credentials,
    publicBaseUrl: url,
    allowHosts: sites ? [sites.sites.host] : [],
    logger,
  });
  const deps = {
    logger: () => logger,
    maxBodyBytes: () => local.settings.JOBRELAY_MAX_BODY_BYTES,
    project: () => local.settings.GOOGLE_CLOUD_PROJECT,
  };
  const server = createLocalServer(local.runtime, deps, indexPage(url));
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(options.port, options.host, resolve),
  );
  const actual = `http://${options.host}:${(server.address() as AddressInfo).port}`;
  if (local.bus) wireEmbeddedBus(local.bus, actual);
  else
    await createEmulatorTopology(local.settings.GOOGLE_CLOUD_PROJECT ?? 'demo-jobrelay', (fn) =>
      pushEndpoint(actual, fn),
    );
  const timer = setInterval(() => void schedule(local), SCHEDULE_MS).unref();
  const report = sites ? await runDemoFlow(local.runtime, actual, credentials.hrKey, sites.sites) : null;
  return {
    url: actual,
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
function indexPage(url: string) {
  return async (req: FrameworkRequest, res: ServerResponse) => {
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
