// The first refresh in a process warms up normalisation (gazetteer, skills taxonomy): seconds, not a hang.
jest.setTimeout(60_000);

import { embeddedBackend } from '../../support/backend-harness';
import { FixtureBoard, sampleJobs, serveBoard, type FixtureBoardKind } from '../../support/fixture-boards';
import { createRefreshRig, type RefreshRig } from '../../support/refresh-rig';

describe.each<FixtureBoardKind>([
  'greenhouse',
  'lever',
  'ashby',
  'smartrecruiters',
  'recruitee',
  'personio',
  'jsonld',
  'html',
  'feed',
])('refreshing a %s source on the embedded backend', (kind) => {
  let rig: RefreshRig;
  beforeEach(async () => {
    rig = await createRefreshRig(embeddedBackend);
  });
  afterEach(async () => rig.close());

  it('creates, updates, closes and reopens postings as the board changes', async () => {
    const board = new FixtureBoard(sampleJobs(6));
    const id = await rig.applySource(serveBoard(rig.server, kind, board));

    const first = await rig.refresh(id);
    expect(first).toMatchObject({ status: 'succeeded', counts: expect.objectContaining({ fetched: 6, created: 6 }) });
    expect((await rig.newEvents()).map((e) => e.event.type)).toEqual(Array(6).fill('posting.created'));

    const unchanged = await rig.refresh(id);
    expect(unchanged.counts).toMatchObject({ unchanged: 6, created: 0, updated: 0 });
    expect(await rig.newEvents()).toEqual([]);

    board.update('2', { title: 'Staff Platform Engineer' });
    const changed = await rig.refresh(id);
    expect(changed.counts).toMatchObject({ updated: 1, unchanged: 5 });
    const updates = await rig.newEvents();
    expect(updates).toHaveLength(1);
    expect(updates[0]?.event).toMatchObject({
      type: 'posting.updated',
      data: { changedFields: expect.arrayContaining(['title']) },
    });
    expect(updates[0]?.event.data.posting.title).toBe('Staff Platform Engineer');

    board.remove('4');
    const removed = await rig.refresh(id);
    expect(removed.counts).toMatchObject({ closed: 1 });
    const closures = await rig.newEvents();
    expect(closures.map((e) => e.event.type)).toEqual(['posting.closed']);

    board.restore('4');
    const restored = await rig.refresh(id);
    expect(restored.counts).toMatchObject({ reopened: 1 });
    const reopenings = await rig.newEvents();
    expect(reopenings.map((e) => e.event.type)).toEqual(['posting.reopened']);
    expect(reopenings[0]?.event.data.postingId).toBe(closures[0]?.event.data.postingId);

    const health = (await rig.backend.store.getSource(id))?.health;
    expect(health).toMatchObject({ consecutiveFailures: 0, postingsCount: 6, lastError: null, lastRunId: restored.id });
  });
});
