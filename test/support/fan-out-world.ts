import { silentLogger } from '../../shared/adapters/logging/cloud-logger';
import type { SyndicationDeps, SyndicationOptions } from '../../shared/pipeline/syndication-deps';
import type { PostingStore, SyndicationQuery } from '../../shared/ports/posting-store.port';
import { PartnerConfig, PartnerHealth, type PartnerConfigInput, type StoredPartner } from '../../shared/schema/partner';
import type { PostingRecord } from '../../shared/schema/stored-posting';
import type { SyndicationRecord } from '../../shared/schema/syndication';
import { createInstantClock } from './instant-clock';
import { recordOf, syntheticPosting } from './posting-records';

/**
 * An in-memory world for the syndication fan-outs (a posting event's, a request's): the store methods they use,
 * a bus whose publishes finish on a later turn, and a log of every store read, write and publish, with the most
 * publishes ever in flight at once.
 */
export interface FanOutWorld {
  deps: SyndicationDeps;
  postings: Map<string, PostingRecord>;
  records: Map<string, SyndicationRecord>;
  /** `method arg` per store call, in call order */
  calls: string[];
  published: { partnerId: string; postingIds: string[]; cause: string }[];
  /** the most publishes in flight at once */
  maxInFlight(): number;
  /** makes the publishes for this partner fail */
  failPublishesTo(partnerId: string): void;
  /** makes every publish succeed again */
  healPublishes(): void;
}

/** A webhook partner (`delivery: webhook`) with this id. */
export const webhookPartner = (id: string): PartnerConfigInput => ({
  id,
  name: id,
  format: 'webhook',
  delivery: 'webhook',
  webhook: { url: `https://${id}.partner.example/hook`, secretRef: `secret:${id}` },
});

/** A JSON feed partner with this id. */
export const feedPartner = (id: string): PartnerConfigInput => ({
  id,
  name: id,
  format: 'json',
  delivery: 'feed',
  feed: { apiKeyRef: `secret:${id}` },
});

const key = (postingId: string, partnerId: string) => `${postingId}__${partnerId}`;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `postings` postings p1…pN and the given partners; records are added by the test. */
export function fanOutWorld(
  partnerConfigs: PartnerConfigInput[],
  postingCount: number,
  options: Partial<SyndicationOptions> = {},
): FanOutWorld {
  const clock = createInstantClock(new Date('2026-03-01T12:00:00Z'));
  const at = clock.now().toISOString();
  const partners = new Map<string, StoredPartner>(
    partnerConfigs.map((c) => [
      c.id,
      { config: PartnerConfig.parse(c), health: PartnerHealth.parse({}), updatedAt: at },
    ]),
  );
  const postings = new Map<string, PostingRecord>(
    Array.from({ length: postingCount }, (_, i) => [
      `p${i + 1}`,
      recordOf(syntheticPosting(i + 1), { id: `p${i + 1}` }),
    ]),
  );
  const records = new Map<string, SyndicationRecord>();
  const claims = new Set<string>();
  const calls: string[] = [];
  const published: FanOutWorld['published'] = [];
  const failing = new Set<string>();
  let inFlight = 0;
  let maxInFlight = 0;
  const store = {
    getPartner: async (id: string) => (calls.push(`getPartner ${id}`), partners.get(id) ?? null),
    getPosting: async (id: string) => (calls.push(`getPosting ${id}`), postings.get(id) ?? null),
    getPostings: async (ids: readonly string[]) => {
      calls.push(`getPostings ${ids.length}`);
      return new Map(ids.flatMap((id) => (postings.has(id) ? [[id, postings.get(id)!] as const] : [])));
    },
    getSyndications: async (partnerId: string, ids: readonly string[]) => {
      calls.push(`getSyndications ${partnerId} ${ids.length}`);
      return new Map(
        ids.flatMap((id) => (records.has(key(id, partnerId)) ? [[id, records.get(key(id, partnerId))!] as const] : [])),
      );
    },
    listSyndications: async (query: SyndicationQuery) => {
      calls.push(`listSyndications ${query.postingId}`);
      return { items: [...records.values()].filter((r) => r.postingId === query.postingId), nextCursor: null };
    },
    updateSyndication: async (
      postingId: string,
      partnerId: string,
      update: (c: SyndicationRecord | null) => SyndicationRecord | null,
    ) => {
      calls.push(`updateSyndication ${postingId} ${partnerId}`);
      const next = update(records.get(key(postingId, partnerId)) ?? null);
      if (next) records.set(key(postingId, partnerId), next);
      return records.get(key(postingId, partnerId)) ?? null;
    },
    claimEvent: async (consumer: string, eventId: string) => {
      calls.push(`claimEvent ${eventId}`);
      if (claims.has(`${consumer} ${eventId}`)) return false;
      claims.add(`${consumer} ${eventId}`);
      return true;
    },
    releaseEvent: async (consumer: string, eventId: string) => {
      calls.push(`releaseEvent ${eventId}`);
      claims.delete(`${consumer} ${eventId}`);
    },
  } as unknown as PostingStore;
  const bus = {
    publish: async (_topic: string, message: { data: FanOutWorld['published'][number] }) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await nextTurn();
      inFlight -= 1;
      if (failing.has(message.data.partnerId)) throw new Error(`publish to ${message.data.partnerId} failed`);
      calls.push(`publish ${message.data.partnerId} ${message.data.postingIds.join(',')}`);
      published.push(message.data);
      return `m${published.length}`;
    },
  };
  const deps = { store, bus, clock, logger: silentLogger, options } as unknown as SyndicationDeps;
  return {
    deps,
    postings,
    records,
    calls,
    published,
    maxInFlight: () => maxInFlight,
    failPublishesTo: (partnerId) => failing.add(partnerId),
    healPublishes: () => failing.clear(),
  };
}
