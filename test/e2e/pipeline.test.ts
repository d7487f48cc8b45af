import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import type { PubSub } from '@google-cloud/pubsub';
import { FirestorePostingStore } from '../../shared/adapters/firestore/firestore-posting-store';
import { PubSubEventBus } from '../../shared/adapters/pubsub/pubsub-event-bus';
import { ensureTopology } from '../../shared/adapters/pubsub/pubsub-topology';
import { silentLogger } from '../../shared/adapters/logging/cloud-logger';
import { PartnerConfig } from '../../shared/schema/partner';
import { SourceConfig } from '../../shared/schema/source';
import { generateApiKey, hashApiKey } from '../../functions/lib/api-keys';
import { useRuntimeFactory } from '../../functions/lib/default-runtime';
import { assembleRuntime, type Runtime } from '../../functions/lib/runtime';
import { parseFunctionSettings } from '../../functions/lib/settings';
import { signWebhook } from '../../functions/lib/webhook-signatures';
import { EmbeddedSecretStore } from '../../shared/adapters/secrets/embedded-secret-store';
import { PUSH_SUBSCRIPTIONS } from '../../cli/serve/push-topology';
import { waitFor } from '../../cli/serve/demo/run-demo';
import { emulatorFirestore, emulatorPubSub, uniqueProjectId } from '../support/google-clients';
import { FixtureBoard, sampleJobs, serveBoard } from '../support/fixture-boards';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { startPartnerReceiver, type PartnerReceiver } from '../support/partner-receiver';

/**
 * The production topology on the emulators: the functions served by the Functions Framework on loopback
 * ports, Pub/Sub push subscriptions from the emulator to them, Firestore as the store, a fixture ATS and a
 * signed-webhook partner on loopback. Nothing of ours is mocked; every wait is a condition with a deadline.
 */

process.env.JOBRELAY_LOG_LEVEL = 'ERROR';
jest.setTimeout(300_000);
const PARTNER_SECRET = 'whsec_' + Buffer.from('e2e partner signing secret 32 b!').toString('base64');
const ATS_SECRET = 'whsec_' + Buffer.from('e2e ats webhook signing secret!!').toString('base64');
const FEED_KEY = generateApiKey('feed');
const HR_KEY = generateApiKey('hr');

let projectId: string;
let pubsub: PubSub;
let runtime: Runtime;
let dataDir: string;
let ats: FixtureServer;
let receiver: PartnerReceiver;
const board = new FixtureBoard(sampleJobs(3));
let sourceId: string;
const servers = new Map<string, Server>();
const urls = new Map<string, string>();

async function serve(name: string): Promise<void> {
  const server = getTestServer(name);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.set(name, server);
  urls.set(name, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}

beforeAll(async () => {
  projectId = uniqueProjectId('e2e');
  pubsub = emulatorPubSub(projectId);
  dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-e2e-'));
  ats = await startFixtureServer();
  receiver = await startPartnerReceiver(PARTNER_SECRET, { '/hook': [{ status: 200 }] });
  const secrets = new EmbeddedSecretStore({ dataDir });
  await secrets.set('board-webhook', PARTNER_SECRET);
  await secrets.set('feed-key', FEED_KEY);
  await secrets.set('ats-webhook', ATS_SECRET);
  const settings = parseFunctionSettings({
    ...process.env,
    GOOGLE_CLOUD_PROJECT: projectId,
    JOBRELAY_BACKEND: 'google',
    JOBRELAY_LOG_LEVEL: 'ERROR',
    JOBRELAY_PUBLIC_BASE_URL: 'https://jobs.example.com',
    JOBRELAY_FETCH_ALLOW_HOSTS: `${ats.host},${new URL(receiver.url('/')).host}`,
    JOBRELAY_SECRETS_HR_API_KEYS: JSON.stringify({ e2e: hashApiKey(HR_KEY) }),
  });
  const firestore = emulatorFirestore(projectId);
  const backend = {
    store: new FirestorePostingStore({ firestore }),
    bus: new PubSubEventBus({ pubsub }),
    secrets,
    close: () => firestore.terminate(),
  };
  runtime = assembleRuntime({ settings, backend, logger: silentLogger });
  useRuntimeFactory(async () => runtime);
  require('../../functions/index');
  for (const name of [
    'ingestPosting',
    'refreshSources',
    'requestSyndication',
    'deliverSyndication',
    'serveFeed',
    'sweepOutbox',
  ])
    await serve(name);
  await ensureTopology(pubsub, {
    topics: [],
    subscriptions: PUSH_SUBSCRIPTIONS.map((s) => ({
      name: s.name,
      topic: s.topic,
      pushEndpoint: urls.get(s.fn)!,
      enableMessageOrdering: s.ordered,
      ackDeadlineSeconds: 60,
      retry: { minimumBackoffSeconds: 1, maximumBackoffSeconds: 5 },
    })),
  });
  const source = SourceConfig.parse({
    ...serveBoard(ats, 'greenhouse', board),
    webhookSecretRef: 'secret:ats-webhook',
  });
  sourceId = source.id;
  const now = new Date().toISOString();
  await runtime.store.putSource(source, now);
  await runtime.store.putPartner(
    PartnerConfig.parse({
      id: 'e2e-board',
      name: 'E2E Board',
      format: 'webhook',
      delivery: 'webhook',
      webhook: { url: receiver.url('/hook'), secretRef: 'secret:board-webhook', timeoutMs: 5_000, maxAttempts: 5 },
    }),
    now,
  );
  await runtime.store.putPartner(
    PartnerConfig.parse({
      id: 'e2e-feed',
      name: 'E2E Feed',
      format: 'indeed-xml',
      delivery: 'feed',
      defaults: { publisher: 'E2E' },
      feed: { apiKeyRef: 'secret:feed-key' },
    }),
    now,
  );
}, 120_000);

afterAll(async () => {
  for (const server of servers.values()) await new Promise((resolve) => server.close(resolve));
  await pubsub?.close();
  await runtime?.close();
  await ats?.close();
  await receiver?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// ---- helpers: HTTP as HR and a partner would call it, and conditions to wait on

const hr = { authorization: `Bearer ${HR_KEY}`, 'content-type': 'application/json' };
const call = (fn: string, path: string, init: RequestInit = {}) => fetch(`${urls.get(fn)}${path}`, init);
const publishRefresh = (data: Record<string, unknown>) =>
  pubsub.topic('refresh-requests').publishMessage({ json: data });
const feedXml = async () =>
  (await call('serveFeed', '/feeds/e2e-feed.xml', { headers: { 'x-api-key': FEED_KEY } })).text();
const openPostings = async () => runtime.store.listPostingSummaries(sourceId, 'open');
const deliveries = (type: string) => receiver.accepted('/hook').filter((r) => r.verified && r.payload?.type === type);
const idOfExternal = async (externalId: string) =>
  (await runtime.store.queryPostings({ sourceId, limit: 100 })).items.find((p) => p.source.externalId === externalId)
    ?.id;

async function syndicate(postingIds: string[]) {
  const res = await call('requestSyndication', '/syndications', {
    method: 'POST',
    headers: hr,
    body: JSON.stringify({ postingIds, partnerIds: ['e2e-board', 'e2e-feed'], action: 'publish' }),
  });
  expect(res.status).toBe(202);
}

async function statusOf(postingId: string): Promise<Record<string, string>> {
  const res = await call('requestSyndication', `/syndications?postingId=${postingId}`, { headers: hr });
  const body = (await res.json()) as { items: Array<{ partnerId: string; status: string }> };
  return Object.fromEntries(body.items.map((r) => [r.partnerId, r.status]));
}

describe('the whole pipeline on the emulators', () => {
  let ids: string[] = [];

  it('refreshes on the scheduler message and stores the postings in Firestore', async () => {
    await publishRefresh({});
    const open = await waitFor(
      'three open postings in Firestore',
      async () => ((await openPostings()).length === 3 ? openPostings() : null),
      120_000,
    );
    ids = open.map((p) => p.id).sort();
  });

  it('delivers the postings HR syndicates, signed, and lists them in the feed', async () => {
    await syndicate(ids);
    await waitFor(
      'three signed publishes at the partner',
      async () => deliveries('posting.published').length >= 3,
      120_000,
    );
    await waitFor('both partners live', async () => {
      const statuses = await Promise.all(ids.map(statusOf));
      return statuses.every((s) => s['e2e-board'] === 'live' && s['e2e-feed'] === 'live');
    });
    const xml = await feedXml();
    for (const job of board.jobs) expect(xml).toContain(job.title);
  });

  it('delivers an upstream change as an update and shows it in the feed', async () => {
    board.update('2', { title: 'Principal Software Engineer' });
    await publishRefresh({ sourceId, force: true });
    await waitFor(
      'the update at the partner',
      async () => deliveries('posting.updated').some((r) => r.body.includes('Principal Software Engineer')),
      120_000,
    );
    await waitFor('the feed to show the change', async () => (await feedXml()).includes('Principal Software Engineer'));
  });

  it('closes a posting that disappears upstream: withdrawal delivered, dropped from the feed, job page 410', async () => {
    const gone = (await idOfExternal('3'))!;
    board.remove('3');
    await publishRefresh({ sourceId, force: true });
    await waitFor(
      'the withdrawal at the partner',
      async () => deliveries('posting.withdrawn').some((r) => r.body.includes(gone)),
      120_000,
    );
    await waitFor('the feed to drop it', async () => !(await feedXml()).includes('Software Engineer 3'));
    expect((await call('serveFeed', `/jobs/${gone}`)).status).toBe(410);
    // the partner has the withdrawal before the delivery records the partner's answer: wait for the record
    await waitFor('both records withdrawn', async () => {
      const status = await statusOf(gone);
      return status['e2e-board'] === 'withdrawn' && status['e2e-feed'] === 'withdrawn';
    });
    expect(await statusOf(gone)).toEqual({ 'e2e-board': 'withdrawn', 'e2e-feed': 'withdrawn' });
  });

  it('runs the same flow for a posting an ATS webhook delivers, signed', async () => {
    const job = {
      id: 4004,
      title: 'Webhook Engineer',
      absolute_url: `${ats.url}/jobs/4004`,
      updated_at: '2026-03-01T10:00:00Z',
      first_published: '2026-03-01T10:00:00Z',
      location: { name: 'Berlin, Germany' },
      content: '&lt;p&gt;Receive jobs as they are published, reliably and promptly, for everyone.&lt;/p&gt;',
      departments: [{ id: 1, name: 'Engineering' }],
      offices: [],
      metadata: null,
    };
    const send = async (body: string, id: string) => {
      const headers = signWebhook('standard-webhooks', ATS_SECRET, body, {
        id,
        timestampSeconds: Math.floor(Date.now() / 1000),
      });
      return call('ingestPosting', `/postings?source=${sourceId}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      });
    };
    const created = await send(JSON.stringify(job), 'evt-1');
    expect(created.status).toBe(200);
    const result = ((await created.json()) as { results: Array<{ status: string; postingId: string }> }).results[0]!;
    expect(result).toMatchObject({ status: 'created' });
    expect((await send(JSON.stringify(job), 'evt-1')).status).toBe(409);
    await syndicate([result.postingId]);
    await waitFor(
      'the webhook posting at the partner',
      async () => deliveries('posting.published').some((r) => r.body.includes('Webhook Engineer')),
      120_000,
    );
    await waitFor('the webhook posting in the feed', async () => (await feedXml()).includes('Webhook Engineer'));
    const updated = await send(JSON.stringify({ ...job, title: 'Senior Webhook Engineer' }), 'evt-2');
    expect(((await updated.json()) as { results: Array<{ status: string }> }).results[0]!.status).toBe('updated');
    await waitFor(
      'the webhook update at the partner',
      async () => deliveries('posting.updated').some((r) => r.body.includes('Senior Webhook Engineer')),
      120_000,
    );
    // the ATS no longer lists it: the next refresh closes it and the withdrawal follows
    await publishRefresh({ sourceId, force: true });
    await waitFor(
      'the webhook posting withdrawn',
      async () => deliveries('posting.withdrawn').some((r) => r.body.includes(result.postingId)),
      120_000,
    );
    await waitFor('the feed to drop it', async () => !(await feedXml()).includes('Webhook Engineer'));
    expect((await call('serveFeed', `/jobs/${result.postingId}`)).status).toBe(410);
  });
});
