import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { TransientError } from '../../errors';

/** An open better-sqlite3 database (https://github.com/WiseLibs/better-sqlite3/blob/master/docs/api.md). */
export type SqliteDatabase = Database.Database;

/**
 * One schema step; `user_version` records how many have run, so opening an older file upgrades it. SQL, or
 * a function for a step SQL cannot express (filling a new column from the stored documents).
 */
export type Migration = string | ((db: SqliteDatabase) => void);

/** How long a writer waits for another process's write lock before giving up with `STORE.BUSY`. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens (creating if needed) a SQLite file for use by several processes at once: WAL journal (readers never
 * block the writer), `busy_timeout` (writers queue instead of failing), `synchronous=NORMAL` (durable at each
 * checkpoint; in WAL mode a crash loses no committed transaction of a surviving OS), then applies migrations.
 */
export function openDatabase(path: string, migrations: readonly Migration[]): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return db;
}

function migrate(db: SqliteDatabase, migrations: readonly Migration[]): void {
  immediate(db, () => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let step = current; step < migrations.length; step++) {
      const migration = migrations[step]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
    }
    if (current < migrations.length) db.pragma(`user_version = ${migrations.length}`);
  });
}

/**
 * Runs `work` in a `BEGIN IMMEDIATE` transaction: the write lock is taken before the first read, so a
 * read-check-write is never interleaved with another process's write. Lock timeouts become `STORE.BUSY`.
 */
export function immediate<T>(db: SqliteDatabase, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    throw mapSqliteError(error);
  }
}

/** Reads without a write lock, mapping lock timeouts like writes. */
export function read<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw mapSqliteError(error);
  }
}

function mapSqliteError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new TransientError('STORE.BUSY', 'the embedded database is locked by another process', { cause: error });
  }
  return error;
}
