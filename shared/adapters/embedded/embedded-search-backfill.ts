import { PostingRecord } from '../../schema/stored-posting';
import { backfillLimitOf, type SearchBackfillOptions, type SearchBackfillPage } from '../search-backfill';
import { immediate, read, type SqliteDatabase } from './sqlite-database';
import { searchColumnsOf } from './embedded-posting-search';

/**
 * The search columns (`search_text`, `facets`) recomputed for one page of postings in id order; rows whose
 * columns already match are left alone. The page is read and written in one write transaction, so no
 * concurrent write can slip between the two.
 */
export function backfillSearchColumns(db: SqliteDatabase, options: SearchBackfillOptions): SearchBackfillPage {
  const limit = backfillLimitOf(options.limit);
  const select = db.prepare('SELECT id, doc, search_text, facets FROM postings WHERE id > ? ORDER BY id LIMIT ?');
  const update = db.prepare('UPDATE postings SET search_text = ?, facets = ? WHERE id = ?');
  type Row = { id: string; doc: string; search_text: string; facets: string };
  const run = () => {
    const rows = select.all(options.cursor ?? '', limit + 1) as Row[];
    const page = rows.slice(0, limit);
    let updated = 0;
    for (const row of page) {
      const { searchText, facets } = searchColumnsOf(PostingRecord.parse(JSON.parse(row.doc)));
      if (searchText === row.search_text && facets === row.facets) continue;
      updated += 1;
      if (!options.dryRun) update.run(searchText, facets, row.id);
    }
    const last = page[page.length - 1];
    return { scanned: page.length, updated, skipped: 0, nextCursor: rows.length > limit && last ? last.id : null };
  };
  return options.dryRun ? read(run) : immediate(db, run);
}
