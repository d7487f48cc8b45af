import type { Page, StaleSyndicationQuery, SyndicationQuery, SyndicationUpdate } from '../../ports/posting-store.port';
import { SyndicationRecord, syndicationId } from '../../schema/syndication';
import { decodeCursor, encodeCursor, pageLimitOf, utcInstant } from '../store-limits';
import { immediate, read, type SqliteDatabase } from './sqlite-database';

/** Syndication records and processed-event markers in SQLite. */

const toRecord = (row: { doc: string }) => SyndicationRecord.parse(JSON.parse(row.doc));

export function getSyndication(db: SqliteDatabase, postingId: string, partnerId: string): SyndicationRecord | null {
  const sql = 'SELECT doc FROM syndications WHERE id = ?';
  const row = read(() => db.prepare(sql).get(syndicationId(postingId, partnerId))) as { doc: string } | undefined;
  return row ? toRecord(row) : null;
}

/** One partner's records of many postings, in one query by primary key (the ids as one JSON array). */
export function getSyndications(
  db: SqliteDatabase,
  partnerId: string,
  postingIds: readonly string[],
): Map<string, SyndicationRecord> {
  const found = new Map<string, SyndicationRecord>();
  if (postingIds.length === 0) return found;
  const ids = JSON.stringify([...new Set(postingIds)].map((postingId) => syndicationId(postingId, partnerId)));
  const sql = 'SELECT doc FROM syndications WHERE id IN (SELECT value FROM json_each(?))';
  const rows = read(() => db.prepare(sql).all(ids)) as { doc: string }[];
  for (const record of rows.map(toRecord)) found.set(record.postingId, record);
  return found;
}

export function listSyndications(db: SqliteDatabase, query: SyndicationQuery): Page<SyndicationRecord> {
  const limit = pageLimitOf(query.limit);
  const where: string[] = [];
  const args: unknown[] = [];
  const filter = (condition: string, value: unknown) => {
    where.push(condition);
    args.push(value);
  };
  if (query.postingId) filter('posting_id = ?', query.postingId);
  if (query.partnerId) filter('partner_id = ?', query.partnerId);
  if (query.status) filter('status = ?', query.status);
  if (query.updatedSince) filter('updated_at >= ?', utcInstant(query.updatedSince));
  if (query.cursor) filter('id > ?', decodeCursor(query.cursor)[0]);
  const sql = `SELECT id, doc FROM syndications ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT ?`;
  const rows = read(() => db.prepare(sql).all(...args, limit + 1)) as { id: string; doc: string }[];
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(toRecord), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

/**
 * The records of many postings in one query: the ids go in as one JSON array (`json_each`), so no list is
 * too long for SQLite's bound-parameter limit; served by the (posting_id, id) index.
 */
export function listSyndicationsOfPostings(
  db: SqliteDatabase,
  postingIds: readonly string[],
): Map<string, SyndicationRecord[]> {
  const byPosting = new Map<string, SyndicationRecord[]>();
  if (postingIds.length === 0) return byPosting;
  const sql = `SELECT doc FROM syndications WHERE posting_id IN (SELECT value FROM json_each(?))
    ORDER BY posting_id, id`;
  const rows = read(() => db.prepare(sql).all(JSON.stringify([...new Set(postingIds)]))) as { doc: string }[];
  for (const record of rows.map(toRecord)) {
    const records = byPosting.get(record.postingId) ?? [];
    records.push(record);
    byPosting.set(record.postingId, records);
  }
  return byPosting;
}

/** Records in a status not updated since before an instant, least recently updated first (index by status, updated_at, id). */
export function listStaleSyndications(db: SqliteDatabase, query: StaleSyndicationQuery): Page<SyndicationRecord> {
  const limit = pageLimitOf(query.limit);
  const args: unknown[] = [query.status, utcInstant(query.updatedBefore)];
  let after = '';
  if (query.cursor) {
    const [updatedAt, id] = decodeCursor(query.cursor);
    after = 'AND (updated_at, id) > (?, ?)';
    args.push(String(updatedAt), String(id));
  }
  const sql = `SELECT id, updated_at, doc FROM syndications WHERE status = ? AND updated_at < ? ${after}
    ORDER BY updated_at, id LIMIT ?`;
  const rows = read(() => db.prepare(sql).all(...args, limit + 1)) as { id: string; updated_at: string; doc: string }[];
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(toRecord),
    nextCursor: rows.length > limit && last ? encodeCursor([last.updated_at, last.id]) : null,
  };
}

/** Read-modify-write under the write lock: `update` sees the record as stored and its result is stored as is. */
export function updateSyndication(
  db: SqliteDatabase,
  postingId: string,
  partnerId: string,
  update: (current: SyndicationRecord | null) => SyndicationRecord | null,
): SyndicationRecord | null {
  return immediate(db, () => {
    const current = getSyndication(db, postingId, partnerId);
    return writeUpdate(db, postingId, partnerId, update(current)) ?? current;
  });
}

/** Many read-modify-writes under one write lock: the record as written per update, or null when it left it. */
export function updateSyndications(
  db: SqliteDatabase,
  updates: readonly SyndicationUpdate[],
): Array<SyndicationRecord | null> {
  return immediate(db, () =>
    updates.map(({ postingId, partnerId, update }) =>
      writeUpdate(db, postingId, partnerId, update(getSyndication(db, postingId, partnerId))),
    ),
  );
}

function writeUpdate(
  db: SqliteDatabase,
  postingId: string,
  partnerId: string,
  next: SyndicationRecord | null,
): SyndicationRecord | null {
  if (next === null) return null;
  const record = SyndicationRecord.parse({ ...next, id: syndicationId(postingId, partnerId), postingId, partnerId });
  db.prepare(
    `INSERT INTO syndications (id, posting_id, partner_id, status, updated_at, doc) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, doc = excluded.doc`,
  ).run(record.id, postingId, partnerId, record.status, utcInstant(record.updatedAt), JSON.stringify(record));
  return record;
}

/** How many of a partner's records are live, and the newest `updatedAt` among all of them (feed ETags). */
export function syndicationStats(
  db: SqliteDatabase,
  partnerId: string,
): { live: number; lastUpdatedAt: string | null } {
  const sql = `SELECT SUM(status = 'live') AS live, MAX(updated_at) AS last FROM syndications WHERE partner_id = ?`;
  const row = read(() => db.prepare(sql).get(partnerId)) as { live: number | null; last: string | null };
  return { live: row.live ?? 0, lastUpdatedAt: row.last };
}

/** Claims an event for a consumer: true the first time (or once an earlier marker expired), false after. */
export function claimEvent(
  db: SqliteDatabase,
  consumer: string,
  eventId: string,
  ttlSeconds: number,
  now: Date,
): boolean {
  const expireAt = new Date(now.getTime() + ttlSeconds * 1000).toISOString();
  return immediate(db, () => {
    db.prepare('DELETE FROM processed_events WHERE consumer = ? AND event_id = ? AND expire_at <= ?').run(
      consumer,
      eventId,
      now.toISOString(),
    );
    const inserted = db
      .prepare('INSERT OR IGNORE INTO processed_events (consumer, event_id, expire_at) VALUES (?, ?, ?)')
      .run(consumer, eventId, expireAt);
    db.prepare(
      'DELETE FROM processed_events WHERE rowid IN (SELECT rowid FROM processed_events WHERE expire_at <= ? LIMIT 100)',
    ).run(now.toISOString());
    return inserted.changes === 1;
  });
}

/** Moves an unexpired claim's expiry to `ttlSeconds` from `now`. */
export function renewEvent(db: SqliteDatabase, consumer: string, eventId: string, ttlSeconds: number, now: Date): void {
  const expireAt = new Date(now.getTime() + ttlSeconds * 1000).toISOString();
  immediate(db, () =>
    db
      .prepare('UPDATE processed_events SET expire_at = ? WHERE consumer = ? AND event_id = ? AND expire_at > ?')
      .run(expireAt, consumer, eventId, now.toISOString()),
  );
}

/** Whether an unexpired claim exists. */
export function hasEvent(db: SqliteDatabase, consumer: string, eventId: string, now: Date): boolean {
  const sql = 'SELECT 1 FROM processed_events WHERE consumer = ? AND event_id = ? AND expire_at > ?';
  return read(() => db.prepare(sql).get(consumer, eventId, now.toISOString())) !== undefined;
}

/** Which of the ids hold an unexpired claim, in one query (the ids as one JSON array, as for records). */
export function heldEvents(db: SqliteDatabase, consumer: string, eventIds: readonly string[], now: Date): Set<string> {
  if (eventIds.length === 0) return new Set();
  const sql = `SELECT event_id FROM processed_events
    WHERE consumer = ? AND expire_at > ? AND event_id IN (SELECT value FROM json_each(?))`;
  const ids = JSON.stringify([...new Set(eventIds)]);
  const rows = read(() => db.prepare(sql).all(consumer, now.toISOString(), ids)) as { event_id: string }[];
  return new Set(rows.map((row) => row.event_id));
}

export function releaseEvent(db: SqliteDatabase, consumer: string, eventId: string): void {
  immediate(db, () =>
    db.prepare('DELETE FROM processed_events WHERE consumer = ? AND event_id = ?').run(consumer, eventId),
  );
}

/** A sweep's mark, or null before it stored one. */
export function getSweepMark(db: SqliteDatabase, name: string): string | null {
  const row = read(() => db.prepare('SELECT value FROM sweep_marks WHERE name = ?').get(name)) as
    { value: string } | undefined;
  return row?.value ?? null;
}

/** Stores the mark unless the stored one sorts at or after it: a mark never moves back. */
export function advanceSweepMark(db: SqliteDatabase, name: string, value: string): boolean {
  return immediate(db, () => {
    const result = db
      .prepare(
        `INSERT INTO sweep_marks (name, value) VALUES (?, ?)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value WHERE excluded.value > sweep_marks.value`,
      )
      .run(name, value);
    return result.changes === 1;
  });
}
