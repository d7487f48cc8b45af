import type { Clock } from '../ports/clock.port';
import type { EventBus } from '../ports/event-bus.port';
import type { HttpFetcher } from '../ports/http-fetcher.port';
import type { Logger } from '../ports/logger.port';
import type { PostingStore } from '../ports/posting-store.port';
import type { SecretStore } from '../ports/secret-store.port';

/** Tunables of syndication; every one has a default. */
export interface SyndicationOptions {
  /** public base URL of job pages (`{base}/jobs/{id}`); null when the deployment serves none */
  publicBaseUrl: string | null;
  /**
   * attempts of one webhook delivery inside one Pub/Sub delivery: a blip is retried within seconds; a
   * longer outage goes back to Pub/Sub, whose backoff (10–600 s) spaces the later attempts
   */
  inProcessAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** a `Retry-After` longer than this is left to Pub/Sub's redelivery instead of waited for in-process */
  maxInProcessRetryAfterMs: number;
  /**
   * the push subscription's `max_delivery_attempts` (Terraform `max_delivery_attempts`, default 10): on the
   * last delivery Pub/Sub will make, a change that still fails is recorded `failed` and acked, so a record
   * never stays `pending` behind a message Pub/Sub has dead-lettered
   */
  pubsubMaxDeliveryAttempts: number;
  /** how long one delivery holds its (posting, partner) lease, so a redelivered message does not send twice */
  leaseSeconds: number;
  /** how long a processed posting event is remembered (redeliveries after that are harmless, only wasteful) */
  processedEventTtlSeconds: number;
  /** history entries kept per record; older ones are dropped */
  historyLimit: number;
  /** applied event ids kept per record */
  appliedEventLimit: number;
  /** postings per store read when streaming feeds */
  feedChunkSize: number;
  /** entries per JSON feed page */
  jsonFeedPageSize: number;
  /**
   * how far in the past a JSON feed pull's window ends: longer than a syndication write takes from stamping
   * `updatedAt` to committing, so no write lands in a window already read (`feeds.ts`)
   */
  jsonFeedSettleMs: number;
  /** most results listed in a request's answer (counts are always complete) */
  maxListedResults: number;
  /**
   * store writes and publishes one fan-out (a posting event, a request's page of pairs) keeps in flight at
   * once: the round trips overlap instead of adding up, and a request over thousands of pairs still holds
   * only this many open calls
   */
  fanOutConcurrency: number;
}

export const DEFAULT_SYNDICATION_OPTIONS: SyndicationOptions = {
  publicBaseUrl: null,
  inProcessAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
  maxInProcessRetryAfterMs: 10_000,
  pubsubMaxDeliveryAttempts: 10,
  leaseSeconds: 120,
  processedEventTtlSeconds: 7 * 24 * 3600,
  historyLimit: 50,
  appliedEventLimit: 20,
  feedChunkSize: 200,
  jsonFeedPageSize: 500,
  jsonFeedSettleMs: 5_000,
  maxListedResults: 1_000,
  fanOutConcurrency: 16,
};

/** Ports the syndication use cases need. */
export interface SyndicationDeps {
  store: PostingStore;
  bus: EventBus;
  fetcher: HttpFetcher;
  clock: Clock;
  logger: Logger;
  secrets: SecretStore;
  /**
   * an OAuth access token for Google's Indexing API from Application Default Credentials (in the cloud: the
   * function's service account); used for indexing partners without `credentialsRef`
   */
  indexingToken?: () => Promise<string | null>;
  /** an Indexing API token signed with a service-account key (JSON), for partners whose `credentialsRef` names one */
  indexingTokenFromKey?: (serviceAccountKey: string) => Promise<string | null>;
  /** jitter source; tests make it deterministic */
  random?: () => number;
  options?: Partial<SyndicationOptions>;
}

/** The options in force. */
export const syndicationOptionsOf = (deps: Pick<SyndicationDeps, 'options'>): SyndicationOptions => ({
  ...DEFAULT_SYNDICATION_OPTIONS,
  ...deps.options,
});
