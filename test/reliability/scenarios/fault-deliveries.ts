import { CONSUMER } from '../../../shared/pipeline/syndication-context';
import { row, waitUntil, type CampaignContext, type Row } from '../support/campaign';
import {
  acceptedFor,
  describePairs,
  partnerState,
  sourcePostings,
  stuckAlerts,
  submitPosting,
  sweepUntil,
  sweepUntilEmpty,
} from './fault-checks';
import { PARTNER_ID, STUCK_AFTER_SECONDS, type FaultRig } from './fault-rig';

/**
 * Pub/Sub's at-least-once, unordered delivery on the real topology: a posting live at the partner on its
 * third version has its v3 event published again five times at once and its v2 event after them, through
 * the push subscription to the deliverSyndication process.
 */
export async function replayedEvents(rig: FaultRig): Promise<Row> {
  const id = await submitPosting(rig, 'replay-1', 'Replay Engineer');
  const res = await rig.call('requestSyndication', '/syndications', {
    method: 'POST',
    body: JSON.stringify({ postingIds: [id], partnerIds: [PARTNER_ID], action: 'publish' }),
  });
  if (res.status !== 202) throw new Error(`syndication request answered ${res.status}`);
  const liveAt = (version: number) =>
    waitUntil(
      `the partner on version ${version}`,
      async () => {
        const r = await rig.store.getSyndication(id, PARTNER_ID);
        return r?.status === 'live' && r.deliveredVersion === version;
      },
      300_000,
      1_000,
    );
  await liveAt(1);
  await submitPosting(rig, 'replay-1', 'Replay Engineer (second edition)');
  await liveAt(2);
  await submitPosting(rig, 'replay-1', 'Replay Engineer (third edition)');
  await liveAt(3);
  const events = new Map((await rig.audited()).map((m) => [(m.data as { id: string }).id, m.data] as const));
  const v2 = events.get(`${id}-v2`);
  const v3 = events.get(`${id}-v3`);
  if (!v2 || !v3) throw new Error('the v2/v3 events were not published (audit subscription)');
  const before = acceptedFor(rig, id).length;
  await Promise.all(Array.from({ length: 5 }, () => rig.publish('posting-events', v3)));
  await rig.publish('posting-events', v2);
  await rig.publish('posting-events', v2);
  // the seven copies are pushed within seconds (retry backoff 1–5 s); give them time to land
  await new Promise((resolve) => setTimeout(resolve, 30_000));
  await sweepUntilEmpty(rig);
  const after = acceptedFor(rig, id);
  const record = await rig.store.getSyndication(id, PARTNER_ID);
  const hookIds = after.map((r) => r.headers['webhook-id']);
  const last = after.at(-1)?.payload?.data as { version?: number; posting?: { version?: number } } | undefined;
  const lastVersion = Number(last?.version ?? last?.posting?.version ?? 0);
  const ok =
    after.length === before &&
    new Set(hookIds).size === hookIds.length &&
    record?.status === 'live' &&
    record.deliveredVersion === 3 &&
    lastVersion === 3;
  return row(
    'duplicate/out-of-order (emulator)',
    'a posting live at the partner on v3: its v3 event published 5 more times at once, then its older v2 event twice (push to the deliverSyndication process)',
    'no new webhook reaches the partner; webhook-ids unique; the record stays live on v3 and the partner’s newest copy is v3',
    ok,
    `webhooks for the posting before the replay ${before}, after ${after.length}; unique ids ${new Set(hookIds).size === hookIds.length}; record ${record?.status} v${record?.deliveredVersion}; partner's newest v${lastVersion}`,
  );
}

/**
 * A posting update whose fan-out is lost: its event is published and pushed, but the deliverSyndication fan-out
 * finds the event already claimed (as after a process killed between claiming it and publishing the
 * per-partner messages), so no message ever carries the update to the partner, which stays live on the older
 * version. The maintenance sweep must find the pair behind its posting and bring the partner to the record's
 * state, with the stuck alert. Runs on the posting of the replay row (live at the partner).
 */
export async function lostFanOut(rig: FaultRig, ctx: CampaignContext): Promise<Row> {
  const title = 'Replay Engineer (fourth edition)';
  const id = await submitPosting(rig, 'replay-1', 'Replay Engineer (third edition)');
  const before = await rig.store.getPosting(id);
  if (!before) throw new Error('the replay posting is missing');
  const next = before.version + 1;
  const logsFrom = ctx.logSink.length;
  await rig.store.claimEvent(CONSUMER.fanOut, `${id}-v${next}`, 24 * 3600);
  await submitPosting(rig, 'replay-1', title);
  await waitUntil(
    `the v${next} event published`,
    async () => (await rig.audited()).some((m) => (m.data as { id: string }).id === `${id}-v${next}`),
    120_000,
    1_000,
  );
  // the push of that event lands within seconds (retry 1–5 s) and is acked as a duplicate: nothing moves
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const lagging = await rig.store.getSyndication(id, PARTNER_ID);
  const partnerBefore = partnerState(rig).get(id)?.version;
  const inLine = async () => {
    const r = await rig.store.getSyndication(id, PARTNER_ID);
    return r?.status === 'live' && r.deliveredVersion === next;
  };
  const sweeps = await sweepUntil(rig, [id], `the partner on v${next} after maintenance sweeps`, inLine);
  const record = await rig.store.getSyndication(id, PARTNER_ID);
  const partnerAfter = partnerState(rig).get(id)?.version;
  const alerts = stuckAlerts(ctx.logSink.slice(logsFrom)).filter((a) => Number(a.lagging ?? 0) > 0);
  const hookIds = acceptedFor(rig, id).map((r) => r.headers['webhook-id']);
  const ok =
    lagging?.status === 'live' &&
    lagging.deliveredVersion === before.version &&
    partnerBefore === before.version &&
    record?.status === 'live' &&
    record.deliveredVersion === next &&
    (record.resent?.count ?? 0) >= 1 &&
    partnerAfter === next &&
    alerts.length > 0 &&
    new Set(hookIds).size === hookIds.length;
  return row(
    'lost fan-out (update)',
    `a posting live at the partner on v${before.version} is updated to v${next}; its event is published but the fan-out finds it already claimed (a process killed between claim and publish), so no per-partner message is sent`,
    `the pair stays live on v${before.version} (nothing pending); once the change is older than ${STUCK_AFTER_SECONDS} s the maintenance sweep (task all, to the served sweepOutbox) finds it behind its posting, re-sends it (record.resent) and logs syndication_stuck with lagging; the partner ends on v${next} as the record says; webhook-ids unique`,
    ok,
    `before the sweep: record ${lagging?.status} v${lagging?.deliveredVersion}, partner v${partnerBefore}; maintenance sweeps ${sweeps}; after: record ${record?.status} v${record?.deliveredVersion} resent ${record?.resent?.count ?? 0}, partner v${partnerAfter}; syndication_stuck lines with lagging ${alerts.length}; webhook-ids unique ${new Set(hookIds).size === hookIds.length}`,
  );
}

/**
 * A partner down longer than its retry budget (2 attempts here; Pub/Sub redelivers within seconds): each
 * change is retried, then dead-lettered — status failed with WEBHOOK.DEAD_LETTERED, the partner's health
 * noting the error, a warning logged — which is the alert signal. Once the partner is back it holds exactly
 * what the records say it has; HR's retry (publishing the failed pairs again, as the console does) brings
 * every pair to the newest version.
 */
export async function partnerDown(rig: FaultRig, ctx: CampaignContext): Promise<Row> {
  const live = (await rig.store.listSyndications({ partnerId: PARTNER_ID, limit: 1000 })).items.filter(
    (r) => r.status === 'live',
  );
  const fromBoard = await sourcePostings(rig);
  const targets = fromBoard.filter((p) => live.some((r) => r.postingId === p.id)).slice(0, 3);
  const ids = targets.map((p) => p.id);
  rig.partnerProxy.setRate(1);
  for (const posting of targets) rig.board.update(posting.source.externalId, { title: `${posting.title} while down` });
  await rig.publish('refresh-requests', { sourceId: rig.sourceId, force: true });
  await new Promise((resolve) => setTimeout(resolve, ctx.partnerDownSeconds * 1000));
  const postings = await Promise.all(ids.map((id) => rig.store.getPosting(id)));
  const during = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
  const signalled = during.filter(
    (r, i) =>
      r !== null &&
      r.lastError !== null &&
      (r.deliveredVersion ?? 0) < postings[i]!.version &&
      (r.status === 'pending' || r.reasons.some((reason) => reason.code === 'WEBHOOK.DEAD_LETTERED')),
  ).length;
  const health = (await rig.store.getPartner(PARTNER_ID))?.health;
  const errorLogs = ctx.logSink
    .join('')
    .split('\n')
    .filter((l) => /"severity":"(ERROR|WARNING)"/.test(l) && /deliver|syndication/i.test(l)).length;
  rig.partnerProxy.setRate(0);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  // before any retry: for every settled pair, the partner's newest copy is the version the record names
  const settled = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
  const viewBefore = partnerState(rig);
  const agreeBefore = ids.every(
    (id, i) => settled[i]?.status === 'pending' || viewBefore.get(id)?.version === settled[i]?.deliveredVersion,
  );
  const deadLettered = ids.filter((_, i) => settled[i]?.status === 'failed');
  if (deadLettered.length > 0) {
    const res = await rig.call('requestSyndication', '/syndications', {
      method: 'POST',
      body: JSON.stringify({ postingIds: deadLettered, partnerIds: [PARTNER_ID], action: 'publish' }),
    });
    if (res.status !== 202) throw new Error(`the retry request answered ${res.status}`);
  }
  await waitUntil(
    'the partner back in line',
    async () => {
      const records = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
      return records.every((r, i) => r?.status === 'live' && r.deliveredVersion === postings[i]!.version);
    },
    300_000,
    2_000,
    () => describePairs(rig, ids),
  );
  const view = partnerState(rig);
  const agree = ids.every((id, i) => view.get(id)?.version === postings[i]!.version);
  const ok =
    ids.length === 3 &&
    postings.every((p) => p!.version >= 2) &&
    signalled === ids.length &&
    errorLogs > 0 &&
    Boolean(health?.lastError) &&
    agreeBefore &&
    agree;
  return row(
    'partner down, then back',
    `the partner refuses every connection for ${ctx.partnerDownSeconds} s while ${ids.length} of its live postings change upstream (refresh); its retry budget is 2 attempts`,
    'while down: each record shows the lag (last error, delivered < stored version; pending or dead-lettered), partner health and warnings say so; once back: the partner holds what the records say; after HR retries the dead-lettered pairs, all live on the newest version at the partner',
    ok,
    `records signalling the outage ${signalled}/${ids.length} (dead-lettered ${deadLettered.length}), partner health error ${health?.lastError ? 'set' : 'none'}, delivery error/warning log lines ${errorLogs}, partner = records before the retry: ${agreeBefore}, after: ${agree}`,
  );
}
