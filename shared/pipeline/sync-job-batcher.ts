import pLimit from 'p-limit';
import type { StoredPartner } from '../schema/partner';
import type { SyndicationRecord } from '../schema/syndication';
import { TransientError } from '../errors';
import type { SyndicationDeps } from './syndication-deps';
import { MAX_POSTINGS_PER_JOB, type SyndicationJob } from './syndication-messages';
import { syncMessage } from './posting-event-fan-out';

type Message = { data: unknown; attributes: Record<string, string>; orderingKey?: string };

/**
 * Groups a request's pending pairs into `syndication.sync` messages: webhook partners one posting per message
 * (each change its own retries), Indexing API partners up to 100 postings (one batch call). Messages are
 * published `concurrency` at a time while the request goes on; `drain` waits for those in flight (the request
 * drains after each page, so open publishes stay bounded) and reports a failed one.
 */
export class JobBatcher {
  private readonly batches = new Map<string, string[]>();
  private readonly limit: pLimit.Limit;
  private inFlight: Promise<void>[] = [];
  private failure: { error: unknown } | null = null;
  private published = 0;

  constructor(
    private readonly deps: Pick<SyndicationDeps, 'bus'>,
    private readonly cause: string,
    concurrency: number,
  ) {
    this.limit = pLimit(Math.max(1, concurrency));
  }

  /** Queues the message(s) that bring this pending pair in line with its partner. */
  add(record: SyndicationRecord, partner: StoredPartner): void {
    if (partner.config.delivery !== 'indexing') return this.publish(syncMessage(record, this.cause));
    const batch = [...(this.batches.get(record.partnerId) ?? []), record.postingId];
    this.batches.set(record.partnerId, batch);
    if (batch.length >= MAX_POSTINGS_PER_JOB) this.flushPartner(record.partnerId);
  }

  /**
   * Waits for the publishes in flight; throws `SYNDICATION.PUBLISH_FAILED` (transient) when one failed: the
   * records say pending, and asking again (same request) publishes again.
   */
  async drain(): Promise<void> {
    const inFlight = this.inFlight;
    this.inFlight = [];
    await Promise.all(inFlight);
    if (this.failure)
      throw new TransientError(
        'SYNDICATION.PUBLISH_FAILED',
        'could not queue the deliveries; the request can be repeated safely',
        { cause: this.failure.error },
      );
  }

  /** Publishes the batches still open and waits for every publish; returns how many messages went out. */
  async flush(): Promise<number> {
    for (const partnerId of [...this.batches.keys()]) this.flushPartner(partnerId);
    await this.drain();
    return this.published;
  }

  private flushPartner(partnerId: string): void {
    const postingIds = this.batches.get(partnerId) ?? [];
    this.batches.delete(partnerId);
    if (postingIds.length === 0) return;
    const data: SyndicationJob = { kind: 'syndication.sync', partnerId, postingIds, cause: this.cause };
    this.publish({ data, attributes: { kind: 'syndication.sync', partnerId } });
  }

  private publish(message: Message): void {
    const sent = this.limit(() => this.deps.bus.publish('syndication-requests', message)).then(
      () => {
        this.published += 1;
      },
      (error: unknown) => {
        this.failure ??= { error };
      },
    );
    this.inFlight.push(sent);
  }
}
