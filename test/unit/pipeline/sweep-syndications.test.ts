import type { BusMessage } from '../../../shared/ports/event-bus.port';
import type { Logger, LogFields } from '../../../shared/ports/logger.port';
import type { PostingStore, StaleSyndicationQuery } from '../../../shared/ports/posting-store.port';
import { PartnerConfig, PartnerHealth, type StoredPartner } from '../../../shared/schema/partner';
import type { SyndicationRecord, SyndicationStatus } from '../../../shared/schema/syndication';
import { newRecord, transition } from '../../../shared/pipeline/syndication-record';
import { CONSUMER } from '../../../shared/pipeline/syndication-context';
import {
  pendingSince,
  sweepStuckSyndications,
  SYNDICATION_STUCK_EVENT,
} from '../../../shared/pipeline/sweep-syndications';
import { createInstantClock } from '../../support/instant-clock';
import { busDyingAt } from '../../support/dying-bus';
import { slowSyndicationWrites } from '../../support/slow-writes';

/** The stuck-syndication sweep's decisions, on an in-memory store and bus. */

const MINUTE = 60_000;
const limits = { historyLimit: 50, appliedEventLimit: 20 };

function fakeWorld() {
  const clock = createInstantClock(new Date('2026-03-01T09:00:00Z'));
  const records = new Map<string, SyndicationRecord>();
  const leases = new Set<string>();
  const published: BusMessage[] = [];
  const lines: Array<{ level: string; message: string; fields: LogFields }> = [];
  const partner: StoredPartner = {
    config: PartnerConfig.parse({
      id: 'board',
      name: 'Board',
      format: 'webhook',
      delivery: 'webhook',
      webhook: { url: 'https://board.example/hook', secretRef: 'secret:board' },
    }),
    health: PartnerHealth.parse({}),
    updatedAt: clock.now().toISOString(),
  };
  const store = {
    // no posting changed: the lagging pass finds nothing (its own tests: sweep-lagging-syndications.test.ts)
    async getSweepMark() {
      return null;
    },
    async advanceSweepMark() {
      return true;
    },
    async queryPostings() {
      return { items: [], nextCursor: null };
    },
    async getPartner(id: string) {
      return id === 'board' ? partner : null;
    },
    async hasEvent(consumer: string, id: string) {
      return consumer === CONSUMER.lease && leases.has(id);
    },
    async listStaleSyndications(query: StaleSyndicationQuery) {
      const matching = [...records.values()]
        .filter((r) => r.status === query.status && r.updatedAt < query.updatedBefore)
        .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
      // the cursor is the last record's (updatedAt, id), as in the real stores
      const after = matching.filter((r) => !query.cursor || `${r.updatedAt}|${r.id}` > query.cursor);
      const items = after.slice(0, query.limit);
      const last = items.at(-1);
      return { items, nextCursor: after.length > query.limit && last ? `${last.updatedAt}|${last.id}` : null };
    },
    async updateSyndication(
      postingId: string,
      partnerId: string,
      update: (c: SyndicationRecord | null) => SyndicationRecord | null,
    ) {
      const id = `${postingId}__${partnerId}`;
      const next = update(records.get(id) ?? null);
      if (next) records.set(id, structuredClone(next));
      return records.get(id) ?? null;
    },
  } as unknown as PostingStore;
  let publishFails = false;
  const bus = {
    async publish(_topic: string, message: BusMessage) {
      if (publishFails) throw new Error('bus down');
      published.push(message);
      return String(published.length);
    },
  };
  const logger: Logger = {
    debug: () => undefined,
    info: (message, fields = {}) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields = {}) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields = {}) => lines.push({ level: 'error', message, fields }),
    child: () => logger,
  };
  /** a record of `partnerId` that went to `status` `minutesAgo` ago and was never touched since */
  const put = (postingId: string, status: SyndicationStatus, minutesAgo: number, partnerId = 'board') => {
    const at = new Date(clock.now().getTime() - minutesAgo * MINUTE).toISOString();
    const fresh = newRecord(postingId, partnerId, 'publish', at);
    const record = transition(
      fresh,
      { status, cause: `req_${postingId}`, now: at, version: status === 'live' ? 1 : null },
      limits,
    );
    records.set(record.id, record);
    return record;
  };
  const deps = { store, bus, clock, logger };
  const stuckLines = () => lines.filter((l) => l.fields.event === SYNDICATION_STUCK_EVENT);
  return {
    clock,
    records,
    leases,
    published,
    lines,
    put,
    deps,
    stuckLines,
    failPublishes: (v: boolean) => (publishFails = v),
  };
}

const sentPairs = (published: BusMessage[]) =>
  published.map((m) => {
    const data = m.data as { partnerId: string; postingIds: string[]; cause: string };
    return `${data.postingIds.join(',')}@${data.partnerId} cause ${data.cause}`;
  });

describe('the stuck-syndication sweep', () => {
  it('re-sends the delivery request of a pending pair older than the threshold, with its original cause', async () => {
    const world = fakeWorld();
    world.put('old', 'pending', 30);
    const result = await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE });
    expect(sentPairs(world.published)).toEqual(['old@board cause req_old']);
    expect(world.published[0]?.attributes).toEqual({ kind: 'syndication.sync', partnerId: 'board' });
    expect(result).toMatchObject({ stuck: 1, resent: 1, abandoned: 0, failed: 0, oldestPendingSeconds: 30 * 60 });
    expect(world.records.get('old__board')?.resent).toEqual({
      since: new Date(world.clock.now().getTime() - 30 * MINUTE).toISOString(),
      count: 1,
      lastAt: world.clock.now().toISOString(),
    });
  });

  it('leaves young pending pairs and settled pairs alone', async () => {
    const world = fakeWorld();
    world.put('young', 'pending', 5);
    for (const status of ['live', 'failed', 'rejected', 'withdrawn'] as const) world.put(status, status, 600);
    const result = await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE });
    expect(world.published).toEqual([]);
    expect(result.stuck).toBe(0);
    expect(world.stuckLines()).toEqual([]);
  });

  it('leaves a pair whose delivery lease is held: it is being delivered right now', async () => {
    const world = fakeWorld();
    const record = world.put('busy', 'pending', 30);
    world.leases.add(record.id);
    const result = await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE });
    expect(world.published).toEqual([]);
    expect(result).toMatchObject({ stuck: 0, skipped: 1 });
    expect(world.stuckLines()).toEqual([]);
  });

  it("reads a page's delivery leases in one store call, not one read per pair, and leaves the leased pairs", async () => {
    const world = fakeWorld();
    for (let i = 0; i < 5; i += 1) world.put(`p${i}`, 'pending', 40 - i);
    world.leases.add('p3__board');
    const reads: string[][] = [];
    const store = {
      ...world.deps.store,
      hasEvent: undefined,
      heldEvents: async (consumer: string, ids: readonly string[]) => {
        reads.push([...ids]);
        return new Set(ids.filter((id) => consumer === CONSUMER.lease && world.leases.has(id)));
      },
    } as unknown as PostingStore;
    const result = await sweepStuckSyndications({ ...world.deps, store }, { stuckAfterMs: 20 * MINUTE, batchSize: 3 });
    expect(reads).toEqual([
      ['p0__board', 'p1__board', 'p2__board'],
      ['p3__board', 'p4__board'],
    ]);
    expect(sentPairs(world.published).map((p) => p.split('@')[0])).toEqual(['p0', 'p1', 'p2', 'p4']);
    expect(result).toMatchObject({ resent: 4, skipped: 1 });
  });

  it('re-sends a pair again only after another threshold without an update', async () => {
    const world = fakeWorld();
    world.put('old', 'pending', 30);
    await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE });
    world.clock.advance(5 * MINUTE);
    await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE });
    expect(world.published).toHaveLength(1);
    world.clock.advance(16 * MINUTE);
    await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE });
    expect(world.published).toHaveLength(2);
    expect(world.records.get('old__board')?.resent?.count).toBe(2);
  });

  it('stops re-sending after maxResends and then alerts at ERROR once per threshold', async () => {
    const world = fakeWorld();
    world.put('lost', 'pending', 30);
    for (let sweep = 0; sweep < 5; sweep += 1) {
      await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE, maxResends: 2 });
      world.clock.advance(21 * MINUTE);
    }
    expect(world.published).toHaveLength(2);
    expect(world.stuckLines().map((l) => [l.level, l.fields.resent, l.fields.abandoned])).toEqual([
      ['warn', 1, 0],
      ['warn', 1, 0],
      ['error', 0, 1],
      ['error', 0, 1],
      ['error', 0, 1],
    ]);
  });

  it('reports an abandoned pair once per threshold, so abandoned pairs never crowd newer stuck ones out', async () => {
    const world = fakeWorld();
    for (let i = 0; i < 4; i += 1) world.put(`gone${i}`, 'pending', 120 + i, 'gone-partner');
    world.put('fresh', 'pending', 25);
    const bounded = { stuckAfterMs: 20 * MINUTE, maxPairs: 4, batchSize: 2 };
    expect(await sweepStuckSyndications(world.deps, bounded)).toMatchObject({ abandoned: 4, resent: 0 });
    world.clock.advance(5 * MINUTE);
    expect(await sweepStuckSyndications(world.deps, bounded)).toMatchObject({ abandoned: 0, resent: 1 });
    expect(sentPairs(world.published)).toEqual(['fresh@board cause req_fresh']);
  });

  it('counts re-sends per pending spell: a pair pending again later may be re-sent again', async () => {
    const world = fakeWorld();
    const record = world.put('again', 'pending', 30);
    world.records.set(record.id, {
      ...record,
      resent: { since: '2026-01-01T00:00:00.000Z', count: 3, lastAt: '2026-01-01T01:00:00.000Z' },
    });
    await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE, maxResends: 3 });
    expect(world.published).toHaveLength(1);
  });

  it('alerts per partner with counts, the oldest age and some posting ids', async () => {
    const world = fakeWorld();
    world.put('a', 'pending', 40);
    world.put('b', 'pending', 25);
    world.put('c', 'pending', 90, 'gone-partner');
    const result = await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE });
    expect(result).toMatchObject({ stuck: 3, resent: 2, abandoned: 1, oldestPendingSeconds: 90 * 60 });
    const byPartner = Object.fromEntries(world.stuckLines().map((l) => [l.fields.partnerId, l]));
    expect(byPartner.board).toMatchObject({
      level: 'warn',
      fields: { stuck: 2, resent: 2, oldestPendingSeconds: 40 * 60, postingIds: ['a', 'b'] },
    });
    // a message for a partner that no longer exists would be dropped: not re-sent, alerted on
    expect(byPartner['gone-partner']).toMatchObject({ level: 'error', fields: { stuck: 1, abandoned: 1 } });
    expect(sentPairs(world.published).sort()).toEqual(['a@board cause req_a', 'b@board cause req_b']);
  });

  it('handles at most maxPairs per sweep, reading in pages; the next sweep continues', async () => {
    const world = fakeWorld();
    for (let i = 0; i < 7; i += 1) world.put(`p${i}`, 'pending', 30 + i);
    const first = await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE, batchSize: 2, maxPairs: 5 });
    expect(first.resent).toBe(5);
    // oldest first: the two youngest wait for the next sweep
    expect(
      sentPairs(world.published)
        .map((p) => p.split('@')[0])
        .sort(),
    ).toEqual(['p2', 'p3', 'p4', 'p5', 'p6']);
    const second = await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE, batchSize: 2, maxPairs: 5 });
    expect(second.resent).toBe(2);
  });

  it('takes back the mark of a re-send whose publish failed, so the next sweep tries again', async () => {
    const world = fakeWorld();
    const before = world.put('x', 'pending', 30);
    world.failPublishes(true);
    const result = await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE });
    expect(result).toMatchObject({ stuck: 1, failed: 1, resent: 0 });
    expect(world.records.get(before.id)).toEqual(before);
    expect(world.lines.map((l) => l.message)).toContain(
      'stuck syndications could not be re-sent; the next sweep tries again',
    );
    world.failPublishes(false);
    expect((await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE })).resent).toBe(1);
    // still stuck when the next sweep read it: alerted again
    expect(world.stuckLines().map((l) => l.fields.postingIds)).toEqual([['x'], ['x']]);
  });

  it('alerts on and re-sends the pairs of a page it claimed before the store failed, then fails', async () => {
    const world = fakeWorld();
    world.put('first', 'pending', 40);
    world.put('second', 'pending', 30);
    const store = world.deps.store;
    const failing = {
      ...store,
      // the store goes away after the oldest pair was claimed: the sweep's retry would find that pair
      // delivered, not stuck, so this sweep's own line is the only alert it gets; the pair it could not
      // claim is untouched and still stuck for the next sweep
      updateSyndication: async (...args: Parameters<PostingStore['updateSyndication']>) => {
        if (args[0] === 'second') throw new Error('Firestore unavailable');
        return store.updateSyndication(...args);
      },
    } as PostingStore;
    await expect(
      sweepStuckSyndications({ ...world.deps, store: failing }, { stuckAfterMs: 20 * MINUTE }),
    ).rejects.toThrow('Firestore unavailable');
    expect(sentPairs(world.published)).toEqual(['first@board cause req_first']);
    expect(world.stuckLines()).toHaveLength(1);
    expect(world.stuckLines()[0]?.fields).toMatchObject({ resent: 1, postingIds: ['first'] });
    expect(world.records.get('second__board')?.resent).toBeUndefined();
  });

  it('neither re-sends nor alerts on a pair that changed after the sweep read it: it is not stuck', async () => {
    const world = fakeWorld();
    const record = world.put('raced', 'pending', 30);
    const store = world.deps.store;
    const racing = {
      ...store,
      listStaleSyndications: async (q: StaleSyndicationQuery) => {
        const page = await store.listStaleSyndications(q);
        // a late delivery settles the pair between the read and the re-send
        world.records.set(record.id, { ...record, status: 'live', updatedAt: world.clock.now().toISOString() });
        return page;
      },
    } as PostingStore;
    const result = await sweepStuckSyndications({ ...world.deps, store: racing }, { stuckAfterMs: 20 * MINUTE });
    expect(world.published).toEqual([]);
    expect(result).toMatchObject({ stuck: 0, skipped: 1 });
    expect(world.stuckLines()).toEqual([]);
  });
});

describe('the stuck-syndication sweep on a time budget', () => {
  it('starts no page once the budget is spent, finishes the one in flight, says what is left, and the next sweep finishes: each pair alerted once', async () => {
    const world = fakeWorld();
    for (let i = 0; i < 7; i += 1) world.put(`p${i}`, 'pending', 30 + i);
    const deps = { ...world.deps, store: slowSyndicationWrites(world.deps.store, world.clock) };
    const options = { stuckAfterMs: 20 * MINUTE, budgetMs: 5_000, concurrency: 1, batchSize: 2 };

    // pages of two pairs, two seconds each: the second page starts at 2 s; a third would start at 4 s with 1 s
    // left, less than the last page took, so it is left for the next sweep and the budget is not overrun
    const first = await sweepStuckSyndications(deps, options);
    expect(first).toMatchObject({ resent: 4, complete: false });
    const incomplete = world.lines.filter((l) => l.fields.event === 'syndication_sweep_incomplete');
    expect(incomplete).toEqual([
      expect.objectContaining({
        level: 'info',
        fields: expect.objectContaining({
          reason: 'budget',
          elapsedMs: 4_000,
          pendingPairsHandled: 4,
          pendingPairsLeft: true,
        }),
      }),
    ]);

    // five minutes later (the scheduled interval): the pairs handled are no longer stale, the rest are
    world.clock.advance(5 * MINUTE);
    expect(await sweepStuckSyndications(deps, options)).toMatchObject({ resent: 3, complete: true });

    const alerted = world.stuckLines().flatMap((l) => l.fields.postingIds as string[]);
    expect(alerted).toEqual(['p6', 'p5', 'p4', 'p3', 'p2', 'p1', 'p0']);
    expect(sentPairs(world.published)).toHaveLength(7);
    expect([...world.records.values()].map((r) => r.resent?.count)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('reports each page as it finishes, so a sweep cut off later has already alerted on it', async () => {
    const world = fakeWorld();
    for (let i = 0; i < 4; i += 1) world.put(`p${i}`, 'pending', 30 + i);
    const store = world.deps.store;
    let secondRead!: () => void;
    const readingSecondPage = new Promise<void>((resolve) => (secondRead = resolve));
    let reads = 0;
    const dying = {
      ...store,
      // the process dies while reading the second page: nothing after this runs, not even the final report
      listStaleSyndications: async (q: StaleSyndicationQuery) => {
        reads += 1;
        if (reads < 2) return store.listStaleSyndications(q);
        secondRead();
        return new Promise<never>(() => undefined);
      },
    } as PostingStore;
    void sweepStuckSyndications({ ...world.deps, store: dying }, { stuckAfterMs: 20 * MINUTE, batchSize: 2 });
    await readingSecondPage;
    expect(world.stuckLines().map((l) => l.fields.postingIds)).toEqual([['p3', 'p2']]);
  });

  it('has alerted on a page before touching it: a sweep killed mid-page leaves no re-sent pair without an alert', async () => {
    const world = fakeWorld();
    for (let i = 0; i < 8; i += 1) world.put(`p${i}`, 'pending', 30 + i);
    // the process dies during the fourth re-send: that publish never returns, nothing after it runs
    const { bus, dead } = busDyingAt(world.deps.bus, 4);
    void sweepStuckSyndications({ ...world.deps, bus }, { stuckAfterMs: 20 * MINUTE, concurrency: 3 });
    await dead;
    // the pairs the dead sweep marked: no longer stale, so no later sweep finds them once they are delivered
    const marked = [...world.records.values()].filter((r) => r.resent).map((r) => r.postingId);
    expect(marked.length).toBeGreaterThanOrEqual(4);
    const alerted = world.stuckLines().flatMap((l) => l.fields.postingIds as string[]);
    expect(alerted).toEqual(expect.arrayContaining(marked));
    expect(world.stuckLines().map((l) => l.fields)).toEqual([expect.objectContaining({ stuck: 8, resent: 8 })]);
  });

  it('without a budget, says nothing about work left when it finished everything', async () => {
    const world = fakeWorld();
    world.put('old', 'pending', 30);
    expect(await sweepStuckSyndications(world.deps, { stuckAfterMs: 20 * MINUTE })).toMatchObject({ complete: true });
    expect(world.lines.filter((l) => l.fields.event === 'syndication_sweep_incomplete')).toEqual([]);
  });
});

describe('when a pending spell began', () => {
  it('is the oldest of the trailing pending history entries, or the creation without history', () => {
    const base = newRecord('p', 'board', 'publish', '2026-03-01T08:00:00.000Z');
    expect(pendingSince(base)).toBe('2026-03-01T08:00:00.000Z');
    const live = transition(base, { status: 'live', cause: 'a', now: '2026-03-01T08:10:00.000Z', version: 1 }, limits);
    const pending = transition(live, { status: 'pending', cause: 'b', now: '2026-03-01T08:20:00.000Z' }, limits);
    const retried = transition(
      pending,
      {
        status: 'pending',
        cause: 'b',
        now: '2026-03-01T08:30:00.000Z',
        reasons: [{ code: 'X', message: 'x', field: null }],
      },
      limits,
    );
    expect(pendingSince(retried)).toBe('2026-03-01T08:20:00.000Z');
  });
});
