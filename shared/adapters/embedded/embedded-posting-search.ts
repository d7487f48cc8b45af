import type { PostingSearch, PostingSearchHit, PostingSearchPage } from '../../ports/posting-store.port';
import { PostingRecord } from '../../schema/stored-posting';
import { SyndicationReason } from '../../schema/syndication';
import {
  facetTermsOf,
  listItemFrom,
  queryWordsOf,
  requiredFacetTerms,
  searchLimitOf,
  searchWordsOf,
} from '../posting-search';
import { decodeCursor, encodeCursor } from '../store-limits';
import { read, type SqliteDatabase } from './sqlite-database';

/**
 * The console's posting search in SQLite. Each posting row carries its search words (`search_text`, ` w1 w2 `)
 * and facet terms (`facets`, ` c:DE p:remote w:missing_salary `); a covering index on (last_changed_at, id,
 * status, source_id, facets, search_text) lets a filtered page be found without reading a single document,
 * so only the page's own rows are read whole. Board filters join the syndication records.
 */

/** The search columns of a posting row. */
export function searchColumnsOf(record: PostingRecord): { searchText: string; facets: string } {
  return { searchText: spaced(searchWordsOf(record)), facets: spaced(facetTermsOf(record)) };
}

const spaced = (values: readonly string[]): string => (values.length > 0 ? ` ${values.join(' ')} ` : ' ');

/** Schema step: the search columns, their covering index, the board index, and the columns of stored rows filled. */
export function addSearchColumns(db: SqliteDatabase): void {
  db.exec(`
    ALTER TABLE postings ADD COLUMN search_text TEXT NOT NULL DEFAULT ' ';
    ALTER TABLE postings ADD COLUMN facets TEXT NOT NULL DEFAULT ' ';
    CREATE INDEX postings_by_recency ON postings (last_changed_at DESC, id DESC, status, source_id, facets, search_text);
    CREATE INDEX syndications_by_board ON syndications (partner_id, status, updated_at DESC, id DESC);
  `);
  const update = db.prepare('UPDATE postings SET search_text = ?, facets = ? WHERE id = ?');
  // read in chunks (better-sqlite3 cannot write while a statement is still iterating)
  const next = db.prepare('SELECT id, doc FROM postings WHERE id > ? ORDER BY id LIMIT 500');
  for (let rows = next.all('') as { id: string; doc: string }[]; rows.length > 0;) {
    for (const row of rows) {
      const { searchText, facets } = searchColumnsOf(PostingRecord.parse(JSON.parse(row.doc)));
      update.run(searchText, facets, row.id);
    }
    rows = next.all(rows[rows.length - 1]!.id) as { id: string; doc: string }[];
  }
}

/**
 * Schema step: the search columns again, keyed by id, for searches that reach postings through their board
 * records (the columns sit after the document in the row, so reading them from the table would read it too).
 */
export const SEARCH_BY_ID_INDEX = `CREATE INDEX postings_search_by_id ON postings (id, status, source_id, facets, search_text);`;

/** SQL conditions on the posting row `p`, and their arguments. */
function postingConditions(search: PostingSearch): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    where.push(condition);
    args.push(value);
  };
  if (search.status) add('p.status = ?', search.status);
  if (search.sourceId) add('p.source_id = ?', search.sourceId);
  for (const term of requiredFacetTerms(search)) add('instr(p.facets, ?) > 0', ` ${term} `);
  for (const word of queryWordsOf(search.text)) add('instr(p.search_text, ?) > 0', ` ${word}`);
  if (search.board?.status === 'none')
    add(`NOT EXISTS (SELECT 1 FROM syndications s WHERE s.id = p.id || '__' || ?)`, search.board.partnerId);
  return { where, args };
}

/** The document without its long parts (dropped by SQLite, so they are never parsed here). */
const LIST_DOC = `json_remove(p.doc, '$.description', '$.responsibilities', '$.requirements', '$.benefits', '$.skills', '$.languages', '$.dedupTerms')`;
const toItem = (doc: string) => listItemFrom(JSON.parse(doc));

const whereOf = (where: readonly string[]) => (where.length > 0 ? `WHERE ${where.join(' AND ')}` : '');

/** One page of the console's search: newest change first, or newest board change first with a board status. */
export function searchPostings(db: SqliteDatabase, search: PostingSearch): PostingSearchPage {
  const board = search.board;
  return board && board.status !== 'none'
    ? searchByBoard(db, search, { partnerId: board.partnerId, status: board.status })
    : searchByRecency(db, search);
}

function searchByRecency(db: SqliteDatabase, search: PostingSearch): PostingSearchPage {
  const limit = searchLimitOf(search);
  const { where, args } = postingConditions(search);
  const total = read(() =>
    db.prepare(`SELECT COUNT(*) AS n FROM postings p INDEXED BY postings_by_recency ${whereOf(where)}`).get(...args),
  ) as {
    n: number;
  };
  if (search.cursor) {
    const [at, id] = decodeCursor(search.cursor);
    where.push('(p.last_changed_at, p.id) < (?, ?)');
    args.push(String(at), String(id));
  }
  const sql = `SELECT p.id, p.last_changed_at, ${LIST_DOC} AS doc FROM postings p INDEXED BY postings_by_recency
    ${whereOf(where)} ORDER BY p.last_changed_at DESC, p.id DESC LIMIT ?`;
  const rows = read(() => db.prepare(sql).all(...args, limit + 1)) as {
    id: string;
    last_changed_at: string;
    doc: string;
  }[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    hits: page.map((row): PostingSearchHit => ({ posting: toItem(row.doc), board: null })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.last_changed_at, last.id]) : null,
    total: total.n,
  };
}

interface BoardRow {
  doc: string;
  sid: string;
  partner_id: string;
  board_status: string;
  updated_at: string;
  reasons: string | null;
}

function searchByBoard(
  db: SqliteDatabase,
  search: PostingSearch,
  board: { partnerId: string; status: string },
): PostingSearchPage {
  const limit = searchLimitOf(search);
  const { where, args } = postingConditions(search);
  where.unshift('s.partner_id = ?', 's.status = ?');
  args.unshift(board.partnerId, board.status);
  const from = `FROM syndications s INDEXED BY syndications_by_board
    JOIN postings p INDEXED BY postings_search_by_id ON p.id = s.posting_id`;
  const total = read(() => db.prepare(`SELECT COUNT(*) AS n ${from} ${whereOf(where)}`).get(...args)) as { n: number };
  if (search.cursor) {
    const [at, id] = decodeCursor(search.cursor);
    where.push('(s.updated_at, s.id) < (?, ?)');
    args.push(String(at), String(id));
  }
  const sql = `SELECT ${LIST_DOC} AS doc, s.id AS sid, s.partner_id, s.status AS board_status, s.updated_at,
      json_extract(s.doc, '$.reasons') AS reasons
    ${from} ${whereOf(where)} ORDER BY s.updated_at DESC, s.id DESC LIMIT ?`;
  const rows = read(() => db.prepare(sql).all(...args, limit + 1)) as BoardRow[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    hits: page.map((row) => ({
      posting: toItem(row.doc),
      board: {
        partnerId: row.partner_id,
        status: row.board_status as NonNullable<PostingSearchHit['board']>['status'],
        updatedAt: row.updated_at,
        reasons: SyndicationReason.array().parse(JSON.parse(row.reasons ?? '[]')),
      },
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.updated_at, last.sid]) : null,
    total: total.n,
  };
}
