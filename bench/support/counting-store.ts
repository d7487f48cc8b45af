import type { PostingStore } from '../../shared/ports/posting-store.port';

/** Writes a store was asked to make, by collection: what DESIGN §4's cost guarantees are about. */
export interface WriteCounts {
  postings: number;
  outbox: number;
  runs: number;
  other: number;
}

const WRITE_METHODS = new Set([
  'putSource',
  'deleteSource',
  'updateSourceHealth',
  'putPartner',
  'deletePartner',
  'updatePartnerHealth',
  'updateSyndication',
  'claimEvent',
  'releaseEvent',
]);

/**
 * Wraps a store and counts the documents it writes: a committed change is one posting and one outbox write,
 * `markSent` and `recordPublishFailure` are outbox writes, `putRun` a run write. Reads pass through.
 */
export function countingStore(inner: PostingStore): {
  store: PostingStore;
  writes: () => WriteCounts;
  reset: () => void;
} {
  let counts: WriteCounts = { postings: 0, outbox: 0, runs: 0, other: 0 };
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'commitChanges') {
        return async (...args: Parameters<PostingStore['commitChanges']>) => {
          const outcomes = await target.commitChanges(...args);
          const committed = outcomes.filter((o) => o.outcome === 'committed').length;
          counts.postings += committed;
          counts.outbox += committed;
          return outcomes;
        };
      }
      return (...args: unknown[]) => {
        if (property === 'markSent') counts.outbox += (args[0] as string[]).length;
        else if (property === 'recordPublishFailure') counts.outbox += 1;
        else if (property === 'putRun') counts.runs += 1;
        else if (WRITE_METHODS.has(String(property))) counts.other += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    writes: () => ({ ...counts }),
    reset: () => (counts = { postings: 0, outbox: 0, runs: 0, other: 0 }),
  };
}
