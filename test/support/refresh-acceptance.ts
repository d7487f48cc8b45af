import { stringify as toYaml } from 'yaml';
import { parse as parseYaml } from 'yaml';
import { applySources } from '../../shared/pipeline/apply-sources';
import type { MakeBackend } from './backend-harness';
import { FixtureBoard, sampleJobs, serveBoard } from './fixture-boards';
import { status } from './fixture-responses';
import { createRefreshRig, type RefreshRig } from './refresh-rig';

/**
 * The refresh acceptance suite (issue 4), run on every backend: the embedded default in test/integration and
 * the Firestore + Pub/Sub emulators in test/emulator. A sources file (YAML) names three sites on their own
 * hosts: a Greenhouse board, a career site with JSON-LD, and one read with selectors.
 */
export function describeRefreshAcceptance(name: string, makeBackend: MakeBackend): void {
  describe(`refreshing sources applied from a file (${name})`, () => {
    let rig: RefreshRig;
    let boards: { greenhouse: FixtureBoard; jsonld: FixtureBoard; html: FixtureBoard };
    let ids: string[];

    beforeEach(async () => {
      rig = await createRefreshRig(makeBackend, { sites: 3 });
      boards = {
        greenhouse: new FixtureBoard(sampleJobs(5)),
        jsonld: new FixtureBoard(sampleJobs(5)),
        html: new FixtureBoard(sampleJobs(5)),
      };
      const [a, b, c] = rig.servers as [typeof rig.server, typeof rig.server, typeof rig.server];
      const sources = [
        { ...serveBoard(a, 'greenhouse', boards.greenhouse), id: 'acme-greenhouse' },
        { ...serveBoard(b, 'jsonld', boards.jsonld, { pageSize: 2 }), id: 'acme-careers' },
        { ...serveBoard(c, 'html', boards.html, { pageSize: 2 }), id: 'acme-legacy-site' },
      ];
      const file = parseYaml(toYaml({ sources })) as unknown;
      const applied = await applySources(rig.deps, file, { dryRun: false, prune: false });
      if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
      expect(applied.changes.map((ch) => ch.change)).toEqual(['create', 'create', 'create']);
      ids = sources.map((s) => s.id);
    });
    afterEach(async () => rig.close());

    const refreshAll = async () => Promise.all(ids.map((id) => rig.refresh(id)));

    it('creates every posting, then announces exactly one update, one closure and one reopening as the sites change', async () => {
      const first = await refreshAll();
      expect(first.map((r) => [r.status, r.counts.created])).toEqual([
        ['succeeded', 5],
        ['succeeded', 5],
        ['succeeded', 5],
      ]);
      expect(await rig.newEvents()).toHaveLength(15);

      boards.jsonld.update('3', { title: 'Lead Data Engineer', city: 'Tokyo', country: 'JP' });
      await refreshAll();
      const updated = await rig.newEvents();
      expect(updated).toHaveLength(1);
      expect(updated[0]?.event).toMatchObject({ type: 'posting.updated', data: { sourceId: 'acme-careers' } });
      expect(updated[0]?.event.data.changedFields).toEqual(expect.arrayContaining(['title', 'locations']));
      expect(updated[0]?.event.data.changedFields).not.toContain('description');

      boards.html.remove('2');
      await refreshAll();
      const closed = await rig.newEvents();
      expect(closed.map((e) => [e.event.type, e.event.data.sourceId])).toEqual([
        ['posting.closed', 'acme-legacy-site'],
      ]);

      boards.html.restore('2');
      await refreshAll();
      const reopened = await rig.newEvents();
      expect(reopened.map((e) => [e.event.type, e.event.data.postingId])).toEqual([
        ['posting.reopened', closed[0]?.event.data.postingId],
      ]);
    });

    it('closes nothing when a source fails, or suddenly lists no jobs, and says so in the run records', async () => {
      await refreshAll();
      await rig.newEvents();
      rig.servers[0]?.route('GET', '/v1/boards/acme/jobs', status(503));
      boards.html.clear();
      const [failed, ok, suspicious] = await refreshAll();
      expect(failed).toMatchObject({
        status: 'failed',
        errors: [expect.objectContaining({ code: 'FETCH.HTTP_503' })],
        requests: { failed: 1, retried: 2 },
      });
      expect(ok?.status).toBe('succeeded');
      expect(suspicious).toMatchObject({ status: 'suspicious', suspectedClosures: { wouldClose: 5, open: 5 } });
      expect(await rig.newEvents()).toEqual([]);
      for (const id of ids) expect(await rig.backend.store.listPostingSummaries(id, 'open')).toHaveLength(5);
      const stored = await rig.backend.store.getRun(failed?.id ?? '');
      expect(stored).toMatchObject({ status: 'failed', sourceId: 'acme-greenhouse' });
      expect((await rig.backend.store.getSource('acme-greenhouse'))?.health).toMatchObject({
        consecutiveFailures: 1,
        postingsCount: 5,
      });
    });

    it('shows a changed field of the file as an update and keeps the source health', async () => {
      await refreshAll();
      const before = await rig.backend.store.getSource('acme-greenhouse');
      const file = {
        sources: (await rig.backend.store.listSources()).map((s) =>
          s.config.id === 'acme-greenhouse'
            ? { ...s.config, politeness: { concurrency: 1, minDelayMs: 900 } }
            : s.config,
        ),
      };
      const applied = await applySources(rig.deps, file, { dryRun: false, prune: false });
      expect(applied.ok && applied.changes.find((c) => c.id === 'acme-greenhouse')).toMatchObject({
        change: 'update',
        fields: ['politeness.concurrency', 'politeness.minDelayMs'],
      });
      expect((await rig.backend.store.getSource('acme-greenhouse'))?.health).toEqual(before?.health);
    });
  });
}
