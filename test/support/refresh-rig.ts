import { createHttpFetcher, type ClosableHttpFetcher } from '../../shared/adapters/http/http-fetcher';
import { createCloudLogger } from '../../shared/adapters/logging/cloud-logger';
import { refreshSources, type RefreshDeps, type RefreshResult } from '../../shared/pipeline/refresh';
import { SourceConfig } from '../../shared/schema/source';
import type { RunRecord } from '../../shared/schema/run';
import type { BackendHarness, MakeBackend, ReceivedEvent } from './backend-harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { createInstantClock, type InstantClock } from './instant-clock';

/**
 * Everything a refresh test needs, on one backend (embedded or emulators): a fixture server playing the
 * sources, the production fetcher allowed to reach only that server, the pipeline deps, and captured logs.
 */
export interface RefreshRig {
  /** the first fixture server */
  server: FixtureServer;
  /** every fixture server (`sites` option): each its own "host", all allow-listed */
  servers: FixtureServer[];
  backend: BackendHarness;
  fetcher: ClosableHttpFetcher;
  clock: InstantClock;
  deps: RefreshDeps;
  /** every log line written, parsed */
  logs: Array<Record<string, unknown>>;
  /** stores a source configuration (input shape) and returns its id */
  applySource(input: Record<string, unknown>): Promise<string>;
  /** refreshes one source now (forced, like `jobrelay refresh --source`) and returns its run */
  refresh(sourceId: string): Promise<RunRecord>;
  /** posting events received since the last call */
  newEvents(): Promise<ReceivedEvent[]>;
  close(): Promise<void>;
}

export async function createRefreshRig(
  makeBackend: MakeBackend,
  options: { timeoutMs?: number; maxBytes?: number; sites?: number } = {},
): Promise<RefreshRig> {
  const clock = createInstantClock();
  const servers = await Promise.all(Array.from({ length: options.sites ?? 1 }, () => startFixtureServer()));
  const server = servers[0] as FixtureServer;
  const backend = await makeBackend(clock);
  const logs: Array<Record<string, unknown>> = [];
  const logger = createCloudLogger({
    level: 'DEBUG',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const fetcher = createHttpFetcher({
    logger,
    userAgent: 'Jobrelay/0.1 (+https://jobrelay.example/contact)',
    allowHosts: servers.map((s) => s.host),
    clock,
    random: () => 1,
    // a fixture answers at once; the timeout only has to outlast a loaded CI machine, unless a test is about it
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
  });
  const deps: RefreshDeps = { store: backend.store, bus: backend.bus, clock, logger, fetcher };
  let seen = 0;
  return {
    server,
    servers,
    backend,
    fetcher,
    clock,
    deps,
    logs,
    async applySource(input) {
      const config = SourceConfig.parse(input);
      await backend.store.putSource(config, clock.now().toISOString());
      return config.id;
    },
    async refresh(sourceId) {
      const result: RefreshResult = await refreshSources(deps, { sourceId, force: true });
      if (result.kind !== 'run') throw new Error(`refresh of ${sourceId} did not run: ${JSON.stringify(result)}`);
      return result.run;
    },
    async newEvents() {
      const all = await backend.received();
      const fresh = all.slice(seen);
      seen = all.length;
      return fresh;
    },
    async close() {
      await fetcher.close();
      await Promise.all(servers.map((s) => s.close()));
      await backend.close();
    },
  };
}
