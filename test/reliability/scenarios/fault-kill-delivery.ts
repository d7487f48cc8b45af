import type { SyndicationRecord } from '../../../shared/schema/syndication';
import { row, waitUntil, type CampaignContext, type Row } from '../support/campaign';
import { oneWebhookIdPerVersion, partnerState, sourcePostings, stuckAlertsFor, sweepUntil } from './fault-checks';
import { PARTNER_ID, STUCK_AFTER_SECONDS, type FaultRig } from './fault-rig';

/** How long Pub/Sub's own redelivery gets before the maintenance sweep is asked to help. */
const REDELIVERY_GRACE_MS = 60_000;

/**
 * SIGKILL of the deliverSyndication process while a signed webhook is in flight. Pub/Sub redelivers what it
 * still holds; what it lost (the emulator stops pushing messages that failed around the kill:
 * test/reliability/probes/emulator-push-after-reset.mjs) stays pending until the maintenance sweep, sent the
 * way Cloud Scheduler sends it to the served sweepOutbox function, re-sends it and logs the alert line.
 */
export async function killMidDelivery(rig: FaultRig, ctx: CampaignContext): Promise<Row> {
  const ids = (await sourcePostings(rig)).slice(0, 5).map((p) => p.id);
  const logsFrom = ctx.logSink.length;
  const res = await rig.call('requestSyndication', '/syndications', {
    method: 'POST',
    body: JSON.stringify({ postingIds: ids, partnerIds: [PARTNER_ID], action: 'publish' }),
  });
  if (res.status !== 202) throw new Error(`syndication request answered ${res.status}`);
  // the partner's first answer hangs: the delivery is in flight when its process dies
  await waitUntil('a delivery in flight at the partner', async () => rig.receiver.received.length >= 1, 120_000, 50);
  await rig.functions.kill('deliverSyndication');
  await rig.functions.start('deliverSyndication');
  const records = () => Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
  const allLive = async () => (await records()).every((r) => r?.status === 'live');
  await waitUntil('all five live by redelivery alone', allLive, REDELIVERY_GRACE_MS, 1_000).catch(() => undefined);
  const stuck = (await records()).filter((r) => r?.status !== 'live').map((r) => r!.postingId);
  const sweeps = await sweepUntil(rig, ids, 'all five live after maintenance sweeps', allLive);
  return judge(rig, ids, await records(), stuck, sweeps, await stuckAlertsFor(ctx.logSink, logsFrom, stuck.length));
}

function judge(
  rig: FaultRig,
  ids: string[],
  final: Array<SyndicationRecord | null>,
  stuck: string[],
  sweeps: number,
  alerts: Array<Record<string, unknown>>,
): Row {
  const accepted = rig.receiver.accepted('/hook').filter((r) => r.verified && r.payload?.type === 'posting.published');
  const delivered = new Set(accepted.map((r) => (r.payload!.data as { id?: string }).id));
  const hookIds = accepted.map((r) => r.headers['webhook-id']);
  const repeats = hookIds.length - new Set(hookIds).size;
  const retriesKeepTheirId = oneWebhookIdPerVersion(accepted);
  const view = partnerState(rig);
  const agree = ids.every((id, i) => view.get(id)?.version === final[i]?.deliveredVersion);
  const resent = final.filter((r) => stuck.includes(r!.postingId) && (r!.resent?.count ?? 0) >= 1).length;
  const alerted = alerts.reduce((n, a) => n + Number(a.resent ?? 0), 0);
  const signalled = stuck.length === 0 || (alerts.length > 0 && resent === stuck.length && alerted >= stuck.length);
  const ok =
    final.every((r) => r?.status === 'live') &&
    ids.every((id) => delivered.has(id)) &&
    retriesKeepTheirId &&
    agree &&
    signalled;
  return row(
    'kill mid-delivery',
    `SIGKILL of the deliverSyndication process while a signed webhook is in flight (the partner hangs); restarted; after ${REDELIVERY_GRACE_MS / 1000} s of Pub/Sub redelivery, the maintenance sweep (task all, to the served sweepOutbox; stuck after ${STUCK_AFTER_SECONDS} s) until every pair is live`,
    'all 5 pairs end live and the partner holds the version each record names; each posting accepted, signed; a posting version the partner accepted twice (sent, then the process killed before it recorded the answer, so redelivery sends it again) carries the same webhook-id both times, the Standard Webhooks dedupe key, never a second one; every pair still pending after redelivery was re-sent by the sweep (record.resent) and a syndication_stuck alert line logged for it',
    ok,
    `live ${final.filter((r) => r?.status === 'live').length}/5; left pending by redelivery ${stuck.length}, re-sent by the sweep ${resent}, maintenance sweeps ${sweeps}, syndication_stuck lines ${alerts.length} (pairs re-sent in them ${alerted}); partner = records ${agree}; partner accepted ${accepted.length} publishes for ${delivered.size} postings, repeats with the same webhook-id ${repeats}, one webhook-id per posting version: ${retriesKeepTheirId}`,
  );
}
