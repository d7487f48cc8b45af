import { ingest } from '../../../shared/pipeline/ingest';
import { embeddedBackend, type BackendHarness } from '../../support/backend-harness';
import { createInstantClock } from '../../support/instant-clock';
import { syntheticPostings, testDeps, withRaise, rehash } from '../../support/posting-records';

/**
 * Changes apply in the order their requests arrived: a request that outlived its client (the client timed
 * out, retried and moved on to a newer change) must not write its older content over that newer change when
 * its commit finally lands (found by the reliability campaign's 30% fault row).
 */

const START = new Date('2026-03-01T09:00:00Z');

let backend: BackendHarness;
beforeEach(async () => {
  backend = await embeddedBackend(createInstantClock(START));
});
afterEach(() => backend.close());

const at = (offsetMs: number) => createInstantClock(new Date(START.getTime() + offsetMs));

it('leaves a newer change in place when an older request commits after it, and applies later requests', async () => {
  const [original] = syntheticPostings(1);
  const raised = rehash(withRaise(original!));
  const run = (offsetMs: number, posting: typeof original) =>
    ingest(testDeps(backend.store, backend.bus, at(offsetMs)), {
      source: { id: posting!.source.id },
      items: [{ posting: posting! }],
    });

  const first = await run(0, original);
  expect(first.outcomes.map((o) => o.outcome)).toEqual(['created']);
  // the update arrived at +2 s; a request with the original content that arrived at +1 s lands only now
  expect((await run(2_000, raised)).counts.updated).toBe(1);
  const stale = await run(1_000, original);
  expect(stale.counts.updated).toBe(0);
  let stored = await backend.store.getPosting(original!.id);
  expect(stored?.version).toBe(2);
  expect(stored?.contentHash).toBe(raised.contentHash);

  // a request that arrived after the update is a real change back
  expect((await run(3_000, original)).counts.updated).toBe(1);
  stored = await backend.store.getPosting(original!.id);
  expect(stored?.version).toBe(3);
  expect(stored?.contentHash).toBe(original!.contentHash);
  expect((await backend.received()).length).toBe(3);
});
