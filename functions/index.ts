import { http } from '@google-cloud/functions-framework';
import { adapterDeps, defaultRuntime } from './lib/default-runtime';
import { installFrameworkGuard } from './lib/framework-guard';
import { toHttpFunction } from './lib/http-adapter';
import type { ApiHandler } from './lib/api';
import { processSettings, type Runtime } from './lib/runtime';

/** Builds one function's handler over the shared runtime. */
type CreateHandler = (runtime: () => Promise<Runtime>) => ApiHandler;

/**
 * A function whose module loads on its first request. Every deployed function loads this file, so eager
 * imports would make each cold start pay for all seven use cases (parsers, gazetteer, boards, …).
 */
function lazy(load: () => CreateHandler): CreateHandler {
  return (runtime) => {
    let handler: ApiHandler | undefined;
    return (request, context) => (handler ??= load()(runtime))(request, context);
  };
}

/**
 * The deployed Cloud Functions (DESIGN §1), registered with the Functions Framework under the entry points
 * Terraform deploys (`terraform/main.tf`). Every one is an HTTP function; the event-driven ones sit behind
 * Pub/Sub push subscriptions. Each handler is built once per instance over one shared runtime (settings,
 * clients), which is created on the first invocation.
 */
export const FUNCTIONS = {
  ingestPosting: lazy(() => (require('./ingest-posting') as typeof import('./ingest-posting')).createIngestPosting),
  refreshSources: lazy(() => (require('./refresh-sources') as typeof import('./refresh-sources')).createRefreshSources),
  requestSyndication: lazy(
    () => (require('./request-syndication') as typeof import('./request-syndication')).createRequestSyndication,
  ),
  deliverSyndication: lazy(
    () => (require('./deliver-syndication') as typeof import('./deliver-syndication')).createDeliverSyndication,
  ),
  serveFeed: lazy(() => (require('./serve-feed') as typeof import('./serve-feed')).createServeFeed),
  sweepOutbox: lazy(() => (require('./sweep-outbox') as typeof import('./sweep-outbox')).createSweepOutbox),
  serveConsole: lazy(() => (require('./serve-console') as typeof import('./serve-console')).createServeConsole),
} as const satisfies Record<string, CreateHandler>;

export type FunctionName = keyof typeof FUNCTIONS;

// a bad setting stops start-up here, with every problem listed, instead of failing the first request
processSettings();
installFrameworkGuard(adapterDeps);
for (const [name, create] of Object.entries(FUNCTIONS)) {
  http(name, toHttpFunction(name, create(defaultRuntime), adapterDeps));
}
