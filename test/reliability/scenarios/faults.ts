import { row, waitUntil, type CampaignContext, type Row, type Scenario } from '../support/campaign';
import { eventCensus, sourcePostings, sweepUntilEmpty } from './fault-checks';
import { lostFanOut, partnerDown, replayedEvents } from './fault-deliveries';
import { killMidDelivery } from './fault-kill-delivery';
import { startFaultRig, type FaultRig } from './fault-rig';
import { thirtyPercent } from './fault-thirty-percent';

/**
 * Faults on the production topology (emulators, one process per function, push subscriptions): processes
 * SIGKILLed mid-refresh and mid-delivery, 30% of Firestore and Pub/Sub connections reset with real write
 * contention, duplicate and out-of-order events, an update whose fan-out is lost, the Pub/Sub emulator restarted
 * (topology gone), a partner down for a long time. After recovery
 * and sweeps, the stored postings, the audited events and the partner's view are checked against each other.
 */
export const faults: Scenario = async (ctx) => {
  ctx.progress('faults: starting the function processes on the emulators');
  const rig = await startFaultRig(ctx, { jobs: 400 });
  const rows: Row[] = [];
  const attempt = async (name: string, injected: string, run: () => Promise<Row>) => {
    ctx.progress(`faults: ${name}`);
    try {
      rows.push(await run());
    } catch (error) {
      rows.push(
        row(name, injected, 'scenario completed', false, String((error as Error).stack ?? error).slice(0, 600)),
      );
    }
    const done = rows.at(-1)!;
    ctx.progress(`faults: ${name} → ${done.result}: ${done.details}`);
  };
  try {
    await attempt('kill mid-refresh', 'SIGKILL refreshSources', () => killMidRefresh(rig));
    await attempt('kill mid-delivery', 'SIGKILL deliverSyndication', () => killMidDelivery(rig, ctx));
    await attempt('30% store/bus faults', '30% conn resets', () => thirtyPercent(rig, ctx));
    await attempt('duplicate/out-of-order (emulator)', 'replayed events', () => replayedEvents(rig));
    await attempt('lost fan-out (update)', 'fan-out claimed, never sent', () => lostFanOut(rig, ctx));
    await attempt('Pub/Sub emulator restart', 'restart', () => pubsubRestart(rig, ctx));
    await attempt('partner down, then back', 'partner down', () => partnerDown(rig, ctx));
  } finally {
    await rig.close();
  }
  return rows;
};

async function killMidRefresh(rig: FaultRig): Promise<Row> {
  const total = rig.board.jobs.length;
  await rig.publish('refresh-requests', { sourceId: rig.sourceId, force: true });
  const storedAtKill = await waitUntil(
    'the refresh to be storing postings',
    async () => {
      const n = (await rig.store.queryPostings({ sourceId: rig.sourceId, limit: 30 })).items.length;
      return n >= 20 ? n : null;
    },
    180_000,
    50,
  );
  await rig.functions.kill('refreshSources');
  await rig.functions.start('refreshSources');
  await waitUntil(
    'every posting stored after the restart',
    async () => (await sourcePostings(rig)).length === total,
    300_000,
    1_000,
  );
  await sweepUntilEmpty(rig);
  const postings = await sourcePostings(rig);
  const census = eventCensus(
    (await rig.audited()).filter((m) => (m.data as { type?: string }).type === 'posting.created'),
  );
  const missing = postings.filter((p) => !census.ids.has(`${p.id}-v1`)).length;
  const ok =
    postings.length === total && postings.every((p) => p.version === 1) && missing === 0 && census.conflicting === 0;
  return row(
    'kill mid-refresh',
    `SIGKILL of the refreshSources process after ${storedAtKill} of ${total} postings were stored; restarted; Pub/Sub redelivers`,
    'every posting stored once (version 1); after outbox sweeps every created event published (audit pull, by id); no two different events under one id',
    ok,
    `postings ${postings.length}/${total}, versions>1: ${postings.filter((p) => p.version !== 1).length}, events missing ${missing}, ids with extra copies ${census.duplicated} (same content; consumers dedupe), conflicting ${census.conflicting}`,
  );
}

async function pubsubRestart(rig: FaultRig, ctx: CampaignContext): Promise<Row> {
  await ctx.emulators.restartPubSub();
  const created = await rig.call('ingestPosting', '/postings', {
    method: 'POST',
    body: JSON.stringify({
      type: 'document',
      format: 'markdown',
      externalId: 'during-restart',
      company: 'Acme Corp',
      content:
        '# Restart Engineer\n\nLocation: Berlin, Germany\n\nWe keep events safe while the message bus restarts, reliably.\n',
    }),
  });
  const result = created.body?.results?.[0] as { status: string; postingId: string } | undefined;
  const heldInOutbox = (await rig.store.listUnsent(100)).some(
    (e) => e.event.subject?.includes(result?.postingId ?? '?') || JSON.stringify(e).includes(result?.postingId ?? '?'),
  );
  // the operator step: recreate the topology (jobrelay serve does it at start; Terraform owns it in the cloud)
  await rig.ensureTopology();
  await sweepUntilEmpty(rig);
  const census = eventCensus(await rig.audited());
  const published = result ? census.ids.has(`${result.postingId}-v1`) : false;
  const ok = result?.status === 'created' && heldInOutbox && published;
  return row(
    'Pub/Sub emulator restart',
    'Pub/Sub emulator stopped and started (in-memory: every topic and subscription gone); a posting submitted while the topology is missing',
    'the submission is stored and its event kept in the outbox; once the topology is recreated (ensureTopology, as jobrelay serve / Terraform), a sweep publishes it',
    ok,
    `answer ${result?.status ?? created.status}, held in outbox ${heldInOutbox}, published after recovery ${published}`,
  );
}
