import pLimit from 'p-limit';
import { FieldPath, type DocumentSnapshot, type Query } from '@google-cloud/firestore';
import type { Page, PostingQuery } from '../../ports/posting-store.port';
import type { PostingStatus } from '../../schema/posting';
import { PostingRecord, type PostingSummary } from '../../schema/stored-posting';
import { searchTermsOf } from '../posting-search';
import { chunk, decodeCursor, encodeCursor, pageLimitOf, READ_CHUNK, utcInstant } from '../store-limits';
import { collection, guarded, type FirestoreContext } from './firestore-collections';

/** Postings in Firestore (`postings/{id}`; ids are already hashed, so writes spread over key ranges). */

/** The fields a summary reads: a projection, so change detection and closure never load descriptions. */
const SUMMARY_FIELDS = [
  'id',
  'source.id',
  'contentHash',
  'status',
  'version',
  'dedupKey',
  'fingerprint',
  'duplicateOf',
  'validThrough',
];

function toSummary(snapshot: DocumentSnapshot): PostingSummary {
  const d = snapshot.data()!;
  return {
    id: snapshot.id,
    sourceId: d.source.id,
    contentHash: d.contentHash,
    status: d.status,
    version: d.version,
    dedupKey: d.dedupKey,
    fingerprint: d.fingerprint,
    duplicateOf: d.duplicateOf ?? null,
    validThrough: d.validThrough ?? null,
  };
}

export const toPostingRecord = (snapshot: DocumentSnapshot): PostingRecord => PostingRecord.parse(snapshot.data());

/**
 * The document written for a record: instants in one UTC format, so they sort and compare as strings, and
 * the console's `searchTerms` (derived, never read back: `PostingRecord.parse` drops it).
 */
export const postingDocument = (record: PostingRecord): PostingRecord & { searchTerms: string[] } => ({
  ...record,
  lastChangedAt: utcInstant(record.lastChangedAt),
  expiresAt: record.expiresAt === null ? null : utcInstant(record.expiresAt),
  searchTerms: searchTermsOf(record),
});

/** `getAll` in chunks (it sends one request of any size), chunks read in parallel. */
async function readMany(
  ctx: FirestoreContext,
  ids: readonly string[],
  fieldMask?: string[],
): Promise<DocumentSnapshot[]> {
  const postings = collection(ctx, 'postings');
  const parts = chunk([...new Set(ids)], READ_CHUNK);
  const results = await Promise.all(
    parts.map((part) => {
      const refs = part.map((id) => postings.doc(id));
      return guarded('read postings', () =>
        fieldMask ? ctx.db.getAll(...refs, { fieldMask }) : ctx.db.getAll(...refs),
      );
    }),
  );
  return results.flat().filter((snapshot) => snapshot.exists);
}

export async function getPostings(ctx: FirestoreContext, ids: readonly string[]): Promise<Map<string, PostingRecord>> {
  const snapshots = await readMany(ctx, ids);
  return new Map(snapshots.map((s) => [s.id, toPostingRecord(s)]));
}

export async function getPostingSummaries(
  ctx: FirestoreContext,
  ids: readonly string[],
): Promise<Map<string, PostingSummary>> {
  const snapshots = await readMany(ctx, ids, SUMMARY_FIELDS);
  return new Map(snapshots.map((s) => [s.id, toSummary(s)]));
}

async function summariesOf(query: Query): Promise<PostingSummary[]> {
  const snapshot = await guarded('query postings', () => query.select(...SUMMARY_FIELDS).get());
  return snapshot.docs.map(toSummary);
}

export function listPostingSummaries(
  ctx: FirestoreContext,
  sourceId: string,
  status?: PostingStatus,
): Promise<PostingSummary[]> {
  let query = collection(ctx, 'postings').where('source.id', '==', sourceId);
  if (status) query = query.where('status', '==', status);
  return summariesOf(query);
}

export const findByDedupKey = (ctx: FirestoreContext, dedupKey: string): Promise<PostingSummary[]> =>
  summariesOf(collection(ctx, 'postings').where('dedupKey', '==', dedupKey));

/** Dedup queries in flight at once: a first load of thousands of postings asks hundreds of them. */
const DEDUP_QUERY_CONCURRENCY = 8;

/** `array-contains-any` takes at most 30 values: one query per 30 terms, a few in parallel. */
export async function findDedupCandidates(ctx: FirestoreContext, terms: readonly string[]): Promise<PostingSummary[]> {
  const postings = collection(ctx, 'postings');
  const parts = chunk([...new Set(terms)], 30);
  const limit = pLimit(DEDUP_QUERY_CONCURRENCY);
  const found = await Promise.all(
    parts.map((part) =>
      limit(() => summariesOf(postings.where('status', '==', 'open').where('dedupTerms', 'array-contains-any', part))),
    ),
  );
  return [...new Map(found.flat().map((summary) => [summary.id, summary])).values()];
}

export function listExpired(ctx: FirestoreContext, now: string, limit: number): Promise<PostingSummary[]> {
  const query = collection(ctx, 'postings')
    .where('status', '==', 'open')
    .where('expiresAt', '<', utcInstant(now))
    .orderBy('expiresAt')
    .limit(limit);
  return summariesOf(query);
}

/**
 * One page of postings, keyset-paginated on (`lastChangedAt`, document id) or document id. `changedSince` and
 * `changedBefore` with id order are applied to each page as it is read (Firestore orders an inequality field first).
 */
export async function queryPostings(ctx: FirestoreContext, query: PostingQuery): Promise<Page<PostingRecord>> {
  const limit = pageLimitOf(query.limit);
  const byChange = query.orderBy === 'lastChangedAt';
  const since = query.changedSince ? utcInstant(query.changedSince) : null;
  const before = query.changedBefore ? utcInstant(query.changedBefore) : null;
  let q: Query = collection(ctx, 'postings');
  if (query.status) q = q.where('status', '==', query.status);
  if (query.sourceId) q = q.where('source.id', '==', query.sourceId);
  if (since && byChange) q = q.where('lastChangedAt', '>=', since);
  if (before && byChange) q = q.where('lastChangedAt', '<', before);
  q = byChange ? q.orderBy('lastChangedAt').orderBy(FieldPath.documentId()) : q.orderBy(FieldPath.documentId());
  if (query.cursor) q = q.startAfter(...decodeCursor(query.cursor));
  const snapshot = await guarded('query postings', () => q.limit(limit + 1).get());
  const docs = snapshot.docs.slice(0, limit);
  const last = docs[docs.length - 1];
  const nextCursor =
    snapshot.docs.length > limit && last
      ? encodeCursor(byChange ? [last.get('lastChangedAt'), last.id] : [last.id])
      : null;
  const items = docs
    .map(toPostingRecord)
    .filter((r) => byChange || ((!since || r.lastChangedAt >= since) && (!before || r.lastChangedAt < before)));
  return { items, nextCursor };
}
