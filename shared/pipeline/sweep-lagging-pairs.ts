import type { StoredPartner } from '../schema/partner';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationRecord } from '../schema/syndication';
import { follows } from './deliver';
import type { StuckPair } from './stuck-syndication-report';
import { syndicationOptionsOf } from './syndication-deps';
import { limitsOf, partnerContext } from './syndication-context';
import { goalFor, mustNotCall, operationFor } from './syndication-plan';
import { recordRequest, settle } from './syndication-record';
import { sameState, settleInPlace } from './sync-syndications';
import type { ChangedPage } from './sweep-lagging-syndications';
import type { SweepSettings, SweepShared } from './sweep-pass';
import type { SweepDeps } from './sweep-syndications';
import { alertFlag } from './sweep-alert-flag';
import { allBounded } from './bounded-all';

/**
 * What the lagging pass (`sweep-lagging-syndications.ts`) does with each pair of a changed posting: whether
 * it lags, what the fan-out would do with it, and doing that (settle in place, or turn it pending and re-send).
 */

/** A lagging pair, what the sweep will do with it, and its partner. */
export interface LaggingPlan extends StuckPair {
  partner: StoredPartner;
}

/** Per posting of the page, its pairs that lag and what to do with each. */
export async function planPage(
  deps: SweepDeps,
  page: ChangedPage,
  settings: SweepSettings,
  shared: SweepShared,
): Promise<LaggingPlan[][]> {
  const plans: LaggingPlan[][] = [];
  for (const posting of page.fresh) {
    const lagging: LaggingPlan[] = [];
    for (const record of page.records.get(posting.id) ?? []) {
      const plan = lags(record, posting) ? await planPair(deps, record, posting, settings, shared) : null;
      if (plan) lagging.push(plan);
    }
    plans.push(lagging);
  }
  return plans;
}

/** Not pending, takes part in the posting's changes, and untouched since the posting last changed. */
const lags = (record: SyndicationRecord, posting: PostingRecord): boolean =>
  record.status !== 'pending' && follows(record) && Date.parse(record.updatedAt) < Date.parse(posting.lastChangedAt);

/**
 * What the fan-out would do with a pair left behind: nothing when the record already says what the fan-out
 * would settle it to; settle it in place (feeds, partners not to be called, nothing to call for); otherwise
 * re-send it, or only alert on it when re-sends are off.
 */
async function planPair(
  deps: SweepDeps,
  record: SyndicationRecord,
  posting: PostingRecord,
  settings: SweepSettings,
  shared: SweepShared,
): Promise<LaggingPlan | null> {
  const partner = await shared.partnerOf(record.partnerId);
  if (!partner) return null;
  const options = syndicationOptionsOf(deps);
  const now = deps.clock.now();
  const goal = goalFor(record, posting, partner, partnerContext(partner, options, now));
  const operation = operationFor(record, goal);
  if (operation === null && sameState(record, settle(record, goal, 'sweep', now.toISOString(), limitsOf(options))))
    return null;
  const settles = operation === null || partner.config.delivery === 'feed' || mustNotCall(partner);
  const action = settles ? 'settle' : settings.maxResends > 0 ? 'resend' : 'abandon';
  return { record, since: posting.lastChangedAt, action, lagging: true, partner };
}

/** A lagging pair claimed: settled in place, or turned pending (`marked`) for its re-send. */
export interface ClaimedLagging extends LaggingPlan {
  marked: SyndicationRecord | null;
}

/**
 * Brings the pair's record in line: settles it in place (the action itself), or turns it pending for the
 * re-send, only if nothing touched it since the pass read it. Null when it was already in line or moved on.
 */
export async function claimLagging(
  deps: SweepDeps,
  plan: LaggingPlan,
  posting: PostingRecord,
  settings: SweepSettings,
  cause: string,
): Promise<ClaimedLagging | null> {
  const { record, partner } = plan;
  if (plan.action === 'settle') {
    const stored = await settleInPlace(deps, partner, posting, posting.id, cause);
    return stored && !sameState(record, stored) ? { ...plan, marked: null } : null;
  }
  const marked = await markLagging(deps, record, cause, settings.maxResends);
  return marked ? { ...plan, marked } : null;
}

/** Counts a claimed pair, and re-sends it when it was turned pending with a re-send to make. */
export async function actLagging(claimed: ClaimedLagging, shared: SweepShared, cause: string): Promise<void> {
  const { record, partner, since, marked } = claimed;
  if (!marked) return shared.tally.add(since, 'settled', true);
  if (marked.resent?.count === 0) return shared.tally.add(since, 'abandoned', true);
  await shared.sender.add(partner, { marked, before: record, since, cause, lagging: true });
}

/**
 * Turns a lagging pair `pending` for the same desired action, noting the first re-send of this pending spell
 * (none when re-sends are off) with its alert pending, only if nothing touched the record since the pass read it.
 */
async function markLagging(
  deps: SweepDeps,
  record: SyndicationRecord,
  cause: string,
  maxResends: number,
): Promise<SyndicationRecord | null> {
  let marked: SyndicationRecord | null = null;
  const mark = laggingMarkOf(deps, record, cause, maxResends);
  await deps.store.updateSyndication(record.postingId, record.partnerId, (current) => (marked = mark(current)));
  return marked;
}

/** `markLagging` as an update: the record turned pending, or null when it moved on since the pass read it. */
function laggingMarkOf(
  deps: SweepDeps,
  record: SyndicationRecord,
  cause: string,
  maxResends: number,
): (current: SyndicationRecord | null) => SyndicationRecord | null {
  const limits = limitsOf(syndicationOptionsOf(deps));
  const at = deps.clock.now().toISOString();
  const resent = { since: at, count: maxResends > 0 ? 1 : 0, lastAt: at, ...alertFlag(deps) };
  return (current) => {
    if (!current || current.status === 'pending' || current.updatedAt !== record.updatedAt) return null;
    return { ...recordRequest(current, current.desired, cause, at, limits), resent };
  };
}

/**
 * `claimLagging` for a chunk of pairs: those settled in place each as `claimLagging` settles it, `concurrency`
 * at once, then the pairs to turn pending in one transaction (`updateSyndications`, all written or none).
 */
export async function claimLaggingChunk(
  deps: SweepDeps,
  items: ReadonlyArray<{ plan: LaggingPlan; posting: PostingRecord }>,
  settings: SweepSettings,
  cause: string,
): Promise<Array<ClaimedLagging | null>> {
  const claimed: Array<ClaimedLagging | null> = items.map(() => null);
  // settled first: a pair settled in place is in line whatever happens next, while a failure of the marks'
  // transaction after them would leave written claims that no alert names until their take-over
  const settles = items.flatMap((item, index) => (item.plan.action === 'settle' ? [index] : []));
  await allBounded(settles, settings.concurrency, async (index) => {
    const { plan, posting } = items[index]!;
    claimed[index] = await claimLagging(deps, plan, posting, settings, cause);
  });
  const marks = items.flatMap((item, index) => (item.plan.action === 'settle' ? [] : [index]));
  const written = await deps.store.updateSyndications!(
    marks.map((index) => {
      const { record } = items[index]!.plan;
      const update = laggingMarkOf(deps, record, cause, settings.maxResends);
      return { postingId: record.postingId, partnerId: record.partnerId, update };
    }),
  );
  marks.forEach((index, k) => {
    const marked = written[k];
    claimed[index] = marked ? { ...items[index]!.plan, marked } : null;
  });
  return claimed;
}
