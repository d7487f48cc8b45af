import type { SyndicationRecord } from '../schema/syndication';
import { allBounded } from './bounded-all';
import type { SweepDeps } from './sweep-syndications';

/**
 * The flag a claim sets (`resent.alertPending`): only on a store that can list flagged claims, since only then
 * does a later sweep take them over.
 */
export const alertFlag = (deps: Pick<SweepDeps, 'store'>): { alertPending?: true } =>
  deps.store.listUnalertedSyndications ? { alertPending: true } : {};

/**
 * Clears the `alertPending` flag of a page's claims once their alert is logged (`sweep-unalerted.ts`): one
 * batched write for the page (`clearAlertPending`), or, on a store without it, one transaction per claim that
 * still holds it (`resent.lastAt` unchanged); nothing on a store that cannot list flagged claims. `updatedAt` is left as the claim set it: the record's staleness,
 * and a failed re-send's `unmark`, go by it.
 */
export async function alertsLogged(
  deps: Pick<SweepDeps, 'store'>,
  claims: readonly (SyndicationRecord | null)[],
  concurrency: number,
): Promise<void> {
  const flagged = claims.filter((marked): marked is SyndicationRecord => Boolean(marked?.resent?.alertPending));
  if (flagged.length === 0) return;
  const { store } = deps;
  // a store that cannot list flagged claims never has them taken over: the flag is never read
  if (!store.listUnalertedSyndications) return;
  if (store.clearAlertPending) return store.clearAlertPending(flagged.map((marked) => marked.id));
  await allBounded(flagged, concurrency, (marked) =>
    store.updateSyndication(marked.postingId, marked.partnerId, (current) => {
      if (!current?.resent?.alertPending || current.resent.lastAt !== marked.resent?.lastAt) return null;
      const { alertPending: _cleared, ...resent } = current.resent;
      return { ...current, resent };
    }),
  );
}
