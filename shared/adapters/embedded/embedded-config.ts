import { PermanentError } from '../../errors';
import { StoredPartner, type PartnerConfig, type PartnerHealth } from '../../schema/partner';
import { RunRecord } from '../../schema/run';
import { StoredSource, type SourceConfig, type SourceHealth } from '../../schema/source';
import { immediate, read, type SqliteDatabase } from './sqlite-database';

/** Sources, partners and runs in SQLite: configuration as code and its health, and refresh run records. */

type ConfigTable = 'sources' | 'partners';

function getDoc(db: SqliteDatabase, table: ConfigTable, id: string): unknown {
  const row = read(() => db.prepare(`SELECT doc FROM ${table} WHERE id = ?`).get(id)) as { doc: string } | undefined;
  return row ? JSON.parse(row.doc) : null;
}

function listDocs(db: SqliteDatabase, table: ConfigTable): unknown[] {
  const rows = read(() => db.prepare(`SELECT doc FROM ${table} ORDER BY id`).all()) as { doc: string }[];
  return rows.map((row) => JSON.parse(row.doc));
}

/** Replaces the configuration, keeping the health the stored document had (or the default health). */
function putConfig(db: SqliteDatabase, table: ConfigTable, id: string, config: unknown, now: string): void {
  immediate(db, () => {
    const current = getDoc(db, table, id) as { health?: unknown } | null;
    const doc = { config, health: current?.health ?? {}, updatedAt: now };
    db.prepare(`INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`).run(
      id,
      JSON.stringify(doc),
    );
  });
}

function putHealth(db: SqliteDatabase, table: ConfigTable, id: string, health: unknown): void {
  immediate(db, () => {
    const current = getDoc(db, table, id) as Record<string, unknown> | null;
    if (!current) throw new PermanentError('STORE.NOT_FOUND', `${table}/${id} does not exist`, { details: { id } });
    db.prepare(`UPDATE ${table} SET doc = ? WHERE id = ?`).run(JSON.stringify({ ...current, health }), id);
  });
}

const remove = (db: SqliteDatabase, table: ConfigTable, id: string) =>
  immediate(db, () => db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id));

export const sources = {
  put: (db: SqliteDatabase, config: SourceConfig, now: string) => putConfig(db, 'sources', config.id, config, now),
  get: (db: SqliteDatabase, id: string) => {
    const doc = getDoc(db, 'sources', id);
    return doc ? StoredSource.parse(doc) : null;
  },
  list: (db: SqliteDatabase) => listDocs(db, 'sources').map((doc) => StoredSource.parse(doc)),
  remove: (db: SqliteDatabase, id: string) => void remove(db, 'sources', id),
  putHealth: (db: SqliteDatabase, id: string, health: SourceHealth) => putHealth(db, 'sources', id, health),
};

export const partners = {
  put: (db: SqliteDatabase, config: PartnerConfig, now: string) => putConfig(db, 'partners', config.id, config, now),
  get: (db: SqliteDatabase, id: string) => {
    const doc = getDoc(db, 'partners', id);
    return doc ? StoredPartner.parse(doc) : null;
  },
  list: (db: SqliteDatabase) => listDocs(db, 'partners').map((doc) => StoredPartner.parse(doc)),
  remove: (db: SqliteDatabase, id: string) => void remove(db, 'partners', id),
  putHealth: (db: SqliteDatabase, id: string, health: PartnerHealth) => putHealth(db, 'partners', id, health),
};

export const runs = {
  put: (db: SqliteDatabase, run: RunRecord) =>
    void immediate(db, () =>
      db
        .prepare(
          `INSERT INTO runs (id, source_id, started_at, doc) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, started_at = excluded.started_at, doc = excluded.doc`,
        )
        .run(run.id, run.sourceId, new Date(run.startedAt).toISOString(), JSON.stringify(run)),
    ),
  get: (db: SqliteDatabase, id: string) => {
    const row = read(() => db.prepare('SELECT doc FROM runs WHERE id = ?').get(id)) as { doc: string } | undefined;
    return row ? RunRecord.parse(JSON.parse(row.doc)) : null;
  },
  list: (db: SqliteDatabase, query: { sourceId?: string; limit: number }) => {
    const sql = query.sourceId
      ? 'SELECT doc FROM runs WHERE source_id = ? ORDER BY started_at DESC, id DESC LIMIT ?'
      : 'SELECT doc FROM runs ORDER BY started_at DESC, id DESC LIMIT ?';
    const args = query.sourceId ? [query.sourceId, query.limit] : [query.limit];
    const rows = read(() => db.prepare(sql).all(...args)) as { doc: string }[];
    return rows.map((row) => RunRecord.parse(JSON.parse(row.doc)));
  },
};
