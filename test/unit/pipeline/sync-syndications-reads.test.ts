import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import type { SyndicationDeps } from '../../../shared/pipeline/syndication-deps';
import { newRecord } from '../../../shared/pipeline/syndication-record';
import { syncSyndications } from '../../../shared/pipeline/sync-syndications';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { PartnerConfig, PartnerHealth, type StoredPartner } from '../../../shared/schema/partner';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import type { SyndicationRecord } from '../../../shared/schema/syndication';
import { createInstantClock } from '../../support/instant-clock';
import { recordOf, syntheticPosting } from '../../support/posting-records';

/** How a `syndication.sync` message reads its pairs: its postings and the partner's records, each in one call. */

function world(batched: boolean) {
  const clock = createInstantClock(new Date('2026-03-01T12:00:00Z'));
  const at = clock.now().toISOString();
  const partner: StoredPartner = {
    config: PartnerConfig.parse({
      id: 'feed',
      name: 'Feed',
      format: 'json',
      delivery: 'feed',
      feed: { apiKeyRef: 'secret:feed' },
    }),
    health: PartnerHealth.parse({}),
    updatedAt: at,
  };
  const postings = new Map<string, PostingRecord>(
    [1, 2, 3].map((n) => [`p${n}`, recordOf(syntheticPosting(n), { id: `p${n}` })]),
  );
  // p3 has no record with the partner
  const records = new Map<string, SyndicationRecord>(
    ['p1', 'p2'].map((id) => [id, newRecord(id, 'feed', 'publish', at)]),
  );
  const reads: string[] = [];
  const store = {
    getPartner: async () => partner,
    getPostings: async (ids: readonly string[]) => {
      reads.push(`postings ${ids.join(',')}`);
      return new Map(ids.flatMap((id) => (postings.has(id) ? [[id, postings.get(id)!] as const] : [])));
    },
    getSyndication: async (postingId: string) => {
      reads.push(`record ${postingId}`);
      return records.get(postingId) ?? null;
    },
    ...(batched
      ? {
          getSyndications: async (partnerId: string, ids: readonly string[]) => {
            reads.push(`records ${partnerId} ${ids.join(',')}`);
            return new Map(ids.flatMap((id) => (records.has(id) ? [[id, records.get(id)!] as const] : [])));
          },
        }
      : {}),
    updateSyndication: async (
      postingId: string,
      _partnerId: string,
      update: (c: SyndicationRecord | null) => SyndicationRecord | null,
    ) => {
      const next = update(records.get(postingId) ?? null);
      if (next) records.set(postingId, next);
      return records.get(postingId) ?? null;
    },
  } as unknown as PostingStore;
  const deps = { store, clock, logger: silentLogger, options: {} } as unknown as SyndicationDeps;
  return { deps, reads, records };
}

const job = { kind: 'syndication.sync' as const, partnerId: 'feed', postingIds: ['p1', 'p2', 'p3'], cause: 'req_1' };

describe('a syndication.sync message reading its pairs', () => {
  it("reads its postings and the partner's records of them in one call each, not one read per pair", async () => {
    const { deps, reads, records } = world(true);
    const result = await syncSyndications(deps, job);
    expect(reads.sort()).toEqual(['postings p1,p2,p3', 'records feed p1,p2,p3']);
    expect(result.pairs.map((p) => `${p.postingId} ${p.outcome}`)).toEqual(['p1 settled', 'p2 settled', 'p3 skipped']);
    expect(records.get('p1')).toMatchObject({ status: 'live', deliveredVersion: 1 });
  });

  it('reads the records pair by pair from a store without the batched read, with the same outcome', async () => {
    const { deps, reads } = world(false);
    const result = await syncSyndications(deps, job);
    expect(reads).toEqual(['postings p1,p2,p3', 'record p1', 'record p2', 'record p3']);
    expect(result.pairs.map((p) => `${p.postingId} ${p.outcome}`)).toEqual(['p1 settled', 'p2 settled', 'p3 skipped']);
  });
});
