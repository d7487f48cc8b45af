import { COLLECTIONS } from './firestore-collections';
import type { CompositeIndex, FieldExemption } from './firestore-indexes';

/**
 * The indexes of the console's posting search (`firestore-posting-search.ts`): equality on status and/or
 * source, at most one `array-contains` on `searchTerms`, newest change first; and board statuses by partner,
 * newest first. Part of `COMPOSITE_INDEXES`, mirrored in terraform/firestore.tf.
 */
const postings = COLLECTIONS.postings;
const newest = { fieldPath: 'lastChangedAt', order: 'DESCENDING' } as const;
const terms = { fieldPath: 'searchTerms', arrayConfig: 'CONTAINS' } as const;
const status = { fieldPath: 'status', order: 'ASCENDING' } as const;
const source = { fieldPath: 'source.id', order: 'ASCENDING' } as const;

export const SEARCH_INDEXES: readonly CompositeIndex[] = [
  { collection: postings, usedBy: 'searchPostings(status)', fields: [status, newest] },
  { collection: postings, usedBy: 'searchPostings(source)', fields: [source, newest] },
  { collection: postings, usedBy: 'searchPostings(source, status)', fields: [source, status, newest] },
  { collection: postings, usedBy: 'searchPostings(term)', fields: [terms, newest] },
  { collection: postings, usedBy: 'searchPostings(status, term)', fields: [status, terms, newest] },
  { collection: postings, usedBy: 'searchPostings(source, term)', fields: [source, terms, newest] },
  { collection: postings, usedBy: 'searchPostings(source, status, term)', fields: [source, status, terms, newest] },
  {
    collection: COLLECTIONS.syndications,
    usedBy: 'searchPostings(board status)',
    fields: [
      { fieldPath: 'partnerId', order: 'ASCENDING' },
      { fieldPath: 'status', order: 'ASCENDING' },
      { fieldPath: 'updatedAt', order: 'DESCENDING' },
    ],
  },
];

/** `searchTerms` is only queried through the composite indexes above: no single-field index to maintain. */
export const SEARCH_EXEMPTIONS: readonly FieldExemption[] = [
  { collection: postings, fieldPath: 'searchTerms', reason: 'search terms: queried only through composite indexes' },
];
