import { FieldValue, type DocumentData } from '@google-cloud/firestore';
import { OutboxEvent } from '../../schema/events';
import { chunk, OUTBOX_RETENTION_MS, utcInstant } from '../store-limits';
import { collection, guarded, type FirestoreContext } from './firestore-collections';
import { outboxExpiry } from './firestore-commit';

/** The outbox in Firestore (`outbox/{eventId}`): sent events expire through a TTL policy on `expireAt`. */

const toEvent = (data: DocumentData): OutboxEvent => OutboxEvent.parse(data);

export async function listUnsent(ctx: FirestoreContext, limit: number): Promise<OutboxEvent[]> {
  const query = collection(ctx, 'outbox')
    .where('sentAt', '==', null)
    .orderBy('createdAt')
    .orderBy('__name__')
    .limit(limit);
  const snapshot = await guarded('list unsent events', () => query.get());
  return snapshot.docs.map((doc) => toEvent(doc.data()));
}

export async function markSent(ctx: FirestoreContext, eventIds: readonly string[], sentAt: string): Promise<void> {
  const at = utcInstant(sentAt);
  const outbox = collection(ctx, 'outbox');
  for (const part of chunk(eventIds, 400)) {
    const batch = ctx.db.batch();
    for (const id of part)
      batch.update(outbox.doc(id), { sentAt: at, expireAt: outboxExpiry(at, OUTBOX_RETENTION_MS) });
    await guarded('mark events sent', () => batch.commit());
  }
}

export async function recordPublishFailure(ctx: FirestoreContext, eventId: string, error: string): Promise<void> {
  const update = { publishAttempts: FieldValue.increment(1), lastError: error.slice(0, 1000) };
  await guarded('record a publish failure', () => collection(ctx, 'outbox').doc(eventId).update(update));
}

export async function getOutboxEvent(ctx: FirestoreContext, eventId: string): Promise<OutboxEvent | null> {
  const snapshot = await guarded('read an event', () => collection(ctx, 'outbox').doc(eventId).get());
  return snapshot.exists ? toEvent(snapshot.data()!) : null;
}
