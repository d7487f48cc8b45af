import type { PostingStore } from '../../shared/ports/posting-store.port';
import type { InstantClock } from './instant-clock';

/**
 * The store with every syndication record write taking `ms` of the test's clock (one second unless told; a batch
 * of them, that many seconds), for
 * sweeps on a time budget; every other method is the store's own (its prototype's, for a class).
 */
export function slowSyndicationWrites(store: PostingStore, clock: InstantClock, ms = 1_000): PostingStore {
  return Object.assign(Object.create(store) as PostingStore, {
    updateSyndication: (...args: Parameters<PostingStore['updateSyndication']>) => {
      clock.advance(ms);
      return store.updateSyndication(...args);
    },
    // a claim transaction of many records (where the store has one) takes as long as their writes one by one
    ...(store.updateSyndications
      ? {
          updateSyndications: (updates: Parameters<NonNullable<PostingStore['updateSyndications']>>[0]) => {
            clock.advance(ms * updates.length);
            return store.updateSyndications!(updates);
          },
        }
      : {}),
  });
}
