import { embeddedBackend } from '../../support/backend-harness';
import { FixtureBoard, sampleJobs, serveBoard } from '../../support/fixture-boards';
import { createRefreshRig, type RefreshRig } from '../../support/refresh-rig';
import { applySources } from '../../../shared/pipeline/apply-sources';

jest.setTimeout(60_000);

describe('applying a sources file', () => {
  let rig: RefreshRig;
  beforeEach(async () => {
    rig = await createRefreshRig(embeddedBackend);
  });
  afterEach(async () => rig.close());

  it('keeps a source the file leaves out unless pruning, and pruning closes its open postings', async () => {
    const config = serveBoard(rig.server, 'greenhouse', new FixtureBoard(sampleJobs(3)));
    const id = await rig.applySource(config);
    await rig.refresh(id);
    await rig.newEvents();

    const kept = await applySources(rig.deps, { sources: [] }, { dryRun: false, prune: false });
    expect(kept).toEqual({ ok: true, written: true, changes: [{ id, change: 'not-in-file' }] });
    expect(await rig.backend.store.getSource(id)).not.toBeNull();

    const dry = await applySources(rig.deps, { sources: [] }, { dryRun: true, prune: true });
    expect(dry).toMatchObject({ ok: true, written: false, changes: [{ id, change: 'delete' }] });
    expect(await rig.newEvents()).toEqual([]);

    const pruned = await applySources(rig.deps, { sources: [] }, { dryRun: false, prune: true });
    expect(pruned).toEqual({ ok: true, written: true, changes: [{ id, change: 'delete', closed: 3 }] });
    expect(await rig.backend.store.getSource(id)).toBeNull();
    const events = await rig.newEvents();
    expect(events.map((e) => e.event.type)).toEqual(['posting.closed', 'posting.closed', 'posting.closed']);
    expect(events.every((e) => e.event.data.posting.status === 'closed')).toBe(true);
  });

  it('lists every problem with its path and writes nothing', async () => {
    const result = await applySources(
      rig.deps,
      {
        sources: [
          { id: 'a', kind: 'lever', company: { name: 'A' } },
          { id: 'a', kind: 'html', company: { name: 'A' }, startUrls: [] },
        ],
      },
      { dryRun: false, prune: false },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['sources.0.site', 'sources.1.startUrls', 'sources.1.selectors']),
    );
    expect(await rig.backend.store.listSources()).toEqual([]);
  });
});
