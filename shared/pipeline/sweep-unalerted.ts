import { alertsLogged } from './sweep-alert-flag';
import type { PagePacer } from './sweep-budget';
import type { PassProgress, SweepSettings, SweepShared } from './sweep-pass';
import { planPending, resendStuck } from './sweep-pending-syndications';
import type { SweepDeps } from './sweep-syndications';

/**
 * The alert of a claimed pair, exactly once or retried. The sweep claims a stuck pair on its record, logs the
 * alert, then re-sends it (`claimAlertAct`, `sweep-pass.ts`). The claim moves the record's `updatedAt`, so a
 * sweep that dies between the claim and the alert leaves a pair that looks freshly handled: before, nothing
 * alerted on it (or re-sent it) until it was stale again, one threshold (20 min) late. Now the claim also sets
 * `resent.alertPending`, and the flag is cleared once the alert is logged (`alertsLogged`, one write per page), without touching
 * `updatedAt`. A claim still flagged after `alertLeaseMs` (longer than a sweep can run, so its sweep is gone)
 * is taken over by the next sweep's first pass (`sweepUnalerted`): claimed again, alerted on, re-sent.
 *
 * The alert is logged once per claim: a pair whose flag was cleared is never alerted on again for that claim.
 * The one repeat left is a process dying after logging the alert and before clearing the flag, a window of one
 * write; the other way round, an alert lost, cannot happen any more.
 */

/**
 * Takes over the claims that sweeps died holding: flagged records claimed before `now - alertLeaseMs`, a page
 * at a time. A pending one is claimed, alerted on and re-sent like any stuck pending pair; one that moved on
 * since (delivered, withdrawn: no longer pending) is not stuck, so only its flag is cleared.
 */
export async function sweepUnalerted(
  deps: SweepDeps,
  settings: SweepSettings,
  now: Date,
  pass: SweepShared,
  pacer: PagePacer,
): Promise<PassProgress> {
  const { store } = deps;
  if (!store.listUnalertedSyndications) return { done: 0, more: false };
  const claimedBefore = new Date(now.getTime() - settings.alertLeaseMs).toISOString();
  let cursor: string | null = null;
  let examined = 0;
  do {
    if (!pacer.roomFor(pass.budget)) return { done: examined, more: true };
    pacer.begin();
    const page = await store.listUnalertedSyndications({ claimedBefore, limit: settings.batchSize, cursor });
    const moved = page.items.filter((record) => record.status !== 'pending');
    await alertsLogged(deps, moved, settings.concurrency);
    for (const _record of moved) pass.tally.skip();
    const pending = page.items.filter((record) => record.status === 'pending');
    await resendStuck(deps, await planPending(deps, pending, settings, pass), settings, pass);
    pacer.end();
    examined += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return { done: examined, more: false };
}
