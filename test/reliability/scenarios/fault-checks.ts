import { SYNDICATION_STUCK_EVENT } from '../../../shared/pipeline/sweep-syndications';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import { waitUntil } from '../support/campaign';
import { PARTNER_ID, type FaultRig } from './fault-rig';
import { webhookPosting } from './webhook-checks';

export { oneWebhookIdPerVersion, webhookPosting } from './webhook-checks';

/** What the fault scenarios read back and compare: stored postings, audited events, records, the partner. */

/** Every posting of the rig's source, page by page. */
export const sourcePostings = async (rig: FaultRig): Promise<PostingRecord[]> => {
  const all: PostingRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await rig.store.queryPostings({ sourceId: rig.sourceId, limit: 500, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};

/** The pairs' records in one line: what a timed-out wait reports. */
export async function describePairs(rig: FaultRig, ids: readonly string[]): Promise<string> {
  const records = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
  const pairs = records.map((r, i) =>
    r
      ? `${ids[i]!.slice(0, 8)} ${r.status} v${r.deliveredVersion ?? '-'} attempts ${r.attempts}${r.pendingChange ? ` pending ${r.pendingChange.operation} v${r.pendingChange.version ?? '-'}` : ''}${r.lastError ? ` (${r.lastError.slice(0, 120)})` : ''}`
      : `${ids[i]!.slice(0, 8)} no record`,
  );
  return `${pairs.join('; ')}; partner received ${rig.receiver.received.length}, accepted ${rig.receiver.accepted('/hook').length}`;
}

/** Sweeps the outbox through the maintenance topic until nothing is left unsent. */
export async function sweepUntilEmpty(rig: FaultRig): Promise<void> {
  await waitUntil(
    'an empty outbox',
    async () => {
      if ((await rig.store.listUnsent(10)).length === 0) return true;
      await rig.publish('maintenance', { task: 'sweep-outbox' });
      return false;
    },
    180_000,
    3_000,
  );
}

/**
 * Publishes the scheduler's maintenance run (task all: it also re-sends pairs whose delivery message was
 * lost) every 5 s until `settled` holds, for up to 5 minutes; how many runs it took.
 */
export async function sweepUntil(
  rig: FaultRig,
  ids: readonly string[],
  what: string,
  settled: () => Promise<boolean>,
): Promise<number> {
  let sweeps = 0;
  await waitUntil(
    what,
    async () => {
      if (await settled()) return true;
      await rig.publish('maintenance', { task: 'all' });
      sweeps += 1;
      return false;
    },
    300_000,
    5_000,
    () => describePairs(rig, ids),
  );
  return sweeps;
}

/** The `syndication_stuck` lines about the rig's partner in these log chunks. */
export function stuckAlerts(chunks: readonly string[]): Array<Record<string, unknown>> {
  return chunks
    .join('')
    .split('\n')
    .filter((line) => line.includes(SYNDICATION_STUCK_EVENT))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    })
    .filter((entry) => entry.event === SYNDICATION_STUCK_EVENT && entry.partnerId === PARTNER_ID);
}

/**
 * The `syndication_stuck` lines logged since `from`, once they account for `resent` re-sent pairs (or after
 * `timeoutMs`, as they are then). A sweep logs a page's line before it re-sends the page's pairs, but the line
 * reaches the campaign through the function process's piped output, which can arrive after the re-sent pairs
 * were delivered: reading the log as soon as the records are live races it.
 */
export async function stuckAlertsFor(
  logSink: readonly string[],
  from: number,
  resent: number,
  timeoutMs = 120_000,
): Promise<Array<Record<string, unknown>>> {
  const read = () => stuckAlerts(logSink.slice(from));
  const covered = async () => {
    const alerts = read();
    return alerts.reduce((n, a) => n + Number(a.resent ?? 0), 0) >= resent ? alerts : null;
  };
  return waitUntil('syndication_stuck lines for every re-sent pair', covered, timeoutMs, 1_000).catch(read);
}

/** Events by id: how many copies, and whether copies under one id ever differ. */
export function eventCensus(messages: Array<{ data: unknown }>) {
  const byId = new Map<string, string[]>();
  for (const m of messages) {
    const event = m.data as { id: string; data?: unknown };
    const copies = byId.get(event.id) ?? [];
    copies.push(JSON.stringify(event.data));
    byId.set(event.id, copies);
  }
  const duplicated = [...byId.values()].filter((c) => c.length > 1).length;
  const conflicting = [...byId.values()].filter((c) => new Set(c).size > 1).length;
  return { ids: new Set(byId.keys()), duplicated, conflicting };
}

/** The partner's view: per posting, the newest version it accepted (signed webhooks). */
export function partnerState(rig: FaultRig): Map<string, { version: number; type: string }> {
  const view = new Map<string, { version: number; type: string }>();
  for (const r of rig.receiver.accepted('/hook')) {
    if (!r.verified || !r.payload) continue;
    const { id, version } = webhookPosting(r.payload.data);
    if (!id) continue;
    const seen = view.get(id);
    if (!seen || version >= seen.version) view.set(id, { version, type: r.payload.type });
  }
  return view;
}

/** Submits a posting through the API as an HR tool would (the client retries 5xx); its posting id. */
export async function submitPosting(rig: FaultRig, externalId: string, title: string): Promise<string> {
  const res = await rig.call('ingestPosting', '/postings', {
    method: 'POST',
    body: JSON.stringify({
      type: 'posting',
      externalId,
      company: 'Acme Corp',
      posting: {
        title,
        url: `https://acme.example/jobs/${externalId}`,
        applyUrl: `https://acme.example/jobs/${externalId}/apply`,
        html: '<p>Replayed, reordered and duplicated events must change nothing at the partner, ever.</p>',
        locations: [{ text: 'Hamburg, Germany', city: 'Hamburg', country: 'DE' }],
        employmentTypes: ['FULL_TIME'],
        datePosted: '2026-02-01',
      },
    }),
  });
  const id = res.body?.results?.[0]?.postingId as string | undefined;
  if (!id) throw new Error(`ingest answered ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return id;
}

/** The webhooks the partner accepted for one posting. */
export const acceptedFor = (rig: FaultRig, postingId: string) =>
  rig.receiver.accepted('/hook').filter((r) => {
    return r.verified && webhookPosting(r.payload?.data).id === postingId;
  });
