import type { StoredPartner } from '../schema/partner';
import type { SyndicationRecord } from '../schema/syndication';
import { describeError } from '../errors';
import type { PipelineDeps } from './deps';
import { syncMessage } from './deliver';
import { MAX_POSTINGS_PER_JOB, type SyndicationJob } from './syndication-messages';
import type { StuckTally } from './stuck-syndication-report';

/**
 * How the stuck-syndication sweep re-sends delivery requests: the way the original path sent them
 * (`syndicate.ts` JobBatcher, `deliver.ts` fan-out). Webhook partners get one posting per message (each change
 * its own retries and ordering key); Indexing API partners get batches of up to 100 postings per message, one
 * batch call to the API, grouped by the cause the pairs share (one request's batch is re-sent as one batch).
 */

export type ResendDeps = Pick<PipelineDeps, 'store' | 'bus' | 'logger'>;

/** A pair noted on its record for a re-send. */
export interface Resend {
  /** the record as the sweep stored it (with its `resent` note) */
  marked: SyndicationRecord;
  /** the record as the sweep read it: what the mark is taken back to when the publish fails */
  before: SyndicationRecord;
  /** when the pair's stuck spell began, for the alert's age */
  since: string;
  /** the cause the message carries */
  cause: string;
  /** true for a pair found behind its posting (not pending when found) */
  lagging: boolean;
}

/** Publishes re-sends as the original path would, and tallies each pair's fate. */
export class ResendSender {
  private readonly batches = new Map<string, Resend[]>();

  constructor(
    private readonly deps: ResendDeps,
    private readonly tally: StuckTally,
  ) {}

  async add(partner: StoredPartner, resend: Resend): Promise<void> {
    if (partner.config.delivery !== 'indexing') return this.send([resend], syncMessage(resend.marked, resend.cause));
    const key = `${partner.config.id}\u0000${resend.cause}`;
    const batch = [...(this.batches.get(key) ?? []), resend];
    this.batches.set(key, batch);
    if (batch.length >= MAX_POSTINGS_PER_JOB) await this.flushBatch(key);
  }

  /** Publishes the batches still open. */
  async flush(): Promise<void> {
    for (const key of [...this.batches.keys()]) await this.flushBatch(key);
  }

  private async flushBatch(key: string): Promise<void> {
    const resends = this.batches.get(key) ?? [];
    this.batches.delete(key);
    const first = resends[0];
    if (!first) return;
    const data: SyndicationJob = {
      kind: 'syndication.sync',
      partnerId: first.marked.partnerId,
      postingIds: resends.map((r) => r.marked.postingId),
      cause: first.cause,
    };
    await this.send(resends, { data, attributes: { kind: 'syndication.sync', partnerId: data.partnerId } });
  }

  private async send(
    resends: Resend[],
    message: { data: SyndicationJob; attributes: Record<string, string>; orderingKey?: string },
  ): Promise<void> {
    try {
      await this.deps.bus.publish('syndication-requests', message);
      for (const r of resends) this.tally.add(r.since, 'resent', r.lagging);
    } catch (error) {
      for (const r of resends) {
        await unmark(this.deps, r.before, r.marked);
        this.tally.add(r.since, 'failed', r.lagging);
      }
      this.deps.logger.warn('stuck syndications could not be re-sent; the next sweep tries again', {
        partnerId: message.data.partnerId,
        postingIds: message.data.postingIds.slice(0, 10),
        error: describeError(error),
      });
    }
  }
}

/**
 * Takes a mark back after its publish failed, so the failure does not use up one of the pair's re-sends. A
 * lagging pair stays `pending` (its record now says a message is owed) with its old `updatedAt`, so the next
 * sweep's pending pass re-sends it at once.
 */
export async function unmark(deps: ResendDeps, before: SyndicationRecord, marked: SyndicationRecord): Promise<void> {
  await deps.store
    .updateSyndication(before.postingId, before.partnerId, (current) => {
      if (current?.updatedAt !== marked.updatedAt || current.resent?.lastAt !== marked.resent?.lastAt) return null;
      const { resent: _dropped, ...rest } = current;
      return { ...rest, ...(before.resent ? { resent: before.resent } : {}), updatedAt: before.updatedAt };
    })
    .catch(() => undefined);
}
