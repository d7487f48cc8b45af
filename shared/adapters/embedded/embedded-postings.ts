import type { CommitOutcome, Page, PostingChange, PostingQuery } from '../../ports/posting-store.port';
import type { PostingStatus } from '../../schema/posting';
import { PostingRecord, type PostingSummary } from '../../schema/stored-posting';
import { chunk, decodeCursor, encodeCursor, pageLimitOf, READ_CHUNK, utcInstant } from '../store-limits';
import { searchColumnsOf } from './embedded-posting-search';
import { immediate, read, type SqliteDatabase } from './sqlite-database';

/** Postings in SQLite (`postings` table): the posting half of the embedded `PostingStore`. */

const SUMMARY_COLUMNS =
  'id, source_id, content_hash, status, version, dedup_key, fingerprint, duplicate_of, valid_through';

interface SummaryRow {
  id: string;
  source_id: string;
  content_hash: string;
  status: PostingStatus;
  version: number;
  dedup_key: string;
  fingerprint: string;
  duplicate_of: string | null;
  valid_through: string | null;
}

const toSummary = (row: SummaryRow): PostingSummary => ({
  id: row.id,
  sourceId: row.source_id,
  contentHash: row.content_hash,
  status: row.status,
  version: row.version,
  dedupKey: row.dedup_key,
  fingerprint: row.fingerprint,
  duplicateOf: row.duplicate_of,
  validThrough: row.valid_through,
});

const toRecord = (doc: string): PostingRecord => PostingRecord.parse(JSON.parse(doc));

/** The posting with this id, or null. */
export function getPosting(db: SqliteDatabase, id: string): PostingRecord | null {
  const row = read(() => db.prepare('SELECT doc FROM postings WHERE id = ?').get(id)) as { doc: string } | undefined;
  return row ? toRecord(row.doc) : null;
}

/** Rows by id, read in chunks so the statement's variable count stays bounded. */
function selectByIds<T>(db: SqliteDatabase, columns: string, ids: readonly string[]): T[] {
  const rows: T[] = [];
  for (const part of chunk([...new Set(ids)], READ_CHUNK)) {
    const sql = `SELECT ${columns} FROM postings WHERE id IN (${part.map(() => '?').join(',')})`;
    rows.push(...(read(() => db.prepare(sql).all(...part)) as T[]));
  }
  return rows;
}

export function getPostings(db: SqliteDatabase, ids: readonly string[]): Map<string, PostingRecord> {
  const rows = selectByIds<{ id: string; doc: string }>(db, 'id, doc', ids);
  return new Map(rows.map((row) => [row.id, toRecord(row.doc)]));
}

export function getPostingSummaries(db: SqliteDatabase, ids: readonly string[]): Map<string, PostingSummary> {
  return new Map(selectByIds<SummaryRow>(db, SUMMARY_COLUMNS, ids).map((row) => [row.id, toSummary(row)]));
}

export function listPostingSummaries(db: SqliteDatabase, sourceId: string, status?: PostingStatus): PostingSummary[] {
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM postings WHERE source_id = ?${status ? ' AND status = ?' : ''}`;
  const rows = read(() => db.prepare(sql).all(...(status ? [sourceId, status] : [sourceId]))) as SummaryRow[];
  return rows.map(toSummary);
}

export function findByDedupKey(db: SqliteDatabase, dedupKey: string): PostingSummary[] {
  const rows = read(() => db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM postings WHERE dedup_key = ?`).all(dedupKey));
  return (rows as SummaryRow[]).map(toSummary);
}

/** Open postings sharing a dedup term, read through the `dedup_terms` index. */
export function findDedupCandidates(db: SqliteDatabase, terms: readonly string[]): PostingSummary[] {
  const found = new Map<string, PostingSummary>();
  for (const part of chunk([...new Set(terms)], READ_CHUNK)) {
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM postings WHERE status = 'open'
      AND id IN (SELECT posting_id FROM dedup_terms WHERE term IN (${part.map(() => '?').join(',')}))`;
    for (const row of read(() => db.prepare(sql).all(...part)) as SummaryRow[]) found.set(row.id, toSummary(row));
  }
  return [...found.values()];
}

export function listExpired(db: SqliteDatabase, now: string, limit: number): PostingSummary[] {
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM postings WHERE status = 'open' AND expires_at < ? ORDER BY expires_at, id LIMIT ?`;
  return (read(() => db.prepare(sql).all(utcInstant(now), limit)) as SummaryRow[]).map(toSummary);
}

/** One page of postings, keyset-paginated on (`lastChangedAt`, `id`) or `id`. */
export function queryPostings(db: SqliteDatabase, query: PostingQuery): Page<PostingRecord> {
  const limit = pageLimitOf(query.limit);
  const byChange = query.orderBy === 'lastChangedAt';
  const where: string[] = [];
  const args: unknown[] = [];
  const filter = (condition: string, ...values: unknown[]) => {
    where.push(condition);
    args.push(...values);
  };
  if (query.status) filter('status = ?', query.status);
  if (query.sourceId) filter('source_id = ?', query.sourceId);
  if (query.changedSince) filter('last_changed_at >= ?', utcInstant(query.changedSince));
  if (query.changedBefore) filter('last_changed_at < ?', utcInstant(query.changedBefore));
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    if (byChange) filter('(last_changed_at, id) > (?, ?)', after[0], after[1]);
    else filter('id > ?', after[0]);
  }
  const sql = `SELECT id, last_changed_at, doc FROM postings ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${byChange ? 'last_changed_at, id' : 'id'} LIMIT ?`;
  const rows = read(() => db.prepare(sql).all(...args, limit + 1)) as {
    id: string;
    last_changed_at: string;
    doc: string;
  }[];
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > limit && last ? encodeCursor(byChange ? [last.last_changed_at, last.id] : [last.id]) : null;
  return { items: items.map((row) => toRecord(row.doc)), nextCursor };
}

/**
 * Commits each change with its outbox event in one `BEGIN IMMEDIATE` transaction, after checking the stored
 * version against `expectedVersion`; a change whose check fails is left out and reported as a conflict.
 */
export function commitChanges(db: SqliteDatabase, changes: readonly PostingChange[]): CommitOutcome[] {
  const versionOf = db.prepare('SELECT version FROM postings WHERE id = ?');
  const upsert = db.prepare(`INSERT INTO postings (id, source_id, status, version, content_hash, dedup_key, fingerprint,
      duplicate_of, valid_through, expires_at, last_changed_at, doc, search_text, facets)
    VALUES (@id, @sourceId, @status, @version, @contentHash, @dedupKey, @fingerprint, @duplicateOf, @validThrough,
      @expiresAt, @lastChangedAt, @doc, @searchText, @facets)
    ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, status = excluded.status, version = excluded.version,
      content_hash = excluded.content_hash, dedup_key = excluded.dedup_key, fingerprint = excluded.fingerprint,
      duplicate_of = excluded.duplicate_of, valid_through = excluded.valid_through, expires_at = excluded.expires_at,
      last_changed_at = excluded.last_changed_at, doc = excluded.doc, search_text = excluded.search_text,
      facets = excluded.facets`);
  const clearTerms = db.prepare('DELETE FROM dedup_terms WHERE posting_id = ?');
  const addTerm = db.prepare('INSERT OR IGNORE INTO dedup_terms (term, posting_id) VALUES (?, ?)');
  const insertEvent = db.prepare('INSERT INTO outbox (id, created_at, doc) VALUES (?, ?, ?)');
  return immediate(db, () =>
    changes.map((change): CommitOutcome => {
      const { record, event } = change;
      const stored = versionOf.get(record.id) as { version: number } | undefined;
      if ((stored?.version ?? null) !== change.expectedVersion) {
        return { id: record.id, outcome: 'conflict', current: getPosting(db, record.id) };
      }
      upsert.run(postingRow(record));
      clearTerms.run(record.id);
      for (const term of record.dedupTerms) addTerm.run(term, record.id);
      insertEvent.run(event.id, utcInstant(event.createdAt), JSON.stringify(event));
      return { id: record.id, outcome: 'committed' };
    }),
  );
}

/** The indexed columns of a posting row, and the document itself. */
function postingRow(posting: PostingRecord) {
  // instants are kept in one UTC format, so they sort and compare as strings (as in Firestore)
  const record = {
    ...posting,
    lastChangedAt: utcInstant(posting.lastChangedAt),
    expiresAt: posting.expiresAt === null ? null : utcInstant(posting.expiresAt),
  };
  return {
    id: record.id,
    sourceId: record.source.id,
    status: record.status,
    version: record.version,
    contentHash: record.contentHash,
    dedupKey: record.dedupKey,
    fingerprint: record.fingerprint,
    duplicateOf: record.duplicateOf,
    validThrough: record.validThrough,
    expiresAt: record.expiresAt,
    lastChangedAt: record.lastChangedAt,
    doc: JSON.stringify(record),
    ...searchColumnsOf(record),
  };
}
