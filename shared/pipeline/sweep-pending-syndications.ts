import type { StoredPartner } from '../schema/partner';
import type { SyndicationRecord } from '../schema/syndication';
import { nowIso } from './syndication-context';
import { heldDeliveryLeases } from './delivery-lease';
import type { StuckPair } from './stuck-syndication-report';
import type { PagePacer } from './sweep-budget';
import { claimAlertAct, type PassProgress, type SweepSettings, type SweepShared } from './sweep-pass';
import type { SweepDeps } from './sweep-syndications';
import { alertFlag, alertsLogged } from './sweep-alert-flag';

/**
 * The stuck-syndication sweep's first pass (`sweep-syndications.ts`): pairs left `pending` with nobody
 * updating them for the threshold, their delivery request lost. Each is re-sent with its original cause,
 * up to `maxResends` per pending spell, then only alerted on.
 */

/** A pending pair the sweep found stuck: what it will do with it, and the partner to re-send to. */
export interface PendingPlan extends StuckPair {
  partner: StoredPartner | null;
}

/**
 * The pending pass: pending pairs nobody updated for the threshold, oldest first, at most `maxPairs`, a page at
 * a time while the budget has room for one (`PagePacer`). Each page is planned (pairs whose delivery lease is
 * held are left out), then claimed, alerted on and acted on `concurrency` pairs at once (`claimAlertAct`).
 */
export async function sweepPending(
  deps: SweepDeps,
  settings: SweepSettings,
  now: Date,
  pass: SweepShared,
  pacer: PagePacer,
): Promise<PassProgress> {
  let cursor: string | null = null;
  let examined = 0;
  do {
    if (!pacer.roomFor(pass.budget)) return { done: examined, more: true };
    pacer.begin();
    const page = await deps.store.listStaleSyndications({
      status: 'pending',
      updatedBefore: new Date(now.getTime() - settings.stuckAfterMs).toISOString(),
      limit: Math.min(settings.batchSize, settings.maxPairs - examined),
      cursor,
    });
    await resendStuck(deps, await planPending(deps, page.items, settings, pass), settings, pass);
    pacer.end();
    examined += page.items.length;
    cursor = page.nextCursor;
  } while (cursor && examined < settings.maxPairs);
  return { done: examined, more: cursor !== null };
}

/**
 * What to do with each stale pair of a page. A pair whose delivery lease is held is being delivered: skipped.
 * The page's leases are read in one store call (`heldDeliveryLeases`), not one read per pair.
 */
export async function planPending(
  deps: SweepDeps,
  records: readonly SyndicationRecord[],
  settings: SweepSettings,
  pass: SweepShared,
): Promise<PendingPlan[]> {
  const held = await heldDeliveryLeases(
    deps,
    records.map((record) => record.id),
  );
  const plans: PendingPlan[] = [];
  for (const record of records) {
    if (held.has(record.id)) {
      pass.tally.skip();
      continue;
    }
    const partner = await pass.partnerOf(record.partnerId);
    const since = pendingSince(record);
    const count = record.resent?.since === since ? record.resent.count : 0;
    // a message for a partner that no longer exists is dropped on delivery: re-sending cannot help
    const action = !partner || count >= settings.maxResends ? 'abandon' : 'resend';
    plans.push({ record, since, action, lagging: false, partner });
  }
  return plans;
}

/**
 * Claims each planned pair, logs the page's alerts, then re-sends the claimed pairs (`claimAlertAct`): the one
 * order both the stale-pending pass and the take-over of unalerted claims (`sweep-unalerted.ts`) follow.
 */
export async function resendStuck(
  deps: SweepDeps,
  plans: readonly PendingPlan[],
  settings: SweepSettings,
  pass: SweepShared,
): Promise<void> {
  await claimAlertAct(deps.logger, pass.tally, plans, settings.concurrency, {
    claim: (plan) => claimPending(deps, plan),
    ...(deps.store.updateSyndications ? { claimChunk: (chunk) => claimPendingChunk(deps, chunk) } : {}),
    alerted: (claimed) =>
      alertsLogged(
        deps,
        claimed.map((c) => c.marked),
        settings.concurrency,
      ),
    act: (claimed) => actPending(claimed, pass),
  });
}

/** A pending pair claimed: noted on its record (`resent`), as `marked`. */
export interface ClaimedPending extends PendingPlan {
  marked: SyndicationRecord;
}

/**
 * Notes the re-send (or, abandoned, the report) on the record if nothing touched it since the page was read,
 * with its alert pending (`sweep-unalerted.ts`).
 */
export async function claimPending(deps: SweepDeps, plan: PendingPlan): Promise<ClaimedPending | null> {
  const marked = await markResent(deps, plan.record, resentOf(deps, plan));
  return marked ? { ...plan, marked } : null;
}

/**
 * `claimPending` for a chunk of plans in one transaction (`updateSyndications`): the same rule per record, the
 * chunk's claims written together or not at all.
 */
export async function claimPendingChunk(
  deps: SweepDeps,
  plans: readonly PendingPlan[],
): Promise<Array<ClaimedPending | null>> {
  const written = await deps.store.updateSyndications!(
    plans.map((plan) => ({
      postingId: plan.record.postingId,
      partnerId: plan.record.partnerId,
      update: claimOf(plan.record, resentOf(deps, plan)),
    })),
  );
  return written.map((marked, index) => (marked ? { ...plans[index]!, marked } : null));
}

/** What the claim notes on the record: the re-send (or, abandoned, the report), with its alert pending. */
function resentOf(deps: SweepDeps, plan: PendingPlan): NonNullable<SyndicationRecord['resent']> {
  const { record, since, partner } = plan;
  const count = record.resent?.since === since ? record.resent.count : 0;
  const abandoned = plan.action === 'abandon' || !partner;
  const flag = alertFlag(deps);
  return {
    since,
    count: abandoned ? count : count + 1,
    lastAt: nowIso(deps),
    ...flag,
    ...(flag.alertPending ? takenOverAlert(record) : {}),
  };
}

/**
 * A claim taking over one still flagged (`sweep-unalerted.ts`) keeps its alert id: that claim's alert may have
 * been logged before its process died, and the line logged again must name the same id (`alertIdOf`).
 */
function takenOverAlert(record: SyndicationRecord): { alertId?: string } {
  const { resent } = record;
  if (!resent?.alertPending) return {};
  return { alertId: resent.alertId ?? `${record.id}@${resent.lastAt}` };
}

/** After the alert: re-sends the pair, or counts it abandoned. */
export async function actPending(claimed: ClaimedPending, pass: SweepShared): Promise<void> {
  const { record, since, partner, marked } = claimed;
  if (claimed.action === 'abandon' || !partner) return pass.tally.add(since, 'abandoned');
  await pass.sender.add(partner, { marked, before: record, since, cause: causeOf(record), lagging: false });
}

/** When the pair's current pending spell began: the oldest of the trailing pending history entries. */
export function pendingSince(record: SyndicationRecord): string {
  let since: string | null = null;
  for (let i = record.history.length - 1; i >= 0 && record.history[i]!.status === 'pending'; i -= 1)
    since = record.history[i]!.at;
  return since ?? record.createdAt;
}

/** What put the pair in its pending spell: the request or event id its original message carried. */
const causeOf = (record: SyndicationRecord): string => record.history.at(-1)?.cause ?? `sweep:${record.id}`;

/**
 * Notes the re-send (or the report of an abandoned pair) on the record, only if nothing touched it since the
 * sweep read it (another sweep, a late delivery): the record as marked, or null when it moved on.
 */
async function markResent(
  deps: SweepDeps,
  record: SyndicationRecord,
  resent: NonNullable<SyndicationRecord['resent']>,
): Promise<SyndicationRecord | null> {
  let marked: SyndicationRecord | null = null;
  const claim = claimOf(record, resent);
  await deps.store.updateSyndication(record.postingId, record.partnerId, (current) => (marked = claim(current)));
  return marked;
}

/** The claim as an update: the record marked, or null when it is no longer pending as the sweep read it. */
const claimOf =
  (record: SyndicationRecord, resent: NonNullable<SyndicationRecord['resent']>) =>
  (current: SyndicationRecord | null): SyndicationRecord | null =>
    current?.status !== 'pending' || current.updatedAt !== record.updatedAt
      ? null
      : { ...current, resent, updatedAt: resent.lastAt };
