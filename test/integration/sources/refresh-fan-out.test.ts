import { embeddedBackend } from '../../support/backend-harness';
import { FixtureBoard, sampleJobs, serveBoard } from '../../support/fixture-boards';
import { createRefreshRig, type RefreshRig } from '../../support/refresh-rig';
import { refreshSources } from '../../../shared/pipeline/refresh';
import type { BusMessage, EventBus } from '../../../shared/ports/event-bus.port';

jest.setTimeout(60_000);

describe('the scheduled refresh fan-out', () => {
  let rig: RefreshRig;
  let published: Array<{ topic: string; message: BusMessage }>;
  let bus: EventBus;

  beforeEach(async () => {
    rig = await createRefreshRig(embeddedBackend);
    published = [];
    bus = {
      publish: (topic, message) => {
        published.push({ topic, message });
        return rig.backend.bus.publish(topic, message);
      },
    };
  });
  afterEach(async () => rig.close());

  const source = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind: 'greenhouse',
    boardToken: id,
    company: { name: 'Acme' },
    ...extra,
  });

  it('publishes one refresh-requests message per active, due source and fetches nothing itself', async () => {
    await rig.applySource(source('due-a'));
    await rig.applySource(source('due-b'));
    await rig.applySource(source('paused', { active: false }));
    const result = await refreshSources({ ...rig.deps, bus }, { force: false });
    expect(result).toMatchObject({ kind: 'fan-out', inactive: ['paused'], notDue: [] });
    expect(result.kind === 'fan-out' && result.requested.sort()).toEqual(['due-a', 'due-b']);
    expect(published.map((p) => [p.topic, p.message.data, p.message.attributes])).toEqual(
      expect.arrayContaining([
        ['refresh-requests', { sourceId: 'due-a', force: false }, { sourceId: 'due-a' }],
        ['refresh-requests', { sourceId: 'due-b', force: false }, { sourceId: 'due-b' }],
      ]),
    );
    expect(rig.server.requests).toHaveLength(0);
  });

  it('leaves out a source refreshed within its interval, and refreshes it again once the interval has passed', async () => {
    const board = new FixtureBoard(sampleJobs(2));
    const id = await rig.applySource({ ...serveBoard(rig.server, 'greenhouse', board), refreshEveryMinutes: 60 });
    await rig.refresh(id);
    const soon = await refreshSources({ ...rig.deps, bus }, { force: false });
    expect(soon).toMatchObject({ kind: 'fan-out', requested: [], notDue: [id] });
    rig.clock.advance(61 * 60_000);
    const later = await refreshSources({ ...rig.deps, bus }, { force: false });
    expect(later).toMatchObject({ kind: 'fan-out', requested: [id] });
  });

  it('skips a duplicate delivery for a source that was just refreshed', async () => {
    const board = new FixtureBoard(sampleJobs(2));
    const id = await rig.applySource(serveBoard(rig.server, 'greenhouse', board));
    const first = await refreshSources(rig.deps, { sourceId: id, force: false });
    expect(first.kind).toBe('run');
    const again = await refreshSources(rig.deps, { sourceId: id, force: false });
    expect(again).toEqual({ kind: 'skipped', sourceId: id, reason: 'not-due' });
  });

  it('acknowledges a message for a source that no longer exists', async () => {
    await expect(refreshSources(rig.deps, { sourceId: 'gone', force: false })).resolves.toEqual({
      kind: 'skipped',
      sourceId: 'gone',
      reason: 'not-found',
    });
  });
});
