import type { RefreshRequest } from '../schema/events';
import type { RunRecord } from '../schema/run';
import type { StoredSource } from '../schema/source';
import { refreshSource, type RefreshDeps, type RefreshTimings } from './refresh-source';
import { isDue } from './source-health';

export type { RefreshDeps, RefreshTimings } from './refresh-source';

/** What one `refresh-requests` message led to. */
export type RefreshResult =
  | { kind: 'fan-out'; requested: string[]; notDue: string[]; inactive: string[] }
  | { kind: 'skipped'; sourceId: string; reason: 'not-found' | 'inactive' | 'not-due' }
  | { kind: 'run'; sourceId: string; run: RunRecord; timings: RefreshTimings };

/**
 * Time a refresh may spend fetching detail pages before it stops and leaves the rest for the next run (the
 * run closes nothing then): under the 600 s ceiling of a Pub/Sub push ack deadline, so a slow, polite crawl
 * of a big site is not delivered again (and run twice) while it is still running. The CLI passes `null`.
 */
export const SCHEDULED_REFRESH_BUDGET_MS = 8 * 60_000;

/** Messages published at once by the fan-out (Pub/Sub batches what is in flight). */
const FAN_OUT_CONCURRENCY = 32;

/**
 * The `refreshSources` use case (DESIGN §1, §5): without a source id, fan out one `refresh-requests` message
 * per active source that is due (or every active source with `force`), so sources refresh in parallel across
 * function instances and nothing loops over all sources' work in one process; with a source id, refresh
 * that source, unless it was refreshed within its interval (a duplicate delivery) and `force` is not set.
 */
export async function refreshSources(
  deps: RefreshDeps,
  request: RefreshRequest,
  options: { trigger?: RunRecord['trigger']; budgetMs?: number | null } = {},
): Promise<RefreshResult> {
  if (!request.sourceId) return fanOut(deps, request);
  const source = await deps.store.getSource(request.sourceId);
  if (!source) return { kind: 'skipped', sourceId: request.sourceId, reason: 'not-found' };
  if (!source.config.active && !request.force)
    return { kind: 'skipped', sourceId: source.config.id, reason: 'inactive' };
  if (!request.force && !isDue(source, deps.clock.now()))
    return { kind: 'skipped', sourceId: source.config.id, reason: 'not-due' };
  const trigger = options.trigger ?? (request.force ? 'manual' : 'schedule');
  const budgetMs = options.budgetMs !== undefined ? options.budgetMs : SCHEDULED_REFRESH_BUDGET_MS;
  const { run, timings } = await refreshSource(deps, source, trigger, { budgetMs });
  return { kind: 'run', sourceId: source.config.id, run, timings };
}

/** Publishes one message per active, due source; the sources' own work happens where those messages land. */
async function fanOut(deps: RefreshDeps, request: RefreshRequest): Promise<RefreshResult> {
  const now = deps.clock.now();
  const sources = await deps.store.listSources();
  const inactive = sources.filter((s) => !s.config.active).map(idOf);
  const active = sources.filter((s) => s.config.active);
  const due = active.filter((s) => request.force || isDue(s, now));
  const notDue = active.filter((s) => !due.includes(s)).map(idOf);
  const queue = [...due];
  const publishNext = async (): Promise<void> => {
    for (let source = queue.shift(); source; source = queue.shift()) {
      const message: RefreshRequest = {
        sourceId: source.config.id,
        force: request.force,
        ...(request.requestId ? { requestId: request.requestId } : {}),
      };
      await deps.bus.publish('refresh-requests', { data: message, attributes: { sourceId: source.config.id } });
    }
  };
  await Promise.all(Array.from({ length: Math.min(FAN_OUT_CONCURRENCY, queue.length) }, publishNext));
  deps.logger.info('refresh fan-out', { requested: due.length, notDue: notDue.length, inactive: inactive.length });
  return { kind: 'fan-out', requested: due.map(idOf), notDue, inactive };
}

const idOf = (source: StoredSource): string => source.config.id;
