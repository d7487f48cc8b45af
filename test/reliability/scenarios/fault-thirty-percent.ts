import { row, waitUntil, type CampaignContext, type Row } from '../support/campaign';
import { eventCensus, partnerState, sourcePostings, stuckAlertsFor, sweepUntil, sweepUntilEmpty } from './fault-checks';
import { PARTNER_ID, type FaultRig } from './fault-rig';

/**
 * 30% of new Firestore and Pub/Sub connections reset (the rest cut after a random lifetime) while postings
 * are submitted by racing clients, updated, syndicated and refreshed; then recovery and sweeps.
 */
export async function thirtyPercent(rig: FaultRig, ctx: CampaignContext): Promise<Row> {
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
  const logsFrom = ctx.logSink.length;
  // the scheduler's maintenance runs re-send pairs whose delivery message was lost to the faults
  const sweeps = await sweepUntil(rig, ids, 'every pair live on its newest version', async () => {
    const records = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
    return records.every((r, i) => r?.status === 'live' && r.deliveredVersion === postings[i]!.version);
  });
  await sweepUntilEmpty(rig);
  const versionsOk = postings.every((p, i) => p !== null && p.version === (i < 20 ? 2 : 1));
  // a creation whose answer was lost to a fault (the commit landed, the reply did not) is retried by the
  // client with the same Idempotency-Key and answered "created" again: of each posting's three racing
  // clients exactly one is told it created it, never two, never none
  const statusOf = (a: { body: unknown }) =>
    String((a.body as { results?: Array<{ status?: string }> } | null)?.results?.[0]?.status ?? 'none');
  const createdCount = created.flat().filter((a) => statusOf(a) === 'created').length;
  const doubleCreated = created.filter((answers) => answers.filter((a) => statusOf(a) === 'created').length > 1);
  const answers = new Map<string, number>();
  for (const a of [...created.flat(), ...updated.flat()]) answers.set(statusOf(a), (answers.get(statusOf(a)) ?? 0) + 1);
  const unexpected = [...answers.keys()].filter((k) => !['created', 'updated', 'unchanged'].includes(k));
  const census = eventCensus(await rig.audited());
  const expected = postings.flatMap((p, i) => (i < 20 ? [`${p!.id}-v1`, `${p!.id}-v2`] : [`${p!.id}-v1`]));
  const missing = expected.filter((id) => !census.ids.has(id));
  // the refresh after recovery reads 400 jobs on a loaded machine: wait for it rather than race it
  const changedUpstream = async () => (await sourcePostings(rig)).filter((p) => p.title.endsWith(' II'));
  const upstream = await waitUntil(
    'the 10 upstream changes stored',
    async () => {
      const changed = await changedUpstream();
      return changed.length >= 10 ? changed : null;
    },
    300_000,
    3_000,
  ).catch(changedUpstream);
  await sweepUntilEmpty(rig);
  const partnerView = partnerState(rig);
  const records = await Promise.all(ids.map((id) => rig.store.getSyndication(id, PARTNER_ID)));
  // every pair the sweep had to re-send was reported by a syndication_stuck line
  const resent = records.filter((r) => (r?.resent?.count ?? 0) > 0).length;
  const alerts = await stuckAlertsFor(ctx.logSink, logsFrom, resent);
  const alerted = alerts.reduce((n, a) => n + Number(a.resent ?? 0), 0);
  const mismatched = ids.filter(
    (id, i) => partnerView.get(id)?.version !== records[i]?.deliveredVersion || records[i]?.status !== 'live',
  );
  const ok =
    versionsOk &&
    doubleCreated.length === 0 &&
    createdCount === N &&
    unexpected.length === 0 &&
    missing.length === 0 &&
    census.conflicting === 0 &&
    mismatched.length === 0 &&
    alerted >= resent &&
    upstream.length === 10;
  return row(
    '30% store/bus faults',
    `30% of new Firestore and Pub/Sub connections reset, the rest cut after 0.5–4.5 s (proxy; ${stats.firestore.refused + stats.firestore.cut} Firestore and ${stats.pubsub.refused + stats.pubsub.cut} Pub/Sub faults); ${N} postings each submitted by 3 clients at once, 20 updated by 2, a refresh with 10 changes`,
    'each posting created once and exactly one of its 3 racing clients told "created" (a client retrying after a lost answer sends the same Idempotency-Key and hears "created" again), versions exact; every change event published (audit pull) with no conflicting copies; partner view = records (live, delivered version), after maintenance sweeps that re-send pairs whose message was lost, each reported by a syndication_stuck line; outbox empty',
    ok,
    `answers ${JSON.stringify(Object.fromEntries(answers))} (created ${createdCount} of ${N} postings, twice for ${doubleCreated.length}), versions exact ${versionsOk}, upstream changes stored ${upstream.length}/10, events missing ${missing.length}, ids with extra copies ${census.duplicated}, conflicting ${census.conflicting}, partner/record mismatches ${mismatched.length}, maintenance sweeps ${sweeps}, pairs re-sent by the sweep ${resent} (in syndication_stuck lines ${alerted})`,
  );
}
