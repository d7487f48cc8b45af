import type { Page, UnalertedSyndicationQuery } from '../../ports/posting-store.port';
import { SyndicationRecord } from '../../schema/syndication';
import { pageLimitOf, utcInstant } from '../store-limits';
import { immediate, read, type SqliteDatabase } from './sqlite-database';

/**
 * Records whose stuck-sweep claim still awaits its alert (`resent.alertPending`) claimed before an instant, in
 * id order: a partial index holds only the flagged rows (`syndications_alert_pending`, store-schema.ts), so the
 * read never scans the table.
 */
export function listUnalertedSyndications(
  db: SqliteDatabase,
  query: UnalertedSyndicationQuery,
): Page<SyndicationRecord> {
  const limit = pageLimitOf(query.limit);
  const sql = `SELECT id, doc FROM syndications
    WHERE json_extract(doc, '$.resent.alertPending') = 1 AND updated_at < ? AND id > ?
    ORDER BY id LIMIT ?`;
  const rows = read(() => db.prepare(sql).all(utcInstant(query.claimedBefore), query.cursor ?? '', limit + 1)) as {
    id: string;
    doc: string;
  }[];
  const items = rows.slice(0, limit);
  return {
    items: items.map((row) => SyndicationRecord.parse(JSON.parse(row.doc))),
    nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null,
  };
}

/** Clears the flag on claimed records in one statement; the rest of each document is left as it is. */
export function clearAlertPending(db: SqliteDatabase, recordIds: readonly string[]): void {
  if (recordIds.length === 0) return;
  const sql = `UPDATE syndications SET doc = json_remove(doc, '$.resent.alertPending')
    WHERE id IN (SELECT value FROM json_each(?)) AND json_extract(doc, '$.resent.alertPending') IS NOT NULL`;
  immediate(db, () => db.prepare(sql).run(JSON.stringify([...new Set(recordIds)])));
}
