import { OutboxEvent } from '../../schema/events';
import { OUTBOX_RETENTION_MS, utcInstant } from '../store-limits';
import { immediate, read, type SqliteDatabase } from './sqlite-database';

/** The outbox in SQLite: events committed with their postings, waiting to be (or already) published. */

interface OutboxRow {
  doc: string;
  sent_at: string | null;
  publish_attempts: number;
}

const toEvent = (row: OutboxRow): OutboxEvent =>
  OutboxEvent.parse({ ...JSON.parse(row.doc), sentAt: row.sent_at, publishAttempts: row.publish_attempts });

export function listUnsent(db: SqliteDatabase, limit: number): OutboxEvent[] {
  const sql = 'SELECT doc, sent_at, publish_attempts FROM outbox WHERE sent_at IS NULL ORDER BY created_at, id LIMIT ?';
  return (read(() => db.prepare(sql).all(limit)) as OutboxRow[]).map(toEvent);
}

/** Marks events sent (kept for a week, then purged) and purges what has expired meanwhile. */
export function markSent(db: SqliteDatabase, eventIds: readonly string[], sentAt: string): void {
  const at = utcInstant(sentAt);
  const expireAt = new Date(Date.parse(at) + OUTBOX_RETENTION_MS).toISOString();
  const mark = db.prepare('UPDATE outbox SET sent_at = ?, expire_at = ? WHERE id = ? AND sent_at IS NULL');
  const purge = db.prepare(
    'DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE expire_at IS NOT NULL AND expire_at < ? LIMIT 500)',
  );
  immediate(db, () => {
    for (const id of eventIds) mark.run(at, expireAt, id);
    purge.run(at);
  });
}

export function recordPublishFailure(db: SqliteDatabase, eventId: string, error: string): void {
  const sql = 'UPDATE outbox SET publish_attempts = publish_attempts + 1, last_error = ? WHERE id = ?';
  immediate(db, () => db.prepare(sql).run(error.slice(0, 1000), eventId));
}

export function getOutboxEvent(db: SqliteDatabase, eventId: string): OutboxEvent | null {
  const sql = 'SELECT doc, sent_at, publish_attempts FROM outbox WHERE id = ?';
  const row = read(() => db.prepare(sql).get(eventId)) as OutboxRow | undefined;
  return row ? toEvent(row) : null;
}
