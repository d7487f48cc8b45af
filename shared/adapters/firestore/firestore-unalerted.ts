import { FieldPath, FieldValue } from '@google-cloud/firestore';
import type { Page, UnalertedSyndicationQuery } from '../../ports/posting-store.port';
import { SyndicationRecord } from '../../schema/syndication';
import { chunk, pageLimitOf, utcInstant } from '../store-limits';
import { collection, guarded, type FirestoreContext } from './firestore-collections';

/**
 * Records whose stuck-sweep claim still awaits its alert (`resent.alertPending`), in document id order. An
 * equality on the flag alone is served by Firestore's automatic single-field index (an equality plus a range on
 * `updatedAt` would need a composite one); the flag is set on a few records at a time, so the claim instant is
 * filtered here as the page is read.
 */
export async function listUnalertedSyndications(
  ctx: FirestoreContext,
  query: UnalertedSyndicationQuery,
): Promise<Page<SyndicationRecord>> {
  const limit = pageLimitOf(query.limit);
  let q = collection(ctx, 'syndications').where('resent.alertPending', '==', true).orderBy(FieldPath.documentId());
  if (query.cursor) q = q.startAfter(query.cursor);
  const snapshot = await guarded('list unalerted syndications', () => q.limit(limit + 1).get());
  const docs = snapshot.docs.slice(0, limit);
  const before = utcInstant(query.claimedBefore);
  const items = docs
    .map((doc) => SyndicationRecord.parse(doc.data()))
    .filter((record) => utcInstant(record.updatedAt) < before);
  return { items, nextCursor: snapshot.docs.length > limit ? (docs.at(-1)?.id ?? null) : null };
}

/**
 * Clears the flag on claimed records in write batches of 400 (one round trip per page of the sweep). A batch
 * fails whole when one of its documents is gone (a partner deleted with its records since the claim): it is
 * then cleared document by document, skipping the missing ones.
 */
export async function clearAlertPending(ctx: FirestoreContext, recordIds: readonly string[]): Promise<void> {
  const records = collection(ctx, 'syndications');
  const clear = { 'resent.alertPending': FieldValue.delete() };
  for (const part of chunk([...new Set(recordIds)], 400)) {
    const batch = ctx.db.batch();
    for (const id of part) batch.update(records.doc(id), clear);
    const done = await batch.commit().then(
      () => true,
      () => false,
    );
    if (done) continue;
    for (const id of part) {
      const snapshot = await guarded('read a claimed syndication', () => records.doc(id).get());
      if (snapshot.exists) await guarded('clear an alert flag', () => records.doc(id).update(clear));
    }
  }
}
