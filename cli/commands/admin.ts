import { type Command } from 'commander';
import { backfillLimitOf, canBackfillSearch, type SearchBackfillStore } from '../../shared/adapters/search-backfill';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../cli-errors';
import { withBackend } from './command-backend';

/**
 * `jobrelay admin backfill-search [--batch N] [--dry-run]`: fills the HR console's search fields of postings
 * stored before those fields existed (or when the terms were computed differently), a page at a time, so a
 * large store is done in bounded reads and writes. Running it again writes nothing.
 */

export interface BackfillTotals {
  scanned: number;
  updated: number;
  skipped: number;
}

/** Every page of the backfill, one after the other; `onPage` sees the running totals. */
export async function backfillSearch(
  store: SearchBackfillStore,
  options: { batch: number; dryRun: boolean },
  onPage: (totals: BackfillTotals) => void = () => undefined,
): Promise<BackfillTotals> {
  const totals: BackfillTotals = { scanned: 0, updated: 0, skipped: 0 };
  let cursor: string | null = null;
  do {
    const page = await store.backfillSearchTerms({ cursor, limit: options.batch, dryRun: options.dryRun });
    totals.scanned += page.scanned;
    totals.updated += page.updated;
    totals.skipped += page.skipped;
    onPage(totals);
    cursor = page.nextCursor;
  } while (cursor);
  return totals;
}

const summary = (t: BackfillTotals, dryRun: boolean) =>
  `${t.scanned} posting(s) read, ${t.updated} ${dryRun ? 'would be updated' : 'updated'}` +
  (t.skipped ? `, ${t.skipped} changed meanwhile (their writer stored fresh terms)` : '');

async function runBackfill(io: CliIo, options: { batch: string; dryRun?: boolean }): Promise<void> {
  const batch = Number(options.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 500)
    throw new CliError(`--batch must be a whole number from 1 to 500, not "${options.batch}"`, EXIT.usage);
  await withBackend(io, async (backend) => {
    if (!canBackfillSearch(backend.store))
      throw new CliError(`the ${backend.kind} store has no search backfill`, EXIT.software);
    const dryRun = !!options.dryRun;
    const totals = await backfillSearch(backend.store, { batch: backfillLimitOf(batch), dryRun }, (t) => {
      if (io.isTty) io.stderr(`\r${summary(t, dryRun)}`);
    });
    if (io.isTty) io.stderr('\n');
    io.stdout(`${summary(totals, dryRun)}\n`);
  });
}

/** The `admin` subcommand group: maintenance of the stored data. */
export const adminCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    const admin = program.command('admin').description('maintenance of the stored data');
    admin
      .command('backfill-search')
      .description("fill the HR console's search fields of postings stored before they existed (idempotent)")
      .option('--batch <n>', 'postings read and written per page (1-500)', '200')
      .option('--dry-run', 'count what would change without writing')
      .action((options: { batch: string; dryRun?: boolean }) => runBackfill(io, options));
  },
};
