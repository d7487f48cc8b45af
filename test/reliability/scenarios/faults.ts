import type { PostingRecord } from '../../../shared/schema/stored-posting';
import { row, waitUntil, type CampaignContext, type Row, type Scenario } from '../support/campaign';
import { PARTNER_ID, startFaultRig, type FaultRig } from './fault-rig';

/**
 * Faults on the production topology (emulators, one process per function, push subscriptions): processes
 * SIGKILLed mid-refresh and mid-delivery, 30% of Firestore and Pub/Sub connections reset with real write
 * contention, the Pub/Sub emulator restarted (topology gone), a partner down for a long time. After recovery
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
    await attempt('kill mid-delivery', 'SIGKILL deliverSyndication', () => killMidDelivery(rig));
    await attempt('30% store/bus faults', '30% conn resets', () => thirtyPercent(rig, ctx));
    await attempt('Pub/Sub emulator restart', 'restart', () => pubsubRestart(rig, ctx));
    await attempt('partner down, then back', 'partner down', () => partnerDown(rig, ctx));
  } finally {
    await rig.close();
  }
  return rows;
};

const sourcePostings = async (rig: FaultRig): Promise<PostingRecord[]> => {
  const all: PostingRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await rig.store.queryPostings({ sourceId: rig.sourceId, limit: 500, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};

/** Sweeps the outbox through the maintenance topic until nothing is left unsent. */
async function sweepUntilEmpty(rig: FaultRig): Promise<void> {
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

/** Events by id: how many copies, and whether copies under one id ever differ. */
function eventCensus(messages: Array<{ data: unknown }>) {
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

async function killMidDelivery(rig: FaultRig): Promise<Row> {
  const ids = (await sourcePostings(rig)).slice(0, 5).map((p) => p.id);
  const res = await rig.call('requestSyndication', '/syndications', {
    method: 'POST',
    body: JSON.stringify({ postingIds: ids, partnerIds: [PARTNER_ID], action: 'publish' }),
  });
  if (res.status !== 202) throw new Error(`syndication request answered ${res.status}`);
  // the partner's first answer hangs: the delivery is in flight when its process dies
  await waitUntil('a delivery in flight at the partner', async () => rig.receiver.received.length >= 1, 120_000, 50);
  await rig.functions.kill('deliverSyndication');
  await rig.functions.start('deliverSyndication');
  await waitUntil(
    'all five live',
    async () => {
      const records = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
      return records.every((r) => r?.status === 'live');
    },
    300_000,
    1_000,
  );
  const accepted = rig.receiver.accepted('/hook').filter((r) => r.verified && r.payload?.type === 'posting.published');
  const delivered = new Set(accepted.map((r) => (r.payload!.data as { id?: string }).id));
  const hookIds = accepted.map((r) => r.headers['webhook-id']);
  const ok = ids.every((id) => delivered.has(id)) && new Set(hookIds).size === hookIds.length;
  return row(
    'kill mid-delivery',
    'SIGKILL of the deliverSyndication process while a signed webhook is in flight (the partner hangs); restarted',
    'all 5 pairs end live; the partner accepted each posting, signed, and no webhook-id twice',
    ok,
    `live 5/5, partner accepted ${accepted.length} publishes for ${delivered.size} postings, webhook-ids unique: ${new Set(hookIds).size === hookIds.length}`,
  );
}

async function thirtyPercent(rig: FaultRig, ctx: CampaignContext): Promise<Row> {
  const titles = (i: number, v: number) => `Fault Engineer ${i}${v > 1 ? ' (updated)' : ''}`;
  const submit = (i: number, v: number) =>
    rig.call('ingestPosting', '/postings', {
      method: 'POST',
      body: JSON.stringify({
        type: 'posting',
        externalId: `fault-${i}`,
        company: 'Acme Corp',
        posting: {
          title: titles(i, v),
          url: `https://acme.example/jobs/fault-${i}`,
          applyUrl: `https://acme.example/jobs/fault-${i}/apply`,
          html: '<p>Keep our pipeline running under faults, with calm on-call and good tests for everything.</p>',
          locations: [{ text: 'Berlin, Germany', city: 'Berlin', country: 'DE' }],
          employmentTypes: ['FULL_TIME'],
          datePosted: '2026-02-01',
        },
      }),
    });
  const N = 60;
  rig.firestoreProxy.setRate(0.3);
  rig.pubsubProxy.setRate(0.3);
  // three clients submit each posting at the same moment: real transaction contention on one document
  const created = await Promise.all(
    Array.from({ length: N }, (_, i) => Promise.all([submit(i, 1), submit(i, 1), submit(i, 1)])),
  );
  const updated = await Promise.all(Array.from({ length: 20 }, (_, i) => Promise.all([submit(i, 2), submit(i, 2)])));
  const ids = created.map((answers) => answers.map((a) => a.body?.results?.[0]?.postingId).find(Boolean) as string);
  await rig.call('requestSyndication', '/syndications', {
    method: 'POST',
    body: JSON.stringify({ postingIds: ids, partnerIds: [PARTNER_ID], action: 'publish' }),
  });
  // a refresh under faults too: ten upstream jobs change
  for (const job of rig.board.jobs.slice(0, 10)) rig.board.update(job.id, { title: `${job.title} II` });
  await rig.publish('refresh-requests', { sourceId: rig.sourceId, force: true }).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  const stats = { firestore: rig.firestoreProxy.stats(), pubsub: rig.pubsubProxy.stats() };
  rig.firestoreProxy.setRate(0);
  rig.pubsubProxy.setRate(0);
  ctx.progress('faults: 30% — recovering (sweeps, redeliveries)');
  await rig.publish('refresh-requests', { sourceId: rig.sourceId, force: true });
  await sweepUntilEmpty(rig);
  const postings = await Promise.all(ids.map((id) => rig.store.getPosting(id)));
  await waitUntil(
    'every pair live on its newest version',
    async () => {
      const records = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
      return records.every((r, i) => r?.status === 'live' && r.deliveredVersion === postings[i]!.version);
    },
    300_000,
    2_000,
  );
  await sweepUntilEmpty(rig);
  const versionsOk = postings.every((p, i) => p !== null && p.version === (i < 20 ? 2 : 1));
  const createdCount = created.flat().filter((a) => a.body?.results?.[0]?.status === 'created').length;
  const census = eventCensus(await rig.audited());
  const expected = postings.flatMap((p, i) => (i < 20 ? [`${p!.id}-v1`, `${p!.id}-v2`] : [`${p!.id}-v1`]));
  const missing = expected.filter((id) => !census.ids.has(id));
  const upstream = (await sourcePostings(rig)).filter((p) => p.title.endsWith(' II'));
  const partnerView = partnerState(rig);
  const records = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
  const mismatched = ids.filter(
    (id, i) => partnerView.get(id)?.version !== records[i]?.deliveredVersion || records[i]?.status !== 'live',
  );
  const ok =
    versionsOk &&
    createdCount === N &&
    missing.length === 0 &&
    census.conflicting === 0 &&
    mismatched.length === 0 &&
    upstream.length === 10;
  return row(
    '30% store/bus faults',
    `30% of new Firestore and Pub/Sub connections reset, the rest cut after 0.5–4.5 s (proxy; ${stats.firestore.refused + stats.firestore.cut} Firestore and ${stats.pubsub.refused + stats.pubsub.cut} Pub/Sub faults); ${N} postings each submitted by 3 clients at once, 20 updated by 2, a refresh with 10 changes`,
    'each posting created once (1 "created" of 3 racing), versions exact; every change event published (audit pull) with no conflicting copies; partner view = records (live, delivered version); outbox empty',
    ok,
    `created answers ${createdCount}/${N}, versions exact ${versionsOk}, upstream changes stored ${upstream.length}/10, events missing ${missing.length}, ids with extra copies ${census.duplicated}, conflicting ${census.conflicting}, partner/record mismatches ${mismatched.length}`,
  );
}

/** The partner's view: per posting, the newest version it accepted (signed webhooks). */
function partnerState(rig: FaultRig): Map<string, { version: number; type: string }> {
  const view = new Map<string, { version: number; type: string }>();
  for (const r of rig.receiver.accepted('/hook')) {
    if (!r.verified || !r.payload) continue;
    const data = r.payload.data as { id?: string; version?: number; posting?: { id?: string; version?: number } };
    const id = data.id ?? data.posting?.id;
    const version = Number(data.version ?? data.posting?.version ?? 0);
    if (!id) continue;
    const seen = view.get(id);
    if (!seen || version >= seen.version) view.set(id, { version, type: r.payload.type });
  }
  return view;
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

async function partnerDown(rig: FaultRig, ctx: CampaignContext): Promise<Row> {
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
  const visible = during.filter(
    (r, i) => r && r.lastError !== null && r.pendingChange !== null && (r.deliveredVersion ?? 0) < postings[i]!.version,
  ).length;
  const errorLogs = ctx.logSink
    .join('')
    .split('\n')
    .filter((l) => /"severity":"(ERROR|WARNING)"/.test(l) && /deliver/i.test(l)).length;
  rig.partnerProxy.setRate(0);
  await waitUntil(
    'the partner back in line',
    async () => {
      const records = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
      return records.every((r, i) => r?.status === 'live' && r.deliveredVersion === postings[i]!.version);
    },
    300_000,
    2_000,
  );
  const view = partnerState(rig);
  const agree = ids.every((id, i) => view.get(id)?.version === postings[i]!.version);
  const ok =
    ids.length === 3 && postings.every((p) => p!.version >= 2) && agree && visible === ids.length && errorLogs > 0;
  return row(
    'partner down, then back',
    `the partner refuses every connection for ${ctx.partnerDownSeconds} s while ${ids.length} of its live postings change upstream (refresh)`,
    'while down: each record shows the lag (pending change, last error, delivered < stored version) and delivery errors are logged; once back: every pair live on the newest version, the partner holds it',
    ok,
    `records showing the outage ${visible}/${ids.length}, delivery error/warning log lines ${errorLogs}, partner agrees with records after recovery: ${agree}`,
  );
}
