import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationRecord } from '../schema/syndication';
import type { SweepDeps } from './sweep-syndications';
import { PagePacer } from './sweep-budget';
import { pageRecordsReader } from './lagging-page-records';
import { actLagging, claimLagging, claimLaggingChunk, planPage } from './sweep-lagging-pairs';
import { alertsLogged } from './sweep-alert-flag';
import { claimAlertAct, type PassProgress, type SweepSettings, type SweepShared } from './sweep-pass';

export type { PassProgress, SweepShared } from './sweep-pass';

/**
 * The stuck-syndication sweep's second pass: pairs left behind their posting. A posting change reaches its
 * partners through its event's fan-out (`deliver.ts`), which publishes one `syndication.sync` per pair; when
 * the event or a sync message is lost (dead-lettered, or published by nobody after a crash) the pair stays
 * `live` on the older version — or live on a posting that has closed — and nothing is pending to show it.
 *
 * The cheapest query that finds them on both stores walks postings, not records: a lagging pair always
 * belongs to a posting changed since its record was last touched, so the pass reads the postings whose
 * `lastChangedAt` lies between its watermark and `now - stuckAfterMs`, in (`lastChangedAt`, id) order —
 * Firestore's automatic single-field index on `lastChangedAt`, SQLite's `postings_by_change` — and the page's
 * records by id, per partner, or by `postingId` when partners are many (`lagging-page-records.ts`). Each changed posting is read once
 * per change; scanning every live record instead would read all of them on every sweep. The watermark is a
 * sweep mark in the store (`advanceSweepMark`), advanced after each page, so a sweep that stops or fails
 * continues where it left off and a missed scheduled run loses nothing; before the first mark the pass
 * starts at the oldest posting and catches up page by page.
 *
 * A pair lags when it is not pending, takes part in its posting's changes (`follows`), was last updated
 * before the posting last changed (no delivery has looked at it since), and the fan-out would change it
 * (the partner should show another version, or nothing, or its status or reasons differ). What the fan-out
 * settles in place (feeds, partners not to be called) is settled here in place. The rest is turned
 * `pending` (with a history entry and a `resent` note counting this first re-send) and re-sent through the
 * same path as every other stuck pair, so the pending pass takes over if this message is lost too.
 *
 * Why `lastChangedAt` may lag its commit and still be safe: ingest stamps a change with its request's start,
 * and commits at most one function timeout later (60–540 s, terraform/functions.tf). `stuckAfterMs` (20 min by
 * default) is longer than that, so every posting the pass reads up to `now - stuckAfterMs` is committed.
 */

/** The store mark that holds the pass's place: the last posting examined, `{lastChangedAt} {id}`. */
export const LAGGING_SWEEP_MARK = 'lagging-syndications';

/**
 * Finds pairs left behind their posting's last change and re-sends (or settles) them; see the module comment.
 * Reads a page of changed postings and all their records (one batched store read), works out which pairs lag,
 * then claims, alerts on and handles them `concurrency` pairs at once (`claimAlertAct`) and moves the mark
 * past the page. A page starts only while the budget has room for one like the last (`PagePacer`). The next
 * page is read while this one is handled, so the reads' round trips overlap the writes instead of adding to
 * them; but only when the budget has room for both pages, and its records are not read once the budget is
 * spent: a page read ahead for a sweep that stops before it would be read again by the next sweep anyway.
 */
export async function sweepLaggingSyndications(
  deps: SweepDeps,
  settings: SweepSettings,
  shared: SweepShared,
): Promise<PassProgress> {
  const now = deps.clock.now();
  const window: Window = {
    cutoff: new Date(now.getTime() - settings.stuckAfterMs).toISOString(),
    mark: parseMark(await deps.store.getSweepMark(LAGGING_SWEEP_MARK)),
  };
  const cause = `sweep:${now.toISOString()}`;
  const pacer = new PagePacer(deps.clock);
  const wanted = () => !shared.budget.spent();
  const limit = (examined: number) => Math.min(settings.batchSize, settings.maxPostings - examined);
  let cursor: string | null = null;
  let examined = 0;
  let ahead: Promise<ChangedPage | null> | null = null;
  const readRecords = pageRecordsReader(deps.store);
  const read = (limit: number, wanted: () => boolean) => readPage(deps, window, cursor, limit, wanted, readRecords);
  do {
    if (!pacer.roomFor(shared.budget)) return { done: examined, more: true };
    pacer.begin();
    const page: ChangedPage = (await ahead) ?? (await read(limit(examined), () => true))!;
    examined += page.fresh.length;
    cursor = page.nextCursor;
    const more = cursor !== null && examined < settings.maxPostings;
    ahead = more && pacer.roomFor(shared.budget, 2) ? read(limit(examined), wanted) : null;
    // a page read ahead that the sweep stops before is never awaited: its failure must not go unhandled
    ahead?.catch(() => undefined);
    await handlePage(deps, page, settings, shared, cause);
    pacer.end();
  } while (cursor !== null && examined < settings.maxPostings);
  return { done: examined, more: cursor !== null };
}

/** The pass's window: postings changed after the mark and before the cutoff. */
interface Window {
  cutoff: string;
  mark: { at: string; id: string } | null;
}

/** A page of changed postings past the mark, with all their records. */
export interface ChangedPage {
  fresh: PostingRecord[];
  records: Map<string, SyndicationRecord[]>;
  nextCursor: string | null;
}

/** Reads a page and its records; null, without reading the records, when it is no longer `wanted`. */
async function readPage(
  deps: SweepDeps,
  window: Window,
  cursor: string | null,
  limit: number,
  wanted: () => boolean,
  readRecords: (postingIds: readonly string[]) => Promise<Map<string, SyndicationRecord[]>>,
): Promise<ChangedPage | null> {
  const { mark } = window;
  const page = await deps.store.queryPostings({
    orderBy: 'lastChangedAt',
    ...(mark ? { changedSince: mark.at } : {}),
    changedBefore: window.cutoff,
    limit,
    cursor,
  });
  if (!wanted()) return null;
  const fresh = page.items.filter((posting) => !mark || isAfter(posting, mark));
  const records = fresh.length > 0 ? await readRecords(fresh.map((p) => p.id)) : new Map();
  return { fresh, records, nextCursor: page.nextCursor };
}

/** Claims the page's lagging pairs, alerts on those claimed, handles them, and moves the mark past the page. */
async function handlePage(
  deps: SweepDeps,
  page: ChangedPage,
  settings: SweepSettings,
  shared: SweepShared,
  cause: string,
): Promise<void> {
  const plans = await planPage(deps, page, settings, shared);
  const pairs = page.fresh.flatMap((posting, index) => plans[index]!.map((plan) => ({ plan, posting })));
  await claimAlertAct(deps.logger, shared.tally, pairs, settings.concurrency, {
    claim: ({ plan, posting }) => claimLagging(deps, plan, posting, settings, cause),
    ...(deps.store.updateSyndications
      ? { claimChunk: (chunk) => claimLaggingChunk(deps, chunk, settings, cause) }
      : {}),
    alerted: (claimed) =>
      alertsLogged(
        deps,
        claimed.map((c) => c.marked),
        settings.concurrency,
      ),
    act: (claimed) => actLagging(claimed, shared, cause),
  });
  await shared.sender.flush();
  const last = page.fresh.at(-1);
  if (last) await deps.store.advanceSweepMark(LAGGING_SWEEP_MARK, `${markOf(last).at} ${last.id}`);
}

const markOf = (posting: PostingRecord) => ({ at: new Date(posting.lastChangedAt).toISOString(), id: posting.id });

/** Whether the posting comes after the mark in the scan's (`lastChangedAt`, id) order. */
function isAfter(posting: PostingRecord, mark: { at: string; id: string }): boolean {
  const { at, id } = markOf(posting);
  return at > mark.at || (at === mark.at && id > mark.id);
}

/** The mark as stored: a 24-character UTC instant, a space, the posting id (sorts as the scan does). */
function parseMark(value: string | null): { at: string; id: string } | null {
  if (!value || value.length < 26 || value[24] !== ' ') return null;
  return { at: value.slice(0, 24), id: value.slice(25) };
}
