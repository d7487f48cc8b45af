import { ingest } from '../../../shared/pipeline/ingest';
import { YIELD_EVERY } from '../../../shared/pipeline/yielding-map';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import { embeddedBackend, type BackendHarness } from '../../support/backend-harness';
import { createInstantClock } from '../../support/instant-clock';
import { syntheticPosting, testDeps } from '../../support/posting-records';

/** The store, noting how many event-loop turns had passed when ingest first read from it. */
function noteFirstRead(
  store: PostingStore,
  turns: () => number,
): { store: PostingStore; turnsAtFirstRead: () => number | null } {
  let atFirstRead: number | null = null;
  const noted = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        atFirstRead ??= turns();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: noted, turnsAtFirstRead: () => atFirstRead };
}

describe('ingest of a large batch (embedded store)', () => {
  let backend: BackendHarness;
  beforeEach(async () => {
    backend = await embeddedBackend(createInstantClock());
  });
  afterEach(async () => {
    await backend.close();
  });

  it('lets the event loop turn while it normalises the batch, so other work in the process is not starved', async () => {
    // a refresh of a 1,000-posting board used to hold the loop for its whole normalisation: other sources'
    // fetches in the same process timed out (reliability campaign, refresh 20 × 1,000)
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const postings = Array.from({ length: YIELD_EVERY * 4 }, (_, i) =>
      syntheticPosting(i + 1, { sourceId: 'big-board', company: 'Acme Corp' }),
    );
    const noted = noteFirstRead(backend.store, () => turns);
    const before = turns;
    const result = await ingest(testDeps(noted.store, backend.bus, backend.clock), {
      source: { id: 'big-board' },
      items: postings.map((posting) => ({ posting })),
    });
    ticking = false;
    expect(result.counts.created).toBe(postings.length);
    // the store is first read right after normalising: the loop must have turned in between
    expect(noted.turnsAtFirstRead()! - before).toBeGreaterThanOrEqual(3);
  });
});
