import type { PartnerRepository, RunRepository, SourceRepository } from './config-repositories.port';
import type { ProcessedEventRepository, SweepMarkRepository } from './marker-repositories.port';
import type { OutboxRepository, PostingRepository } from './posting-repository.port';
import type { SyndicationRepository } from './syndication-repository.port';

// The store's port is split by role (postings and outbox, search, configuration, syndications, markers); every
// type is re-exported here, so callers import from this file as before.

export type {
  CommitOutcome,
  OutboxRepository,
  Page,
  PostingChange,
  PostingQuery,
  PostingRepository,
} from './posting-repository.port';
export type { PostingListItem, PostingSearch, PostingSearchHit, PostingSearchPage } from './posting-search.port';
export type { PartnerRepository, RunRepository, SourceRepository } from './config-repositories.port';
export type {
  StaleSyndicationQuery,
  SyndicationQuery,
  SyndicationRepository,
  SyndicationUpdate,
  UnalertedSyndicationQuery,
} from './syndication-repository.port';
export type { ProcessedEventRepository, SweepMarkRepository } from './marker-repositories.port';

/**
 * Storage for everything Jobrelay keeps (DESIGN §4): postings, their outbox events, sources, runs, partners,
 * syndication records and processed-event markers. Firestore in the cloud, SQLite when embedded; both pass
 * one contract suite (`test/support/contracts`).
 */
export interface PostingStore
  extends
    PostingRepository,
    OutboxRepository,
    SourceRepository,
    RunRepository,
    PartnerRepository,
    SyndicationRepository,
    ProcessedEventRepository,
    SweepMarkRepository {
  /** releases connections; the store is unusable afterwards */
  close(): Promise<void>;
}
