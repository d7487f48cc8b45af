import { ingest } from '../../../shared/pipeline/ingest';
import { postingId } from '../../../shared/ids';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import type { JobPosting } from '../../../shared/schema/posting';
import { embeddedBackend, type BackendHarness } from '../../support/backend-harness';
import { createInstantClock } from '../../support/instant-clock';
import { changeOf, rehash, syntheticPosting, testDeps, withRaise } from '../../support/posting-records';

/** The store with its duplicate lookups counted (the query a refresh should skip when identities hold). */
function countingLookups(store: PostingStore): { store: PostingStore; lookups: () => number } {
  let lookups = 0;
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property === 'findDedupCandidates') lookups += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: counted, lookups: () => lookups };
}

/** The same job on another source (a career site copying the ATS). */
function copyIn(sourceId: string, posting: JobPosting): JobPosting {
  const externalId = `${sourceId}-${posting.source.externalId}`;
  return rehash({
    ...posting,
    id: postingId(sourceId, externalId),
    source: { ...posting.source, id: sourceId, externalId },
  });
}

describe('duplicate links on refresh (embedded store)', () => {
  let backend: BackendHarness;
  beforeEach(async () => {
    backend = await embeddedBackend(createInstantClock());
  });
  afterEach(async () => {
    await backend.close();
  });

  const ingestInto = async (store: PostingStore, postings: JobPosting[]) =>
    ingest(testDeps(store, backend.bus, backend.clock), {
      source: { id: postings[0]!.source.id },
      items: postings.map((posting) => ({ posting })),
    });

  it('keeps the link of an updated duplicate whose identity is unchanged, without a duplicate lookup', async () => {
    const ats = syntheticPosting(1, { sourceId: 'acme-ats', company: 'Acme Corp' });
    await ingestInto(backend.store, [ats]);
    const site = copyIn('acme-site', ats);
    expect((await ingestInto(backend.store, [site])).outcomes[0]).toMatchObject({ duplicateOf: ats.id });
    const counted = countingLookups(backend.store);
    const result = await ingestInto(counted.store, [withRaise(site)]);
    expect(result.outcomes[0]).toMatchObject({ outcome: 'updated', duplicateOf: ats.id });
    expect(counted.lookups()).toBe(0);
  });

  it('looks a posting up again when its title changes its identity', async () => {
    const ats = syntheticPosting(2, { sourceId: 'acme-ats', company: 'Acme Corp' });
    const site = copyIn('acme-site', ats);
    await ingestInto(backend.store, [ats]);
    await ingestInto(backend.store, [site]);
    const counted = countingLookups(backend.store);
    const retitled = rehash({ ...site, title: 'Staff Platform Engineer' });
    const result = await ingestInto(counted.store, [retitled]);
    expect(counted.lookups()).toBe(1);
    // same description, same company and place: still the same job
    expect(result.outcomes[0]).toMatchObject({ outcome: 'updated', duplicateOf: ats.id });
  });

  it('re-links a duplicate whose canonical posting was closed without re-linking it, on its next update', async () => {
    const ats = syntheticPosting(3, { sourceId: 'acme-ats', company: 'Acme Corp' });
    const site = copyIn('acme-site', ats);
    await ingestInto(backend.store, [ats]);
    await ingestInto(backend.store, [site]);
    // the canonical posting closed behind the pipeline's back (no promotion of its duplicates)
    const stored = (await backend.store.getPosting(ats.id))!;
    const closed = {
      ...stored,
      status: 'closed' as const,
      version: stored.version + 1,
      closedReason: 'source' as const,
    };
    await backend.store.commitChanges([changeOf(closed, stored.version, 'posting.closed')]);
    const counted = countingLookups(backend.store);
    const result = await ingestInto(counted.store, [withRaise(site)]);
    expect(counted.lookups()).toBe(1);
    expect(result.outcomes[0]).toMatchObject({ outcome: 'updated', duplicateOf: null });
  });
});
