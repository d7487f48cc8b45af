import { FieldPath, type Query, type QueryDocumentSnapshot } from '@google-cloud/firestore';
import type { Page, StaleSyndicationQuery, SyndicationQuery, SyndicationUpdate } from '../../ports/posting-store.port';
import { SyndicationRecord, syndicationId } from '../../schema/syndication';
import { chunk, decodeCursor, encodeCursor, pageLimitOf, PAGE_SIZE, READ_CHUNK, utcInstant } from '../store-limits';
import { collection, guarded, type FirestoreContext } from './firestore-collections';

/** Syndication records (`syndications/{postingId}__{partnerId}`) in Firestore (markers: `firestore-markers.ts`). */

export async function getSyndication(
  ctx: FirestoreContext,
  postingId: string,
  partnerId: string,
): Promise<SyndicationRecord | null> {
  const id = syndicationId(postingId, partnerId);
  const snapshot = await guarded(`read syndications/${id}`, () => collection(ctx, 'syndications').doc(id).get());
  return snapshot.exists ? SyndicationRecord.parse(snapshot.data()) : null;
}

/** One partner's records of many postings: by document, in `getAll` calls of `READ_CHUNK` run at once. */
export async function getSyndications(
  ctx: FirestoreContext,
  partnerId: string,
  postingIds: readonly string[],
): Promise<Map<string, SyndicationRecord>> {
  const parts = chunk([...new Set(postingIds)], READ_CHUNK);
  const found = new Map<string, SyndicationRecord>();
  await Promise.all(
    parts.map(async (part) => {
      const refs = part.map((postingId) => collection(ctx, 'syndications').doc(syndicationId(postingId, partnerId)));
      const snapshots = await guarded('read syndications', () => ctx.db.getAll(...refs));
      for (const snapshot of snapshots) {
        if (!snapshot.exists) continue;
        const record = SyndicationRecord.parse(snapshot.data());
        found.set(record.postingId, record);
      }
    }),
  );
  return found;
}

/** Records in id order; `updatedSince` is applied to each page as it is read (Firestore orders a range field first). */
export async function listSyndications(
  ctx: FirestoreContext,
  query: SyndicationQuery,
): Promise<Page<SyndicationRecord>> {
  const limit = pageLimitOf(query.limit);
  let q: Query = collection(ctx, 'syndications');
  if (query.postingId) q = q.where('postingId', '==', query.postingId);
  if (query.partnerId) q = q.where('partnerId', '==', query.partnerId);
  if (query.status) q = q.where('status', '==', query.status);
  q = q.orderBy('__name__');
  if (query.cursor) q = q.startAfter(String(decodeCursor(query.cursor)[0]));
  const snapshot = await guarded('list syndications', () => q.limit(limit + 1).get());
  const docs = snapshot.docs.slice(0, limit);
  const last = docs[docs.length - 1];
  const since = query.updatedSince ? utcInstant(query.updatedSince) : null;
  const items = docs
    .map((doc) => SyndicationRecord.parse(doc.data()))
    .filter((r) => !since || utcInstant(r.updatedAt) >= since);
  return { items, nextCursor: snapshot.docs.length > limit && last ? encodeCursor([last.id]) : null };
}

/** Values one `in` filter may hold (REFERENCE "Firestore"). */
const IN_VALUES = 30;

/**
 * The records of many postings: one `in` query per 30 postings (the single-field index on `postingId`), the
 * queries run at once, each read in pages of `PAGE_SIZE` so a posting on many partners never makes one huge
 * response. Records come back in id order per posting, as `listSyndications` by `postingId` gives them.
 */
export async function listSyndicationsOfPostings(
  ctx: FirestoreContext,
  postingIds: readonly string[],
): Promise<Map<string, SyndicationRecord[]>> {
  const parts = chunk([...new Set(postingIds)], IN_VALUES);
  const docs = (await Promise.all(parts.map((part) => readAllOf(ctx, part)))).flat();
  const byPosting = new Map<string, SyndicationRecord[]>();
  for (const record of docs.map((doc) => SyndicationRecord.parse(doc.data()))) {
    const records = byPosting.get(record.postingId) ?? [];
    records.push(record);
    byPosting.set(record.postingId, records);
  }
  for (const records of byPosting.values()) records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byPosting;
}

async function readAllOf(ctx: FirestoreContext, postingIds: string[]): Promise<QueryDocumentSnapshot[]> {
  const query = collection(ctx, 'syndications')
    .where('postingId', 'in', postingIds)
    .orderBy(FieldPath.documentId())
    .limit(PAGE_SIZE);
  const docs: QueryDocumentSnapshot[] = [];
  for (let last: QueryDocumentSnapshot | undefined; ;) {
    const page = last ? query.startAfter(last) : query;
    const snapshot = await guarded('list syndications of postings', () => page.get());
    docs.push(...snapshot.docs);
    last = snapshot.docs.at(-1);
    if (snapshot.docs.length < PAGE_SIZE) return docs;
  }
}

/**
 * Records in a status whose `updatedAt` is before an instant, least recently updated first (composite index
 * status + updatedAt, `firestore-indexes.ts`); the cursor is the last record's (updatedAt, id).
 */
export async function listStaleSyndications(
  ctx: FirestoreContext,
  query: StaleSyndicationQuery,
): Promise<Page<SyndicationRecord>> {
  const limit = pageLimitOf(query.limit);
  let q: Query = collection(ctx, 'syndications')
    .where('status', '==', query.status)
    .where('updatedAt', '<', utcInstant(query.updatedBefore))
    .orderBy('updatedAt')
    .orderBy('__name__');
  if (query.cursor) {
    const [updatedAt, id] = decodeCursor(query.cursor);
    q = q.startAfter(String(updatedAt), String(id));
  }
  const snapshot = await guarded('list stale syndications', () => q.limit(limit + 1).get());
  const docs = snapshot.docs.slice(0, limit);
  const last = docs[docs.length - 1];
  return {
    items: docs.map((doc) => SyndicationRecord.parse(doc.data())),
    nextCursor: snapshot.docs.length > limit && last ? encodeCursor([last.get('updatedAt'), last.id]) : null,
  };
}

export async function updateSyndication(
  ctx: FirestoreContext,
  postingId: string,
  partnerId: string,
  update: (current: SyndicationRecord | null) => SyndicationRecord | null,
): Promise<SyndicationRecord | null> {
  const id = syndicationId(postingId, partnerId);
  const ref = collection(ctx, 'syndications').doc(id);
  return guarded(`update syndications/${id}`, () =>
    ctx.db.runTransaction(async (tx) => {
      const snapshot = await tx.get(ref);
      const current = snapshot.exists ? SyndicationRecord.parse(snapshot.data()) : null;
      const next = update(current);
      if (next === null) return current;
      const record = SyndicationRecord.parse({ ...next, id, postingId, partnerId });
      tx.set(ref, { ...record, updatedAt: utcInstant(record.updatedAt) });
      return record;
    }),
  );
}

/**
 * Many read-modify-writes in one transaction: the records read together (`getAll`), every update run on them,
 * the changed ones written in the one commit. A conflict re-runs the whole callback on fresh reads, so each
 * update decides on the record as committed.
 */
export async function updateSyndications(
  ctx: FirestoreContext,
  updates: readonly SyndicationUpdate[],
): Promise<Array<SyndicationRecord | null>> {
  if (updates.length === 0) return [];
  const refs = updates.map((u) => collection(ctx, 'syndications').doc(syndicationId(u.postingId, u.partnerId)));
  return guarded(`update ${updates.length} syndications`, () =>
    ctx.db.runTransaction(async (tx) => {
      const snapshots = await tx.getAll(...refs);
      return updates.map(({ postingId, partnerId, update }, index) => {
        const snapshot = snapshots[index]!;
        const next = update(snapshot.exists ? SyndicationRecord.parse(snapshot.data()) : null);
        if (next === null) return null;
        const record = SyndicationRecord.parse({ ...next, id: refs[index]!.id, postingId, partnerId });
        tx.set(refs[index]!, { ...record, updatedAt: utcInstant(record.updatedAt) });
        return record;
      });
    }),
  );
}

/** A count aggregation of live records and one ordered read for the newest update. */
export async function syndicationStats(
  ctx: FirestoreContext,
  partnerId: string,
): Promise<{ live: number; lastUpdatedAt: string | null }> {
  const records = collection(ctx, 'syndications').where('partnerId', '==', partnerId);
  const [count, newest] = await guarded('syndication stats', () =>
    Promise.all([
      records.where('status', '==', 'live').count().get(),
      records.orderBy('updatedAt', 'desc').limit(1).select('updatedAt').get(),
    ]),
  );
  return { live: count.data().count, lastUpdatedAt: (newest.docs[0]?.get('updatedAt') as string | undefined) ?? null };
}
