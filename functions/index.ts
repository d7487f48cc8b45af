import { http } from '@google-cloud/functions-framework';
import { createDeliverSyndication } from './deliver-syndication';
import { createIngestPosting } from './ingest-posting';
import { adapterDeps, defaultRuntime } from './lib/default-runtime';
import { installFrameworkGuard } from './lib/framework-guard';
import { toHttpFunction } from './lib/http-adapter';
import type { ApiHandler } from './lib/api';
import { processSettings, type Runtime } from './lib/runtime';
import { createRefreshSources } from './refresh-sources';
import { createRequestSyndication } from './request-syndication';
import { createServeConsole } from './serve-console';
import { createServeFeed } from './serve-feed';
import { createSweepOutbox } from './sweep-outbox';

/**
 * The deployed Cloud Functions (DESIGN §1), registered with the Functions Framework under the entry points
 * Terraform deploys (`terraform/main.tf`). Every one is an HTTP function; the event-driven ones sit behind
 * Pub/Sub push subscriptions. Each handler is built once per instance over one shared runtime (settings,
 * clients), which is created on the first invocation.
 */
export const FUNCTIONS = {
  ingestPosting: createIngestPosting,
  refreshSources: createRefreshSources,
  requestSyndication: createRequestSyndication,
  deliverSyndication: createDeliverSyndication,
  serveFeed: createServeFeed,
  sweepOutbox: createSweepOutbox,
  serveConsole: createServeConsole,
} as const satisfies Record<string, (runtime: () => Promise<Runtime>) => ApiHandler>;

export type FunctionName = keyof typeof FUNCTIONS;

// a bad setting stops start-up here, with every problem listed, instead of failing the first request
processSettings();
installFrameworkGuard(adapterDeps);
for (const [name, create] of Object.entries(FUNCTIONS)) {
  http(name, toHttpFunction(name, create(defaultRuntime), adapterDeps));
}
