import { createCloudLogger } from '../../shared/adapters/logging/cloud-logger';
import { systemClock } from '../../shared/adapters/system-clock';
import type { Clock } from '../../shared/ports/clock.port';
import type { EventBus } from '../../shared/ports/event-bus.port';
import type { HttpFetcher } from '../../shared/ports/http-fetcher.port';
import type { Logger } from '../../shared/ports/logger.port';
import type { PostingStore } from '../../shared/ports/posting-store.port';
import type { SecretStore } from '../../shared/ports/secret-store.port';
import type { PipelineDeps } from '../../shared/pipeline/deps';
import type { SyndicationDeps } from '../../shared/pipeline/syndication-deps';
import { createApiKeyRegistry, type ApiKeyRegistry } from './api-keys';
import { parseFunctionSettings, type FunctionSettings } from './settings';
import { googleIndexingTokenFromKey } from './google-indexing-auth';

/** The ports a backend provides: Firestore + Pub/Sub + Secret Manager, or the embedded trio. */
export interface Backend {
  store: PostingStore;
  bus: EventBus;
  secrets: SecretStore;
  close(): Promise<void>;
}

/**
 * Everything an invocation needs, built once per instance and reused by every invocation (Cloud Functions
 * tips: clients at module scope). Heavy parts (the HTTP fetcher, Google auth) are created on first use.
 */
export interface Runtime {
  settings: FunctionSettings;
  logger: Logger;
  clock: Clock;
  store: PostingStore;
  bus: EventBus;
  secrets: SecretStore;
  apiKeys: ApiKeyRegistry;
  /** the polite, SSRF-guarded fetcher (sources and partner webhooks), created on first use */
  fetcher(): Promise<HttpFetcher>;
  /** an OAuth token for Google's Indexing API; null where there are no Google credentials */
  indexingToken(): Promise<string | null>;
  /** an Indexing API token signed with a service-account key, for partners whose `credentialsRef` names one */
  indexingTokenFromKey(serviceAccountKey: string): Promise<string | null>;
  close(): Promise<void>;
}

export interface RuntimeParts {
  settings: FunctionSettings;
  backend: Backend;
  logger?: Logger;
  clock?: Clock;
  /** replaces the default fetcher (the local demo allows its loopback sources) */
  fetcher?: () => Promise<HttpFetcher & { close?: () => Promise<void> }>;
  indexingToken?: () => Promise<string | null>;
  indexingTokenFromKey?: (serviceAccountKey: string) => Promise<string | null>;
}

/** Assembles a runtime from its parts. */
export function assembleRuntime(parts: RuntimeParts): Runtime {
  const { settings, backend } = parts;
  const logger = parts.logger ?? createCloudLogger({ level: settings.JOBRELAY_LOG_LEVEL });
  const clock = parts.clock ?? systemClock;
  const fetcher = once(parts.fetcher ?? (() => defaultFetcher(settings, logger, clock)));
  return {
    settings,
    logger,
    clock,
    store: backend.store,
    bus: backend.bus,
    secrets: backend.secrets,
    apiKeys: createApiKeyRegistry({
      hr: settings.JOBRELAY_SECRETS_HR_API_KEYS,
      admin: settings.JOBRELAY_SECRETS_ADMIN_API_KEYS,
    }),
    fetcher,
    indexingToken: parts.indexingToken ?? (async () => null),
    indexingTokenFromKey: parts.indexingTokenFromKey ?? googleIndexingTokenFromKey(),
    async close() {
      if (fetcher.started()) await (await fetcher()).close?.();
      await backend.close();
    },
  };
}

async function defaultFetcher(settings: FunctionSettings, logger: Logger, clock: Clock) {
  // loaded on first use (require: this is CommonJS): undici and the robots parser stay out of functions that never fetch
  const http =
    require('../../shared/adapters/http/http-fetcher') as typeof import('../../shared/adapters/http/http-fetcher');
  return http.createHttpFetcher({ ...http.httpFetcherOptionsFromSettings(settings), logger, clock });
}

/** A lazily started, memoised async value; a failed start is retried on the next call. */
export function once<T>(start: () => Promise<T>): (() => Promise<T>) & { started(): boolean } {
  let promise: Promise<T> | null = null;
  const get = () => {
    promise ??= start().catch((error: unknown) => {
      promise = null;
      throw error;
    });
    return promise;
  };
  return Object.assign(get, { started: () => promise !== null });
}

/** Settings parsed once per process from the environment (a bad value throws a `ConfigError` listing all). */
export const processSettings = (() => {
  let parsed: FunctionSettings | null = null;
  return (): FunctionSettings => (parsed ??= parseFunctionSettings(process.env));
})();

/**
 * What the push plumbing needs from the runtime: the processed-event markers, the lease length, and how long
 * a redelivery waits out a held lease (a crashed holder's lapses within one lease; capped well under the
 * subscriptions' ack deadlines, terraform/pubsub.tf).
 */
export const pushDepsOf = (runtime: Runtime) => ({
  events: runtime.store,
  leaseSeconds: runtime.settings.JOBRELAY_PUSH_LEASE_SECONDS,
  holderWaitMs: Math.min(runtime.settings.JOBRELAY_PUSH_LEASE_SECONDS + 5, 120) * 1000,
});

/** The pipeline use cases' ports. */
export const pipelineDepsOf = (runtime: Runtime): PipelineDeps => ({
  store: runtime.store,
  bus: runtime.bus,
  clock: runtime.clock,
  logger: runtime.logger,
  options: { defaultMaxCloseShare: runtime.settings.JOBRELAY_DEFAULT_MAX_CLOSE_SHARE },
});

/** The syndication use cases' ports; the fetcher behind them is only built when a delivery needs it. */
export const syndicationDepsOf = (runtime: Runtime): SyndicationDeps => ({
  store: runtime.store,
  bus: runtime.bus,
  clock: runtime.clock,
  logger: runtime.logger,
  secrets: runtime.secrets,
  fetcher: { fetch: async (request) => (await runtime.fetcher()).fetch(request) },
  indexingToken: () => runtime.indexingToken(),
  indexingTokenFromKey: (key) => runtime.indexingTokenFromKey(key),
  options: {
    publicBaseUrl: runtime.settings.JOBRELAY_PUBLIC_BASE_URL ?? null,
    leaseSeconds: runtime.settings.JOBRELAY_DELIVERY_LEASE_SECONDS,
  },
});
