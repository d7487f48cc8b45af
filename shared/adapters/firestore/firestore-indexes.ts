import { COLLECTIONS } from './firestore-collections';
import { SEARCH_EXEMPTIONS, SEARCH_INDEXES } from './firestore-search-indexes';

/**
 * The indexes the Firestore store's queries need, as data: Terraform mirrors them
 * (`google_firestore_index`, `google_firestore_field`) and a static test cross-checks the two.
 * Equality-only queries are served by the automatic single-field indexes and need nothing here.
 * https://cloud.google.com/firestore/docs/query-data/index-overview
 */

/** One field of a composite index: ordered, or an array field matched with `array-contains(-any)`. */
export type IndexField =
  { fieldPath: string; order: 'ASCENDING' | 'DESCENDING' } | { fieldPath: string; arrayConfig: 'CONTAINS' };

export interface CompositeIndex {
  collection: string;
  /** the query that needs it, for whoever wonders whether it is still used */
  usedBy: string;
  fields: IndexField[];
}

/** A field exempt from automatic indexing: large text no query filters on (index fan-out slows every write). */
export interface FieldExemption {
  collection: string;
  fieldPath: string;
  reason: string;
}

/** A TTL policy: Firestore deletes documents once this Timestamp field has passed (within about 24 h). */
export interface TtlPolicy {
  collection: string;
  fieldPath: string;
}

const asc = (fieldPath: string): IndexField => ({ fieldPath, order: 'ASCENDING' });
const desc = (fieldPath: string): IndexField => ({ fieldPath, order: 'DESCENDING' });
const contains = (fieldPath: string): IndexField => ({ fieldPath, arrayConfig: 'CONTAINS' });

export const COMPOSITE_INDEXES: readonly CompositeIndex[] = [
  {
    collection: COLLECTIONS.postings,
    usedBy: 'listPostingSummaries(source, status)',
    fields: [asc('source.id'), asc('status')],
  },
  {
    collection: COLLECTIONS.postings,
    usedBy: 'findDedupCandidates(terms)',
    fields: [asc('status'), contains('dedupTerms')],
  },
  { collection: COLLECTIONS.postings, usedBy: 'listExpired', fields: [asc('status'), asc('expiresAt')] },
  {
    collection: COLLECTIONS.postings,
    usedBy: 'queryPostings(status, by lastChangedAt)',
    fields: [asc('status'), asc('lastChangedAt')],
  },
  {
    collection: COLLECTIONS.postings,
    usedBy: 'queryPostings(source, by lastChangedAt)',
    fields: [asc('source.id'), asc('lastChangedAt')],
  },
  {
    collection: COLLECTIONS.postings,
    usedBy: 'queryPostings(source, status, by lastChangedAt)',
    fields: [asc('source.id'), asc('status'), asc('lastChangedAt')],
  },
  { collection: COLLECTIONS.outbox, usedBy: 'listUnsent', fields: [asc('sentAt'), asc('createdAt')] },
  { collection: COLLECTIONS.runs, usedBy: 'listRuns(source)', fields: [asc('sourceId'), desc('startedAt')] },
  {
    collection: COLLECTIONS.syndications,
    usedBy: 'listSyndications(partner, status)',
    fields: [asc('partnerId'), asc('status')],
  },
  {
    collection: COLLECTIONS.syndications,
    usedBy: 'syndicationStats (newest update)',
    fields: [asc('partnerId'), desc('updatedAt')],
  },
  {
    collection: COLLECTIONS.syndications,
    usedBy: 'listStaleSyndications (the stuck-syndication sweep)',
    fields: [asc('status'), asc('updatedAt')],
  },
  ...SEARCH_INDEXES,
];

/**
 * Fields whose automatic single-field index a query relies on (a range and an order on the one field need no
 * composite index): they must never be exempted. The Terraform test checks none of them is.
 */
export const SINGLE_FIELD_QUERIES: readonly { collection: string; fieldPath: string; usedBy: string }[] = [
  {
    collection: COLLECTIONS.postings,
    fieldPath: 'lastChangedAt',
    usedBy: 'queryPostings(changedSince, changedBefore, by lastChangedAt): the lagging-syndication sweep, feeds',
  },
  {
    collection: COLLECTIONS.syndications,
    fieldPath: 'postingId',
    usedBy: "listSyndications(posting) and listSyndicationsOfPostings (`in`): a posting's pairs",
  },
  {
    collection: COLLECTIONS.syndications,
    fieldPath: 'resent.alertPending',
    usedBy: 'listUnalertedSyndications: stuck-sweep claims whose alert a dead sweep never logged',
  },
];

export const FIELD_EXEMPTIONS: readonly FieldExemption[] = [
  {
    collection: COLLECTIONS.postings,
    fieldPath: 'description',
    reason: 'description html and text: up to hundreds of KB, never queried',
  },
  { collection: COLLECTIONS.postings, fieldPath: 'responsibilities', reason: 'free-text list, never queried' },
  { collection: COLLECTIONS.postings, fieldPath: 'requirements', reason: 'free-text lists, never queried' },
  { collection: COLLECTIONS.postings, fieldPath: 'benefits', reason: 'free-text list, never queried' },
  { collection: COLLECTIONS.outbox, fieldPath: 'event', reason: 'the whole event with its posting, never queried' },
  { collection: COLLECTIONS.outbox, fieldPath: 'expireAt', reason: 'TTL field: indexing a TTL timestamp hot-spots' },
  {
    collection: COLLECTIONS.processedEvents,
    fieldPath: 'expireAt',
    reason: 'TTL field: indexing a TTL timestamp hot-spots',
  },
  { collection: COLLECTIONS.syndications, fieldPath: 'history', reason: 'audit trail, never queried' },
  ...SEARCH_EXEMPTIONS,
];

export const TTL_POLICIES: readonly TtlPolicy[] = [
  { collection: COLLECTIONS.outbox, fieldPath: 'expireAt' },
  { collection: COLLECTIONS.processedEvents, fieldPath: 'expireAt' },
];
