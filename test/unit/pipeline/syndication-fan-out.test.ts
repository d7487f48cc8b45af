import { deliver } from '../../../shared/pipeline/deliver';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { newRecord } from '../../../shared/pipeline/syndication-record';
import { buildPostingEvent, DEFAULT_EVENT_BUDGET_BYTES } from '../../../shared/pipeline/posting-events';
import { feedPartner, fanOutWorld, type FanOutWorld, webhookPartner } from '../../support/fan-out-world';

/**
 * How the two fan-outs read and publish: a posting event's (to the partners its posting is on) and HR's request
 * (postings × partners). Each partner is read once, records in one batched read, and publishes overlap up to
 * `fanOutConcurrency` without losing one.
 */

const webhooks = (n: number) => Array.from({ length: n }, (_, i) => webhookPartner(`hook-${i + 1}`));

/** Posting p1 live on every partner at version 1; the posting has since moved to version 2. */
function liveEverywhere(world: FanOutWorld, partnerIds: string[]): void {
  const at = '2026-03-01T10:00:00.000Z';
  for (const partnerId of partnerIds)
    world.records.set(`p1__${partnerId}`, {
      ...newRecord('p1', partnerId, 'publish', at),
      status: 'live',
      deliveredVersion: 1,
    });
  world.postings.set('p1', { ...world.postings.get('p1')!, version: 2 });
}

/** The event announcing p1's version 2 (its id is the posting's id and version). */
const postingEvent = (world: FanOutWorld) =>
  buildPostingEvent({
    record: world.postings.get('p1')!,
    type: 'posting.updated',
    changedFields: ['title'],
    time: '2026-03-01T11:00:00.000Z',
    sourceBase: '//jobrelay',
    budgetBytes: DEFAULT_EVENT_BUDGET_BYTES,
  }).event;
const count = (calls: string[], method: string) => calls.filter((c) => c.startsWith(`${method} `)).length;

describe("a posting event's fan-out", () => {
  it('reads the records once, the posting once and each partner once, and publishes one message per called partner', async () => {
    const world = fanOutWorld([...webhooks(6), feedPartner('feed')], 1);
    liveEverywhere(world, [...webhooks(6).map((p) => p.id), 'feed']);
    const result = await deliver(world.deps, postingEvent(world));
    expect(result).toMatchObject({ ack: true, kind: 'posting-event', published: 6 });
    expect(result.pairs).toEqual([{ postingId: 'p1', partnerId: 'feed', outcome: 'settled', status: 'live' }]);
    expect(count(world.calls, 'listSyndications')).toBe(1);
    expect(count(world.calls, 'getPosting')).toBe(1);
    expect(world.calls.filter((c) => c.startsWith('getPartner')).sort()).toEqual(
      ['feed', ...webhooks(6).map((p) => p.id)].map((id) => `getPartner ${id}`).sort(),
    );
    expect(world.published.map((m) => m.partnerId).sort()).toEqual(
      webhooks(6)
        .map((p) => p.id)
        .sort(),
    );
    expect(world.records.get('p1__feed')).toMatchObject({ status: 'live', deliveredVersion: 2 });
  });

  it('keeps at most fanOutConcurrency publishes in flight, and more than one', async () => {
    const world = fanOutWorld(webhooks(7), 1, { fanOutConcurrency: 3 });
    liveEverywhere(
      world,
      webhooks(7).map((p) => p.id),
    );
    expect((await deliver(world.deps, postingEvent(world))).published).toBe(7);
    expect(world.maxInFlight()).toBe(3);
  });

  it('gives the claim back only after every publish in flight has settled when one fails, and the redelivery sends to all', async () => {
    const world = fanOutWorld(webhooks(4), 1);
    liveEverywhere(
      world,
      webhooks(4).map((p) => p.id),
    );
    world.failPublishesTo('hook-1');
    const failed = await deliver(world.deps, postingEvent(world));
    expect(failed).toMatchObject({ ack: false, kind: 'posting-event' });
    expect(world.calls.at(-1)).toBe(`releaseEvent ${postingEvent(world).id}`);
    expect(count(world.calls, 'publish')).toBe(3);
    world.healPublishes();
    expect(await deliver(world.deps, postingEvent(world))).toMatchObject({ ack: true, published: 4 });
    expect(world.published.filter((m) => m.partnerId === 'hook-1')).toHaveLength(1);
  });

  it('does nothing for an event it already fanned out', async () => {
    const world = fanOutWorld(webhooks(2), 1);
    liveEverywhere(world, ['hook-1', 'hook-2']);
    await deliver(world.deps, postingEvent(world));
    const before = world.calls.length;
    expect(await deliver(world.deps, postingEvent(world))).toMatchObject({
      ack: true,
      kind: 'duplicate',
      published: 0,
    });
    expect(world.calls.slice(before)).toEqual([`claimEvent ${postingEvent(world).id}`]);
  });
});

describe("HR's request fanned out over postings × partners", () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

  it('reads each partner once for the whole request and publishes every pending pair, overlapping the publishes', async () => {
    const world = fanOutWorld(webhooks(2), 250, { fanOutConcurrency: 4 });
    const result = await requestSyndication(world.deps, {
      postingIds: ids(250),
      partnerIds: ['hook-1', 'hook-2', 'hook-1'],
      action: 'publish',
    });
    expect(result).toMatchObject({ ok: true, messagesPublished: 500, counts: { pending: 500 } });
    expect(world.calls.filter((c) => c.startsWith('getPartner')).sort()).toEqual([
      'getPartner hook-1',
      'getPartner hook-1',
      'getPartner hook-2',
    ]);
    expect(count(world.calls, 'getPostings')).toBe(2);
    expect(new Set(world.published.map((m) => `${m.partnerId} ${m.postingIds.join()}`)).size).toBe(500);
    expect(world.maxInFlight()).toBe(4);
  });

  it('answers a withdrawal of pairs without a record from one batched read per partner and page, writing nothing', async () => {
    const world = fanOutWorld(webhooks(2), 250);
    world.records.set('p7__hook-2', {
      ...newRecord('p7', 'hook-2', 'publish', '2026-03-01T10:00:00.000Z'),
      status: 'live',
      deliveredVersion: 1,
    });
    const result = await requestSyndication(world.deps, {
      postingIds: ids(250),
      partnerIds: ['hook-1', 'hook-2'],
      action: 'withdraw',
    });
    expect(result).toMatchObject({ ok: true, messagesPublished: 1, counts: { 'not-syndicated': 499, pending: 1 } });
    expect(count(world.calls, 'getSyndications')).toBe(4);
    expect(world.calls.filter((c) => c.startsWith('updateSyndication'))).toEqual(['updateSyndication p7 hook-2']);
    expect(world.published).toEqual([
      { kind: 'syndication.sync', partnerId: 'hook-2', postingIds: ['p7'], cause: result.ok ? result.requestId : '' },
    ]);
  });

  it('lists results posting by posting in the order the partners were named', async () => {
    const world = fanOutWorld([webhookPartner('b'), feedPartner('a')], 3);
    const result = await requestSyndication(world.deps, {
      postingIds: ['p3', 'p1', 'p2'],
      partnerIds: ['b', 'a'],
      action: 'publish',
    });
    expect(result.ok && result.results.map((r) => `${r.postingId} ${r.partnerId} ${r.status}`)).toEqual([
      'p3 b pending',
      'p3 a live',
      'p1 b pending',
      'p1 a live',
      'p2 b pending',
      'p2 a live',
    ]);
  });

  it('reports a failed publish as a transient error once the other publishes have settled, the pairs left pending', async () => {
    const world = fanOutWorld(webhooks(3), 5);
    world.failPublishesTo('hook-2');
    await expect(
      requestSyndication(world.deps, {
        postingIds: ids(5),
        partnerIds: ['hook-1', 'hook-2', 'hook-3'],
        action: 'publish',
      }),
    ).rejects.toMatchObject({ code: 'SYNDICATION.PUBLISH_FAILED' });
    expect(count(world.calls, 'publish')).toBe(10);
    expect([...world.records.values()].every((r) => r.status === 'pending')).toBe(true);
  });
});
