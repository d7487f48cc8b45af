import type { Clock } from '../ports/clock.port';
import type { EventBus } from '../ports/event-bus.port';
import type { Logger } from '../ports/logger.port';
import type { PostingStore } from '../ports/posting-store.port';
import { DEFAULT_EVENT_BUDGET_BYTES } from './posting-events';

/** Tunables of the pipeline use cases; every one has a sensible default. */
export interface PipelineOptions {
  /** CloudEvents `source` prefix: events carry `{eventSourceBase}/sources/{sourceId}` */
  eventSourceBase: string;
  /** the largest serialised event, in bytes (Eventarc's cap is 512 KB) */
  eventBudgetBytes: number;
  /** the share of a source's open postings one refresh may close when the source sets none (DESIGN §4: 50%) */
  defaultMaxCloseShare: number;
  /** publishes in flight at once (Pub/Sub batches what is in flight together) */
  publishConcurrency: number;
  /** postings per store read or commit call */
  chunkSize: number;
  /** rounds of re-read and recompute after version conflicts before giving up (`STORE.CONTENTION`) */
  maxConflictRounds: number;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  eventSourceBase: '//jobrelay',
  eventBudgetBytes: DEFAULT_EVENT_BUDGET_BYTES,
  defaultMaxCloseShare: 0.5,
  publishConcurrency: 64,
  chunkSize: 200,
  maxConflictRounds: 5,
};

/** What every use case of the pipeline needs: ports only, so the same code runs on Firestore and embedded. */
export interface PipelineDeps {
  store: PostingStore;
  bus: EventBus;
  clock: Clock;
  logger: Logger;
  options?: Partial<PipelineOptions>;
}

/** The options in force: the defaults overridden by `deps.options`. */
export const optionsOf = (deps: PipelineDeps): PipelineOptions => ({ ...DEFAULT_PIPELINE_OPTIONS, ...deps.options });
