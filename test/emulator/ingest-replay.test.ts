import { ingest } from '../../shared/pipeline/ingest';
import { googleBackend } from '../support/google-backend';
import type { BackendHarness } from '../support/backend-harness';
import { createInstantClock } from '../support/instant-clock';
import { syntheticPostings, testDeps } from '../support/posting-records';

/** A retried ingest with its request key is answered as the first attempt, on Firestore (the stamp round-trips). */

jest.setTimeout(120_000);

let backend: BackendHarness;
beforeEach(async () => {
  backend = await googleBackend(createInstantClock());
});
afterEach(() => backend.close());

it('answers a retried creation "created" for its own request key and "unchanged" for any other', async () => {
  const deps = testDeps(backend.store, backend.bus, backend.clock);
  const source = { id: 'bench-source', company: { name: 'Example Corp', url: null } };
  const items = syntheticPostings(3).map((posting) => ({ posting }));
  const first = await ingest(deps, { source, items, requestKey: 'request-1' });
  const retry = await ingest(deps, { source, items, requestKey: 'request-1' });
  const other = await ingest(deps, { source, items, requestKey: 'request-2' });
  const summary = (r: typeof first) =>
    r.outcomes.map((o) => (o.outcome === 'rejected' ? 'rejected' : `${o.outcome} ${o.eventId}`));
  expect(summary(retry)).toEqual(summary(first));
  expect(first.counts.created).toBe(3);
  expect(other.counts.unchanged).toBe(3);
  // the retry announced nothing again: it only answered
  expect((await backend.received()).length).toBe(3);
});
