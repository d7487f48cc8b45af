import { addSearchColumns, SEARCH_BY_ID_INDEX } from './embedded-posting-search';
import type { Migration } from './sqlite-database';

/**
 * Tables of the embedded store: one per Firestore collection (DESIGN §4), each document kept whole as JSON
 * in `doc`, with the fields queries filter or sort on copied into indexed columns.
 */
export const STORE_MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE postings (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    dedup_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    duplicate_of TEXT,
    valid_through TEXT,
    expires_at TEXT,
    last_changed_at TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX postings_by_source ON postings (source_id, status);
  CREATE INDEX postings_by_dedup ON postings (dedup_key, status);
  CREATE INDEX postings_by_expiry ON postings (status, expires_at);
  CREATE INDEX postings_by_change ON postings (last_changed_at, id);
  CREATE INDEX postings_by_status ON postings (status, id);

  CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    publish_attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    expire_at TEXT,
    doc TEXT NOT NULL
  );
  CREATE INDEX outbox_unsent ON outbox (created_at, id) WHERE sent_at IS NULL;
  CREATE INDEX outbox_by_expiry ON outbox (expire_at) WHERE expire_at IS NOT NULL;

  CREATE TABLE sources (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
  CREATE TABLE partners (id TEXT PRIMARY KEY, doc TEXT NOT NULL);

  CREATE TABLE runs (id TEXT PRIMARY KEY, source_id TEXT NOT NULL, started_at TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX runs_by_source ON runs (source_id, started_at);
  CREATE INDEX runs_by_start ON runs (started_at);

  CREATE TABLE syndications (
    id TEXT PRIMARY KEY,
    posting_id TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX syndications_by_updated ON syndications (partner_id, updated_at);
  CREATE INDEX syndications_by_partner ON syndications (partner_id, status, id);
  CREATE INDEX syndications_by_posting ON syndications (posting_id, id);
  CREATE INDEX syndications_by_status ON syndications (status, id);

  CREATE TABLE processed_events (
    consumer TEXT NOT NULL,
    event_id TEXT NOT NULL,
    expire_at TEXT NOT NULL,
    PRIMARY KEY (consumer, event_id)
  );
  CREATE INDEX processed_events_by_expiry ON processed_events (expire_at);
  `,
  `
  CREATE TABLE dedup_terms (
    term TEXT NOT NULL,
    posting_id TEXT NOT NULL,
    PRIMARY KEY (term, posting_id)
  ) WITHOUT ROWID;
  CREATE INDEX dedup_terms_by_posting ON dedup_terms (posting_id);
  `,
  // the console's search: words and facet terms of each posting, with a covering index (embedded-posting-search.ts)
  addSearchColumns,
  SEARCH_BY_ID_INDEX,
  // the stuck-syndication sweep: pending records least recently updated first (listStaleSyndications)
  'CREATE INDEX IF NOT EXISTS syndications_by_status_updated ON syndications (status, updated_at, id);',
  // where periodic sweeps keep their place (the lagging-syndication sweep's watermark)
  'CREATE TABLE IF NOT EXISTS sweep_marks (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;',
  // the stuck sweep's claims still awaiting their alert (listUnalertedSyndications): only the flagged rows
  `CREATE INDEX IF NOT EXISTS syndications_alert_pending ON syndications (id)
    WHERE json_extract(doc, '$.resent.alertPending') = 1;`,
];
