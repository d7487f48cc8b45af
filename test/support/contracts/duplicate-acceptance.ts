import { closeMissing } from '../../../shared/pipeline/close-missing';
import { ingest } from '../../../shared/pipeline/ingest';
import type { JobPosting } from '../../../shared/schema/posting';
import { postingId } from '../../../shared/ids';
import { rehash, syntheticPosting, testDeps } from '../posting-records';
import type { AcceptanceContext } from './pipeline-acceptance';

/** The same job from another source, with its own company spelling. */
function copyIn(sourceId: string, posting: JobPosting, changes: Partial<JobPosting> = {}): JobPosting {
  const externalId = `${sourceId}-${posting.source.externalId}`;
  return rehash({
    ...posting,
    id: postingId(sourceId, externalId),
    source: { ...posting.source, id: sourceId, externalId },
    ...changes,
  });
}

/** Duplicates across sources and reposts (DESIGN §4): linked to their canonical posting, never syndicated twice. */
export function describeDuplicateAcceptance({ backend, clock }: AcceptanceContext): void {
  describe('duplicates', () => {
    const ingestInto = (sourceId: string, postings: JobPosting[], requisitionId?: string) =>
      ingest(testDeps(backend().store, backend().bus, clock()), {
        source: { id: sourceId },
        items: postings.map((posting) => ({ posting, requisitionId: requisitionId ?? null })),
      });

    it('links the same job in two sources, "Acme Corp." on one and "ACME Corporation" on the other', async () => {
      const ats = syntheticPosting(1, { sourceId: 'acme-ats', company: 'Acme Corp.' });
      await ingestInto('acme-ats', [ats]);
      const site = copyIn('acme-site', ats, { company: { name: 'ACME Corporation', url: null } });
      const result = await ingestInto('acme-site', [site]);
      expect(result.outcomes[0]).toMatchObject({ outcome: 'created', duplicateOf: ats.id });
      expect(result.counts.duplicates).toBe(1);
      const events = await backend().received();
      expect(events.find((e) => e.event.data.postingId === site.id)?.event.data.duplicateOf).toBe(ats.id);
    });

    it('links a repost with a reworded title to the posting still open', async () => {
      const original = syntheticPosting(2, { sourceId: 'acme-ats', company: 'Acme Corp' });
      await ingestInto('acme-ats', [original]);
      const repost = copyIn('acme-ats', original, { title: 'Senior Software Engineer (reposted)' });
      expect((await ingestInto('acme-ats', [repost])).outcomes[0]).toMatchObject({ duplicateOf: original.id });
    });

    it('links postings with one requisition id whatever their titles', async () => {
      const ats = syntheticPosting(3, { sourceId: 'acme-ats', company: 'Acme Inc' });
      await ingestInto('acme-ats', [ats], 'REQ-1042');
      const board = copyIn('acme-board', syntheticPosting(99, { sourceId: 'acme-board', company: 'Acme, Inc.' }));
      expect((await ingestInto('acme-board', [board], 'req-1042')).outcomes[0]).toMatchObject({ duplicateOf: ats.id });
    });

    it('does not link the same description for another city, nor another company', async () => {
      const berlin = syntheticPosting(4, { sourceId: 'acme-ats', company: 'Acme Corp' });
      await ingestInto('acme-ats', [berlin]);
      const tokyo = copyIn('acme-ats', berlin, {
        title: 'Software Engineer (Tokyo)',
        locations: [{ city: 'Tokyo', region: null, country: 'JP', workplace: 'onsite', text: 'Tokyo' }],
      });
      const other = copyIn('globex', berlin, { company: { name: 'Globex Corporation', url: null } });
      const results = await Promise.all([ingestInto('acme-ats', [tokyo]), ingestInto('globex', [other])]);
      expect(results.map((r) => r.outcomes[0])).toEqual([
        expect.objectContaining({ outcome: 'created', duplicateOf: null }),
        expect.objectContaining({ outcome: 'created', duplicateOf: null }),
      ]);
    });

    it('links the second copy of a job within one batch to the first', async () => {
      const first = syntheticPosting(5, { sourceId: 'acme-ats', company: 'Acme Corp' });
      const second = copyIn('acme-ats', first);
      const result = await ingestInto('acme-ats', [first, second]);
      expect(result.outcomes.map((o) => (o.outcome === 'rejected' ? 'rejected' : o.duplicateOf))).toEqual([
        null,
        first.id,
      ]);
    });

    it('promotes the duplicate when its canonical posting closes, so the job stays announced', async () => {
      const ats = syntheticPosting(6, { sourceId: 'acme-ats', company: 'Acme Corp' });
      const others = [7, 8, 9].map((n) => syntheticPosting(n, { sourceId: 'acme-ats', company: 'Acme Corp' }));
      await ingestInto('acme-ats', [ats, ...others]);
      const site = copyIn('acme-site', ats);
      await ingestInto('acme-site', [site]);
      const deps = testDeps(backend().store, backend().bus, clock());
      const closure = await closeMissing(deps, {
        source: { id: 'acme-ats' },
        seenIds: others.map((p) => p.id),
        fetchOk: true,
      });
      expect(closure).toMatchObject({ outcome: 'closed', closed: [ats.id], promoted: [site.id] });
      expect(await backend().store.getPosting(site.id)).toMatchObject({
        duplicateOf: null,
        version: 2,
        status: 'open',
      });
      // events of different postings carry different ordering keys: their relative order is not guaranteed
      const promoted = (await backend().received()).filter((e) => e.event.data.postingId === site.id).at(-1)!.event;
      expect(promoted).toMatchObject({
        type: 'posting.updated',
        data: { version: 2, changedFields: ['duplicateOf'], duplicateOf: null },
      });
    });
  });
}
