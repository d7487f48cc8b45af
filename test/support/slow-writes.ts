import type { PostingStore } from '../../shared/ports/posting-store.port';
import type { InstantClock } from './instant-clock';

/**
 * The store with every syndication record write taking `ms` of the test's clock (one second unless told), for
 * sweeps on a time budget; every other method is the store's own (its prototype's, for a class).
 */
export function slowSyndicationWrites(store: PostingStore, clock: InstantClock, ms = 1_000): PostingStore {
  return Object.assign(Object.create(store) as PostingStore, {
    updateSyndication: (...args: Parameters<PostingStore['updateSyndication']>) => {
      clock.advance(ms);
      return store.updateSyndication(...args);
    },
  });
}
