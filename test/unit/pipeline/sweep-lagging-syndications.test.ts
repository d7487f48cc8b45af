import type { BusMessage } from '../../../shared/ports/event-bus.port';
import type { LogFields } from '../../../shared/ports/logger.port';
import type { PostingQuery, PostingStore } from '../../../shared/ports/posting-store.port';
import {
  PartnerConfig,
  PartnerHealth,
  type PartnerConfigInput,
  type StoredPartner,
} from '../../../shared/schema/partner';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import type { SyndicationRecord } from '../../../shared/schema/syndication';
import { newRecord, settle, recordRequest } from '../../../shared/pipeline/syndication-record';
import { LAGGING_SWEEP_MARK } from '../../../shared/pipeline/sweep-lagging-syndications';
import { sweepStuckSyndications, SYNDICATION_STUCK_EVENT } from '../../../shared/pipeline/sweep-syndications';
import { createInstantClock } from '../../support/instant-clock';
import { recordOf, syntheticPosting } from '../../support/posting-records';
import { busDyingAt } from '../../support/dying-bus';
import { recordingLogger } from '../../support/recording-logger';
import { slowSyndicationWrites } from '../../support/slow-writes';

/** The sweep's second pass (pairs left behind their posting) and its batching of re-sends, on fakes. */

const MINUTE = 60_000;
const STUCK = { stuckAfterMs: 20 * MINUTE };
const limits = { historyLimit: 50, appliedEventLimit: 20 };

const PARTNERS: Record<string, PartnerConfigInput> = {
  hook: {
    id: 'hook',
    name: 'Hook',
    format: 'webhook',
    delivery: 'webhook',
    webhook: { url: 'https://hook.example/in', secretRef: 'secret:hook' },
  },
  google: {
    id: 'google',
    name: 'Google',
    format: 'jsonld',
    delivery: 'indexing',
    indexing: { jobPageBaseUrl: 'https://jobs.acme.example' },
  },
  feed: { id: 'feed', name: 'Feed', format: 'json', delivery: 'feed', feed: { apiKeyRef: 'secret:feed' } },
};

function fakeWorld() {
  const clock = createInstantClock(new Date('2026-03-01T12:00:00Z'));
  const postings = new Map<string, PostingRecord>();
  const records = new Map<string, SyndicationRecord>();
  const marks = new Map<string, string>();
  const published: BusMessage[] = [];
  /** postings whose records the sweep read */
  const examined: string[] = [];
  /** the sweep's reads of records: the postings each one asked for */
  const reads: string[][] = [];
  const lines: Array<{ level: string; fields: LogFields }> = [];
  const partners = new Map<string, StoredPartner>(
    Object.entries(PARTNERS).map(([id, config]) => [
      id,
      { config: PartnerConfig.parse(config), health: PartnerHealth.parse({}), updatedAt: clock.now().toISOString() },
    ]),
  );
  const byChange = (a: PostingRecord, b: PostingRecord) =>
    a.lastChangedAt.localeCompare(b.lastChangedAt) || a.id.localeCompare(b.id);
  const store = {
    getPartner: async (id: string) => partners.get(id) ?? null,
    hasEvent: async () => false,
    listStaleSyndications: async (q: { status: string; updatedBefore: string; limit: number; cursor?: string }) => {
      const after = [...records.values()]
        .filter((r) => r.status === q.status && r.updatedAt < q.updatedBefore)
        .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id))
        .filter((r) => !q.cursor || `${r.updatedAt}|${r.id}` > q.cursor);
      const items = after.slice(0, q.limit);
      const last = items.at(-1);
      return { items, nextCursor: after.length > q.limit && last ? `${last.updatedAt}|${last.id}` : null };
    },
    listSyndicationsOfPostings: async (postingIds: readonly string[]) => {
      reads.push([...postingIds]);
      examined.push(...postingIds);
      const byPosting = new Map<string, SyndicationRecord[]>();
      for (const r of [...records.values()].sort((a, b) => a.id.localeCompare(b.id)))
        if (postingIds.includes(r.postingId)) byPosting.set(r.postingId, [...(byPosting.get(r.postingId) ?? []), r]);
      return byPosting;
    },
    getSweepMark: async (name: string) => marks.get(name) ?? null,
    advanceSweepMark: async (name: string, value: string) => {
      if ((marks.get(name) ?? '') >= value) return false;
      marks.set(name, value);
      return true;
    },
    queryPostings: async (q: PostingQuery) => {
      const after = q.cursor ?? '';
      const matching = [...postings.values()]
        .filter((p) => (!q.changedSince || p.lastChangedAt >= q.changedSince) && p.lastChangedAt < q.changedBefore!)
        .sort(byChange)
        .filter((p) => `${p.lastChangedAt} ${p.id}` > after);
      const items = matching.slice(0, q.limit);
      const last = items.at(-1);
      return { items, nextCursor: matching.length > items.length && last ? `${last.lastChangedAt} ${last.id}` : null };
    },
    updateSyndication: async (
      postingId: string,
      partnerId: string,
      update: (c: SyndicationRecord | null) => SyndicationRecord | null,
    ) => {
      const id = `${postingId}__${partnerId}`;
      const next = update(records.get(id) ?? null);
      if (next) records.set(id, structuredClone(next));
      return records.get(id) ?? null;
    },
  } as unknown as PostingStore;
  let publishFails = false;
  const bus = {
    publish: async (_topic: string, message: BusMessage) => {
      if (publishFails) throw new Error('bus down');
      published.push(message);
      return String(published.length);
    },
  };
  const { logger } = recordingLogger(lines);
  const minutesAgo = (m: number) => new Date(clock.now().getTime() - m * MINUTE).toISOString();

  /** A posting at `version`, last changed `changedMinutesAgo`, open or closed. */
  const posting = (id: string, version: number, changedMinutesAgo: number, status: 'open' | 'closed' = 'open') => {
    const at = minutesAgo(changedMinutesAgo);
    const record = recordOf(syntheticPosting(Number(id.replace(/\D/g, '')) || 1), {
      id,
      version,
      lastChangedAt: at,
      status,
      ...(status === 'closed' ? { closedAt: at, closedReason: 'missing' as const } : {}),
    });
    postings.set(id, record);
    return record;
  };
  /** A pair that went live on `version` `minutesAgo` ago (or `status` with no version). */
  const pair = (postingId: string, partnerId: string, version: number | null, minutesAgoSettled: number) => {
    const at = minutesAgo(minutesAgoSettled);
    const base = newRecord(postingId, partnerId, 'publish', at);
    const goal =
      version === null
        ? { present: false as const, status: 'rejected' as const, reasons: [] }
        : { present: true as const, version };
    const record = settle(base, goal, `req_${postingId}`, at, limits);
    records.set(record.id, record);
    return record;
  };
  const deps = { store, bus, clock, logger };
  const sent = () =>
    published.map((m) => {
      const data = m.data as { partnerId: string; postingIds: string[] };
      return `${data.postingIds.join(',')}@${data.partnerId}`;
    });
  return {
    clock,
    postings,
    records,
    marks,
    published,
    examined,
    reads,
    lines,
    posting,
    pair,
    deps,
    sent,
    failPublishes: (v: boolean) => (publishFails = v),
    stuckLines: () => lines.filter((l) => l.fields.event === SYNDICATION_STUCK_EVENT),
  };
}

describe('the stuck-syndication sweep: pairs left behind their posting', () => {
  it('re-sends a pair live on an older version once the posting changed longer ago than the threshold', async () => {
    const world = fakeWorld();
    world.posting('p1', 2, 30);
    world.pair('p1', 'hook', 1, 60);
    const result = await sweepStuckSyndications(world.deps, STUCK);
    expect(world.sent()).toEqual(['p1@hook']);
    expect(world.published[0]?.orderingKey).toBe('p1__hook');
    expect(result).toMatchObject({ stuck: 1, lagging: 1, resent: 1, oldestPendingSeconds: 30 * 60 });
    const record = world.records.get('p1__hook')!;
    expect(record).toMatchObject({ status: 'pending', deliveredVersion: 1, desired: 'publish' });
    expect(record.resent).toEqual({ since: world.clock.now().toISOString(), count: 1, lastAt: record.updatedAt });
    expect(world.stuckLines()).toEqual([
      {
        level: 'warn',
        fields: expect.objectContaining({ partnerId: 'hook', lagging: 1, resent: 1, postingIds: ['p1'] }),
      },
    ]);
  });

  it('re-sends a live pair of a closed posting, so the partner withdraws it', async () => {
    const world = fakeWorld();
    world.posting('p2', 2, 25, 'closed');
    world.pair('p2', 'hook', 1, 90);
    expect(await sweepStuckSyndications(world.deps, STUCK)).toMatchObject({ lagging: 1, resent: 1 });
    expect(world.sent()).toEqual(['p2@hook']);
  });

  it('leaves pairs alone while the change is younger than the threshold, when in line, or when delivered since', async () => {
    const world = fakeWorld();
    world.posting('young', 2, 5);
    world.pair('young', 'hook', 1, 60);
    world.posting('inline', 3, 30);
    world.pair('inline', 'hook', 3, 29);
    // a delivery looked at the pair after the change (it failed or was refused): not a lost message
    world.posting('looked', 2, 40);
    world.pair('looked', 'hook', 1, 35);
    const result = await sweepStuckSyndications(world.deps, STUCK);
    expect(world.published).toEqual([]);
    expect(result.stuck).toBe(0);
    expect(world.records.get('young__hook')?.status).toBe('live');
  });

  it('settles a lagging feed pair in place, as the fan-out does, and alerts on it', async () => {
    const world = fakeWorld();
    world.posting('p3', 4, 30);
    world.pair('p3', 'feed', 3, 50);
    const result = await sweepStuckSyndications(world.deps, STUCK);
    expect(world.published).toEqual([]);
    expect(result).toMatchObject({ stuck: 1, lagging: 1, settled: 1, resent: 0 });
    expect(world.records.get('p3__feed')).toMatchObject({ status: 'live', deliveredVersion: 4 });
  });

  it('examines each changed posting once: the watermark moves past it, a later change brings it back', async () => {
    const world = fakeWorld();
    world.posting('p4', 2, 30);
    world.pair('p4', 'hook', 2, 29);
    await sweepStuckSyndications(world.deps, STUCK);
    expect(world.examined).toEqual(['p4']);
    expect(world.marks.get(LAGGING_SWEEP_MARK)).toBe(`${world.postings.get('p4')!.lastChangedAt} p4`);
    world.clock.advance(5 * MINUTE);
    await sweepStuckSyndications(world.deps, STUCK);
    expect(world.examined).toEqual(['p4']);
    // the fan-out of v3 is lost: once the change is older than the threshold, the pair is re-sent
    world.posting('p4', 3, 1);
    world.clock.advance(21 * MINUTE);
    await sweepStuckSyndications(world.deps, STUCK);
    expect(world.sent()).toEqual(['p4@hook']);
  });

  it('hands a lagging pair to the pending pass: same re-send cap, then ERROR alerts', async () => {
    const world = fakeWorld();
    world.posting('p5', 2, 30);
    world.pair('p5', 'hook', 1, 60);
    const rounds: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      const r = await sweepStuckSyndications(world.deps, { ...STUCK, maxResends: 2 });
      rounds.push(`lagging ${r.lagging} resent ${r.resent} abandoned ${r.abandoned}`);
      world.clock.advance(21 * MINUTE);
    }
    expect(rounds).toEqual([
      'lagging 1 resent 1 abandoned 0',
      'lagging 0 resent 1 abandoned 0',
      'lagging 0 resent 0 abandoned 1',
      'lagging 0 resent 0 abandoned 1',
    ]);
    expect(world.stuckLines().map((l) => l.level)).toEqual(['warn', 'warn', 'error', 'error']);
  });

  it('keeps a lagging pair pending when its re-send cannot be published, for the next sweep to send', async () => {
    const world = fakeWorld();
    world.posting('p6', 2, 30);
    world.pair('p6', 'hook', 1, 60);
    world.failPublishes(true);
    expect(await sweepStuckSyndications(world.deps, STUCK)).toMatchObject({ lagging: 1, failed: 1 });
    expect(world.records.get('p6__hook')).toMatchObject({ status: 'pending' });
    expect(world.records.get('p6__hook')?.resent).toBeUndefined();
    world.failPublishes(false);
    world.clock.advance(MINUTE);
    expect(await sweepStuckSyndications(world.deps, STUCK)).toMatchObject({ resent: 1 });
    expect(world.sent()).toEqual(['p6@hook']);
  });

  it('examines at most maxPostings per sweep; the next sweep continues from the watermark', async () => {
    const world = fakeWorld();
    for (let i = 1; i <= 5; i += 1) {
      world.posting(`q${i}`, 2, 60 - i);
      world.pair(`q${i}`, 'hook', 1, 90);
    }
    await sweepStuckSyndications(world.deps, { ...STUCK, batchSize: 2, maxPostings: 3 });
    expect(world.sent()).toEqual(['q1@hook', 'q2@hook', 'q3@hook']);
    await sweepStuckSyndications(world.deps, { ...STUCK, batchSize: 2, maxPostings: 3 });
    expect(world.sent()).toEqual(['q1@hook', 'q2@hook', 'q3@hook', 'q4@hook', 'q5@hook']);
  });
});

describe('the lagging pass reading records', () => {
  it('reads the next page while it handles this one', async () => {
    const world = fakeWorld();
    for (let i = 1; i <= 4; i += 1) {
      world.posting(`q${i}`, 2, 60 - i);
      world.pair(`q${i}`, 'hook', 1, 90);
    }
    const store = world.deps.store;
    const readsAtWrite: number[] = [];
    const watched = {
      ...store,
      updateSyndication: async (...args: Parameters<PostingStore['updateSyndication']>) => {
        readsAtWrite.push(world.reads.length);
        await new Promise((resolve) => setImmediate(resolve));
        return store.updateSyndication(...args);
      },
    } as PostingStore;
    await sweepStuckSyndications({ ...world.deps, store: watched }, { ...STUCK, batchSize: 2, concurrency: 1 });
    // the first page's first write already finds the second page read
    expect(readsAtWrite[0]).toBe(2);
    expect(world.sent()).toEqual(['q1@hook', 'q2@hook', 'q3@hook', 'q4@hook']);
  });

  it('reads the records of a whole page of changed postings in one store call, not one per posting', async () => {
    const world = fakeWorld();
    for (let i = 1; i <= 5; i += 1) {
      world.posting(`q${i}`, 2, 60 - i);
      world.pair(`q${i}`, 'hook', 1, 90);
      world.pair(`q${i}`, 'google', 2, 30);
    }
    await sweepStuckSyndications(world.deps, { ...STUCK, batchSize: 3 });
    expect(world.reads).toEqual([
      ['q1', 'q2', 'q3'],
      ['q4', 'q5'],
    ]);
    // the hook pairs lag (v1 of v2); the google pairs went live on v2 after the change
    expect(world.sent()).toEqual(['q1@hook', 'q2@hook', 'q3@hook', 'q4@hook', 'q5@hook']);
  });
});

describe('the lagging pass on a time budget', () => {
  it('starts no page once the budget is spent; its mark stands after the last page handled and the next sweep goes on from there', async () => {
    const world = fakeWorld();
    for (let i = 1; i <= 5; i += 1) {
      world.posting(`q${i}`, 2, 60 - i);
      world.pair(`q${i}`, 'hook', 1, 90);
    }
    const deps = { ...world.deps, store: slowSyndicationWrites(world.deps.store, world.clock) };
    const options = { ...STUCK, budgetMs: 2_000, concurrency: 1, batchSize: 2 };
    expect(await sweepStuckSyndications(deps, options)).toMatchObject({ lagging: 2, complete: false });
    expect(world.sent()).toEqual(['q1@hook', 'q2@hook']);
    expect(world.marks.get(LAGGING_SWEEP_MARK)).toMatch(/ q2$/);
    world.clock.advance(5 * MINUTE);
    await sweepStuckSyndications(deps, options);
    world.clock.advance(5 * MINUTE);
    expect(await sweepStuckSyndications(deps, options)).toMatchObject({ complete: true });
    // each lagging pair re-sent and alerted once; no sweep reads ahead a page its budget has no room for, so
    // each posting's records are read once (a page after the mark starts with the posting at the mark, left out)
    expect(world.reads).toEqual([['q1', 'q2'], ['q3'], ['q4', 'q5']]);
    expect(world.sent()).toEqual(['q1@hook', 'q2@hook', 'q3@hook', 'q4@hook', 'q5@hook']);
    expect(world.stuckLines().flatMap((l) => l.fields.postingIds as string[])).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
  });

  it('gets its share of the budget however many stuck pending pairs come first, and the pending pass goes on after it', async () => {
    const world = fakeWorld();
    for (let i = 1; i <= 3; i += 1) {
      world.posting(`q${i}`, 2, 60 - i);
      world.pair(`q${i}`, 'hook', 1, 90);
    }
    // more stuck pending pairs than the whole budget can handle
    const at = new Date(world.clock.now().getTime() - 40 * MINUTE).toISOString();
    for (let i = 0; i < 20; i += 1) {
      const record = recordRequest(newRecord(`s${i}`, 'hook', 'publish', at), 'publish', `req_${i}`, at, limits);
      world.records.set(record.id, record);
    }
    const deps = { ...world.deps, store: slowSyndicationWrites(world.deps.store, world.clock) };
    const result = await sweepStuckSyndications(deps, { ...STUCK, budgetMs: 14_000, concurrency: 1, batchSize: 5 });
    const lagging = world.sent().filter((p) => p.startsWith('q'));
    const pending = world.sent().filter((p) => p.startsWith('s'));
    // the pending pass's first page (5 s) leaves 2 s of its half, too little for another; the lagging pass then
    // finishes (3 s); the pending pass goes on with what is left (6 s) for one more page, and stops with 1 s left
    expect(lagging).toEqual(['q1@hook', 'q2@hook', 'q3@hook']);
    expect(pending).toHaveLength(10);
    expect(result).toMatchObject({ lagging: 3, resent: 13, complete: false });
    expect(world.lines.find((l) => l.fields.event === 'syndication_sweep_incomplete')?.fields).toMatchObject({
      reason: 'budget',
      pendingPairsHandled: 10,
      pendingPairsLeft: true,
      laggingPostingsExamined: 3,
      laggingPostingsLeft: false,
    });
  });

  it('starts no page its budget has no room for, and reads no page ahead that it would not start', async () => {
    const world = fakeWorld();
    for (let i = 1; i <= 10; i += 1) {
      world.posting(`q${i}`, 2, 60 - i);
      world.pair(`q${i}`, 'hook', 1, 90);
    }
    const deps = { ...world.deps, store: slowSyndicationWrites(world.deps.store, world.clock) };
    await sweepStuckSyndications(deps, { ...STUCK, budgetMs: 5_000, concurrency: 1, batchSize: 2 });
    // pages of 2 s: the first has no measure, so nothing is read ahead; the second starts with 3 s left, too
    // little for two pages, so nothing is read ahead either; a third would start with 1 s left: not started
    expect(world.reads).toEqual([
      ['q1', 'q2'],
      ['q3', 'q4'],
    ]);
    expect(world.sent()).toEqual(['q1@hook', 'q2@hook', 'q3@hook', 'q4@hook']);
    const incomplete = world.lines.find((l) => l.fields.event === 'syndication_sweep_incomplete')?.fields;
    expect(incomplete).toMatchObject({ reason: 'budget', elapsedMs: 4_000, laggingPostingsExamined: 4 });
  });

  it('does not read the records of a page read ahead once the budget ran out while it was read', async () => {
    const world = fakeWorld();
    // a quick first page (one lagging pair a posting), then a slow one (three a posting), then more
    for (let i = 1; i <= 6; i += 1) {
      world.posting(`q${i}`, 2, 60 - i);
      for (const partnerId of i > 2 && i <= 4 ? ['hook', 'google', 'feed'] : ['hook'])
        world.pair(`q${i}`, partnerId, 1, 90);
    }
    const slow = slowSyndicationWrites(world.deps.store, world.clock);
    const queries: string[] = [];
    const store = Object.assign(Object.create(slow) as PostingStore, {
      // the query answers after the page being handled has finished (a macrotask later)
      queryPostings: async (q: PostingQuery) => {
        queries.push(q.cursor ?? 'start');
        await new Promise((resolve) => setTimeout(resolve, 0));
        return slow.queryPostings(q);
      },
    });
    await sweepStuckSyndications({ ...world.deps, store }, { ...STUCK, budgetMs: 7_000, concurrency: 1, batchSize: 2 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    // page 1 (2 s) measures 2 s; page 2 starts with 5 s left, room for two such pages, so page 3 is read ahead;
    // but page 2 takes 6 s and the budget runs out while page 3 is queried: its records are never read
    expect(queries).toHaveLength(3);
    expect(world.reads).toEqual([
      ['q1', 'q2'],
      ['q3', 'q4'],
    ]);
    expect(world.marks.get(LAGGING_SWEEP_MARK)).toMatch(/ q4$/);
  });

  it('neither alerts on nor acts on a lagging pair delivered after the sweep read it: it is not stuck', async () => {
    const world = fakeWorld();
    world.posting('p1', 2, 30);
    world.pair('p1', 'hook', 1, 60);
    world.posting('p2', 2, 29);
    world.pair('p2', 'hook', 1, 60);
    const store = world.deps.store;
    const racing = {
      ...store,
      listSyndicationsOfPostings: async (ids: readonly string[]) => {
        const records = await store.listSyndicationsOfPostings(ids);
        // the lost fan-out's redelivery brings p1 in line between the sweep's read and its claim
        const delivered = settle(
          world.records.get('p1__hook')!,
          { present: true, version: 2 },
          'evt',
          world.clock.now().toISOString(),
          limits,
        );
        world.records.set('p1__hook', delivered);
        return records;
      },
    } as PostingStore;
    const result = await sweepStuckSyndications({ ...world.deps, store: racing }, STUCK);
    expect(world.sent()).toEqual(['p2@hook']);
    expect(result).toMatchObject({ lagging: 1, resent: 1, skipped: 1 });
    expect(world.stuckLines().flatMap((l) => l.fields.postingIds as string[])).toEqual(['p2']);
    expect(world.records.get('p1__hook')).toMatchObject({ status: 'live', deliveredVersion: 2 });
  });

  it('has alerted on a page before acting on it: a sweep killed mid-page leaves no touched pair without an alert', async () => {
    const world = fakeWorld();
    for (let i = 1; i <= 6; i += 1) {
      world.posting(`k${i}`, 2, 60 - i);
      world.pair(`k${i}`, 'hook', 1, 90);
    }
    // the process dies during the third re-send: that publish never returns, nothing after it runs
    const { bus, dead } = busDyingAt(world.deps.bus, 3);
    void sweepStuckSyndications({ ...world.deps, bus }, { ...STUCK, concurrency: 2 });
    await dead;
    const touched = [...world.records.values()].filter((r) => r.status === 'pending').map((r) => r.postingId);
    expect(touched.length).toBeGreaterThanOrEqual(3);
    const alerted = world.stuckLines().flatMap((l) => l.fields.postingIds as string[]);
    expect(alerted).toEqual(expect.arrayContaining(touched));
    expect(world.stuckLines().map((l) => l.fields)).toEqual([expect.objectContaining({ lagging: 6, resent: 6 })]);
  });
});

describe('the stuck-syndication sweep: re-sends batched as the original path batches them', () => {
  it('re-sends stuck Indexing API pairs of one request in one message, webhook pairs one per message', async () => {
    const world = fakeWorld();
    const at = new Date(world.clock.now().getTime() - 40 * MINUTE).toISOString();
    for (const id of ['a', 'b', 'c']) {
      for (const partnerId of ['google', 'hook']) {
        const record = recordRequest(newRecord(id, partnerId, 'publish', at), 'publish', 'req_1', at, limits);
        world.records.set(record.id, record);
      }
    }
    const other = recordRequest(newRecord('d', 'google', 'publish', at), 'publish', 'req_2', at, limits);
    world.records.set(other.id, other);
    const result = await sweepStuckSyndications(world.deps, STUCK);
    expect(result).toMatchObject({ stuck: 7, resent: 7 });
    expect(world.sent().sort()).toEqual(['a,b,c@google', 'a@hook', 'b@hook', 'c@hook', 'd@google']);
    const batch = world.published.find((m) => (m.data as { postingIds: string[] }).postingIds.length === 3);
    expect(batch?.data).toMatchObject({ cause: 'req_1' });
  });

  it('batches lagging Indexing API pairs found in one sweep', async () => {
    const world = fakeWorld();
    for (const id of ['g1', 'g2']) {
      world.posting(id, 2, 30);
      world.pair(id, 'google', 1, 60);
    }
    expect(await sweepStuckSyndications(world.deps, STUCK)).toMatchObject({ lagging: 2, resent: 2 });
    expect(world.sent()).toEqual(['g1,g2@google']);
  });

  it('takes back every mark of a batch whose publish failed', async () => {
    const world = fakeWorld();
    const at = new Date(world.clock.now().getTime() - 40 * MINUTE).toISOString();
    const before = ['a', 'b'].map((id) => {
      const record = recordRequest(newRecord(id, 'google', 'publish', at), 'publish', 'req_1', at, limits);
      world.records.set(record.id, record);
      return record;
    });
    world.failPublishes(true);
    expect(await sweepStuckSyndications(world.deps, STUCK)).toMatchObject({ failed: 2, resent: 0 });
    expect(before.map((r) => world.records.get(r.id))).toEqual(before);
  });
});
