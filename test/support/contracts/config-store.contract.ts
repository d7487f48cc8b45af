import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { PartnerConfig } from '../../../shared/schema/partner';
import { RunRecord } from '../../../shared/schema/run';
import { SourceConfig } from '../../../shared/schema/source';
import { SyndicationRecord, type SyndicationStatus } from '../../../shared/schema/syndication';
import type { InstantClock } from '../instant-clock';

const source = (id: string) =>
  SourceConfig.parse({ id, kind: 'greenhouse', boardToken: id, company: { name: 'Acme' } });
const partner = (id: string) =>
  PartnerConfig.parse({ id, name: id, format: 'json', delivery: 'feed', feed: { apiKeyRef: `secret:${id}-key` } });
const run = (id: string, sourceId: string, startedAt: string) =>
  RunRecord.parse({ id, sourceId, status: 'succeeded', startedAt, counts: {} });
const syndication = (
  postingId: string,
  partnerId: string,
  status: SyndicationStatus,
  updatedAt = '2026-03-01T09:00:00.000Z',
) =>
  SyndicationRecord.parse({
    id: `${postingId}__${partnerId}`,
    postingId,
    partnerId,
    status,
    desired: 'publish',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt,
  });

/** Sources, partners, runs, syndication records and processed-event markers: part of the PostingStore contract. */
export function describeConfigStoreContract(getStore: () => PostingStore, getClock: () => InstantClock): void {
  describe('sources and partners', () => {
    it('stores configurations with default health and keeps health when a configuration is re-applied', async () => {
      const store = getStore();
      await store.putSource(source('acme'), '2026-03-01T09:00:00.000Z');
      expect((await store.getSource('acme'))?.health.consecutiveFailures).toBe(0);
      const health = { ...(await store.getSource('acme'))!.health, consecutiveFailures: 2, lastRunId: 'r1' };
      await store.updateSourceHealth('acme', health);
      await store.putSource({ ...source('acme'), refreshEveryMinutes: 60 }, '2026-03-02T09:00:00.000Z');
      const stored = await store.getSource('acme');
      expect(stored).toEqual({
        config: { ...source('acme'), refreshEveryMinutes: 60 },
        health,
        updatedAt: '2026-03-02T09:00:00.000Z',
      });
      await store.putSource(source('beta'), '2026-03-01T09:00:00.000Z');
      expect((await store.listSources()).map((s) => s.config.id)).toEqual(['acme', 'beta']);
      await store.deleteSource('acme');
      expect(await store.getSource('acme')).toBeNull();
    });

    it('refuses to record the health of a source that does not exist', async () => {
      const health = {
        lastRunId: null,
        lastRunAt: null,
        lastSuccessAt: null,
        consecutiveFailures: 0,
        lastError: null,
        postingsCount: 0,
        validators: {},
      };
      await expect(getStore().updateSourceHealth('ghost', health)).rejects.toMatchObject({ code: 'STORE.NOT_FOUND' });
    });

    it('stores partners with their health', async () => {
      const store = getStore();
      await store.putPartner(partner('jobs-board'), '2026-03-01T09:00:00.000Z');
      const health = { ...(await store.getPartner('jobs-board'))!.health, feedKeyHash: 'abc' };
      await store.updatePartnerHealth('jobs-board', health);
      await store.putPartner(partner('jobs-board'), '2026-03-02T09:00:00.000Z');
      expect((await store.getPartner('jobs-board'))?.health.feedKeyHash).toBe('abc');
      expect((await store.listPartners()).map((p) => p.config.id)).toEqual(['jobs-board']);
      await store.deletePartner('jobs-board');
      expect(await store.listPartners()).toEqual([]);
    });
  });

  describe('runs', () => {
    it('lists the most recent runs first, of one source or of all', async () => {
      const store = getStore();
      await store.putRun(run('r1', 'acme', '2026-03-01T09:00:00.000Z'));
      await store.putRun(run('r2', 'beta', '2026-03-01T10:00:00.000Z'));
      await store.putRun(run('r3', 'acme', '2026-03-01T11:00:00.000Z'));
      expect((await store.listRuns({ sourceId: 'acme', limit: 10 })).map((r) => r.id)).toEqual(['r3', 'r1']);
      expect((await store.listRuns({ limit: 2 })).map((r) => r.id)).toEqual(['r3', 'r2']);
      expect(await store.getRun('r2')).toEqual(run('r2', 'beta', '2026-03-01T10:00:00.000Z'));
    });
  });

  describe('syndication records', () => {
    it('creates and changes a record read-modify-write, and leaves it as it is when the update returns null', async () => {
      const store = getStore();
      const created = await store.updateSyndication(
        'p1',
        'board',
        (current) => current ?? syndication('p1', 'board', 'pending'),
      );
      expect(created?.status).toBe('pending');
      const live = await store.updateSyndication('p1', 'board', (current) => ({
        ...current!,
        status: 'live',
        deliveredVersion: 3,
      }));
      expect(live).toMatchObject({ status: 'live', deliveredVersion: 3 });
      expect(await store.updateSyndication('p1', 'board', () => null)).toEqual(live);
      expect(await store.getSyndication('p1', 'board')).toEqual(live);
    });

    it('serialises concurrent updates of one record', async () => {
      const store = getStore();
      await store.updateSyndication('p1', 'board', () => syndication('p1', 'board', 'pending'));
      await Promise.all(
        Array.from({ length: 5 }, () =>
          store.updateSyndication('p1', 'board', (current) => ({ ...current!, attempts: current!.attempts + 1 })),
        ),
      );
      expect((await store.getSyndication('p1', 'board'))?.attempts).toBe(5);
    });

    it('lists records by posting, partner, status and update time, in pages', async () => {
      const store = getStore();
      for (const [postingId, partnerId, status, at] of [
        ['p1', 'a', 'live', '2026-03-01T09:00:00.000Z'],
        ['p2', 'a', 'live', '2026-03-02T09:00:00.000Z'],
        ['p3', 'a', 'rejected', '2026-03-03T09:00:00.000Z'],
        ['p1', 'b', 'live', '2026-03-04T09:00:00.000Z'],
      ] as const) {
        await store.updateSyndication(postingId, partnerId, () => syndication(postingId, partnerId, status, at));
      }
      const first = await store.listSyndications({ partnerId: 'a', status: 'live', limit: 1 });
      const second = await store.listSyndications({
        partnerId: 'a',
        status: 'live',
        limit: 1,
        cursor: first.nextCursor,
      });
      expect([...first.items, ...second.items].map((r) => r.postingId)).toEqual(['p1', 'p2']);
      expect(second.nextCursor).toBeNull();
      expect((await store.listSyndications({ postingId: 'p1' })).items.map((r) => r.partnerId)).toEqual(['a', 'b']);
      const recent = await store.listSyndications({ partnerId: 'a', updatedSince: '2026-03-02T00:00:00Z' });
      expect(recent.items.map((r) => r.postingId)).toEqual(['p2', 'p3']);
      expect(await store.syndicationStats?.('a')).toEqual({ live: 2, lastUpdatedAt: '2026-03-03T09:00:00.000Z' });
    });
  });

  describe('stale syndication records (the stuck-syndication sweep)', () => {
    it('lists records left in a status since before an instant, least recently updated first, in pages', async () => {
      const store = getStore();
      for (const [postingId, partnerId, status, at] of [
        ['p1', 'a', 'pending', '2026-03-01T09:30:00.000Z'],
        ['p2', 'b', 'pending', '2026-03-01T09:10:00.000Z'],
        ['p3', 'a', 'pending', '2026-03-01T09:10:00.000Z'],
        ['p4', 'a', 'pending', '2026-03-01T10:00:00.000Z'],
        ['p5', 'a', 'live', '2026-03-01T08:00:00.000Z'],
        ['p6', 'a', 'failed', '2026-03-01T08:00:00.000Z'],
      ] as const) {
        await store.updateSyndication(postingId, partnerId, () => syndication(postingId, partnerId, status, at));
      }
      const query = { status: 'pending' as const, updatedBefore: '2026-03-01T10:00:00.000Z', limit: 2 };
      const first = await store.listStaleSyndications(query);
      const second = await store.listStaleSyndications({ ...query, cursor: first.nextCursor });
      // oldest update first, ties in id order; p4 (updated at the instant itself) and settled records are not stale
      expect([...first.items, ...second.items].map((r) => r.id)).toEqual(['p2__b', 'p3__a', 'p1__a']);
      expect(second.nextCursor).toBeNull();
      const failed = await store.listStaleSyndications({ ...query, status: 'failed' });
      expect(failed.items.map((r) => r.id)).toEqual(['p6__a']);
    });
  });

  describe('processed-event markers', () => {
    it('claims an event once per consumer, until released or expired', async () => {
      const store = getStore();
      expect(await store.claimEvent('deliver', 'e1', 60)).toBe(true);
      expect(await store.claimEvent('deliver', 'e1', 60)).toBe(false);
      expect(await store.claimEvent('feeds', 'e1', 60)).toBe(true);
      await store.releaseEvent('deliver', 'e1');
      expect(await store.claimEvent('deliver', 'e1', 60)).toBe(true);
      getClock().advance(61_000);
      expect(await store.claimEvent('deliver', 'e1', 60)).toBe(true);
    });

    it('tells which of many events hold an unexpired claim in one read, past one read chunk', async () => {
      const store = getStore();
      // 320 ids: more than one 300-document `getAll` chunk (store-limits READ_CHUNK)
      const ids = Array.from({ length: 320 }, (_, i) => `lease-${String(i).padStart(3, '0')}`);
      const claimed = ids.filter((_, i) => i % 7 === 0 || i === 319);
      await Promise.all(claimed.map((id) => store.claimEvent('lease', id, 60)));
      await store.claimEvent('lease', 'short', 10);
      await store.claimEvent('other', 'lease-001', 60);
      await store.releaseEvent('lease', 'lease-007');
      getClock().advance(11_000);
      const held = await store.heldEvents!('lease', [...ids, 'short', 'lease-000', 'never']);
      // released, expired, another consumer's and unclaimed ids are not held; a repeated id counts once
      expect([...held].sort()).toEqual(claimed.filter((id) => id !== 'lease-007'));
      expect(await store.heldEvents!('lease', [])).toEqual(new Set());
    });

    it('lets exactly one of many concurrent claims win', async () => {
      const store = getStore();
      const claims = await Promise.all(Array.from({ length: 6 }, () => store.claimEvent('deliver', 'e2', 60)));
      expect(claims.filter(Boolean)).toHaveLength(1);
    });
  });
}
