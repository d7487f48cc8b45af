import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { EmbeddedEventBus, toPushBody, type Delivery } from '../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../shared/adapters/embedded/embedded-posting-store';
import { createCloudLogger } from '../../shared/adapters/logging/cloud-logger';
import { PartnerConfig } from '../../shared/schema/partner';
import { SourceConfig } from '../../shared/schema/source';
import { generateApiKey, hashApiKey } from '../../functions/lib/api-keys';
import { useRuntimeFactory } from '../../functions/lib/default-runtime';
import { assembleRuntime, type Runtime } from '../../functions/lib/runtime';
import { parseFunctionSettings } from '../../functions/lib/settings';
import { startPartnerReceiver, type PartnerReceiver } from './partner-receiver';
import { storeSnapshot } from './function-runtime';

/**
 * The registered functions over an embedded backend, seeded with one source (signed webhooks), a webhook
 * partner, two feed partners with their own keys and one posting live on all three; every log line of the
 * runtime and of the HTTP plumbing is captured (DEBUG), so tests can scan them for secrets.
 */
export interface HostileRig {
  runtime: Runtime;
  store: EmbeddedPostingStore;
  bus: EmbeddedEventBus;
  receiver: PartnerReceiver;
  keys: { hr: string; admin: string; feedA: string; feedB: string };
  /** webhook signing secrets: the source's inbound one and the partner's outbound one */
  secrets: { ats: string; partner: string; session: string };
  sourceId: string;
  postingId: string;
  /** the embedded store and bus folder (a second bus on it shares the queue) */
  dataDir: string;
  /** every log line written so far */
  logs: string[];
  server(name: string): ReturnType<typeof getTestServer>;
  /** delivers what the bus holds through deliverSyndication, as push subscriptions would */
  drain(): Promise<void>;
  snapshot(): Promise<Awaited<ReturnType<typeof storeSnapshot>>>;
  close(): Promise<void>;
}

const whsec = (text: string) => 'whsec_' + Buffer.from(text.padEnd(32, '!').slice(0, 32)).toString('base64');

export async function startHostileRig(): Promise<HostileRig> {
  const logs: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logs.push(String(chunk));
    return true;
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-hostile-'));
  const keys = {
    hr: generateApiKey('hr'),
    admin: generateApiKey('admin'),
    feedA: generateApiKey('feed'),
    feedB: generateApiKey('feed'),
  };
  const secrets = {
    ats: whsec('hostile ats webhook secret'),
    partner: whsec('hostile partner secret'),
    session: 'console session key for the hostile rig, 48 chars!',
  };
  const receiver = await startPartnerReceiver(secrets.partner, { '/hook': [{ status: 200 }] });
  process.env.JOBRELAY_LOG_LEVEL = 'DEBUG';
  const settings = parseFunctionSettings({
    JOBRELAY_BACKEND: 'embedded',
    JOBRELAY_DATA_DIR: dataDir,
    JOBRELAY_LOG_LEVEL: 'DEBUG',
    JOBRELAY_PUBLIC_BASE_URL: 'https://jobs.example.com',
    JOBRELAY_FETCH_ALLOW_HOSTS: new URL(receiver.url('/')).host,
    JOBRELAY_MAX_BODY_BYTES: String(256 * 1024),
    JOBRELAY_SECRETS_HR_API_KEYS: JSON.stringify({ 'hr-tool': hashApiKey(keys.hr) }),
    JOBRELAY_SECRETS_ADMIN_API_KEYS: JSON.stringify({ ops: hashApiKey(keys.admin) }),
    JOBRELAY_SECRETS_CONSOLE_SESSION_KEYS: JSON.stringify({ k1: secrets.session }),
  });
  const store = new EmbeddedPostingStore({ dataDir });
  const bus = new EmbeddedEventBus({ dataDir });
  const secretValues = new Map([
    ['secret:ats', secrets.ats],
    ['secret:partner', secrets.partner],
    ['secret:feed-a', keys.feedA],
    ['secret:feed-b', keys.feedB],
  ]);
  const logger = createCloudLogger({ level: 'DEBUG', write: (line) => logs.push(line) });
  const runtime = assembleRuntime({
    settings,
    logger,
    backend: {
      store,
      bus,
      secrets: { get: async (ref: string) => secretValues.get(ref) ?? null },
      close: async () => {
        await bus.close();
        await store.close();
      },
    },
  });
  useRuntimeFactory(async () => runtime);
  require('../../functions/index');
  const server = (name: string) => getTestServer(name);
  const now = new Date().toISOString();
  const source = SourceConfig.parse({
    id: 'acme-greenhouse',
    kind: 'greenhouse',
    boardToken: 'acme',
    company: { name: 'Acme Corp' },
    webhookSecretRef: 'secret:ats',
  });
  await store.putSource(source, now);
  await store.putPartner(
    PartnerConfig.parse({
      id: 'hooked',
      name: 'Hooked Board',
      format: 'webhook',
      delivery: 'webhook',
      // the receiver answers at once: a timed-out prompt answer on a loaded machine would be a second delivery
      webhook: { url: receiver.url('/hook'), secretRef: 'secret:partner', timeoutMs: 30_000, maxAttempts: 3 },
    }),
    now,
  );
  for (const [id, format, ref] of [
    ['feed-a', 'indeed-xml', 'secret:feed-a'],
    ['feed-b', 'json', 'secret:feed-b'],
  ] as const) {
    await store.putPartner(
      PartnerConfig.parse({
        id,
        name: id,
        format,
        delivery: 'feed',
        defaults: { publisher: 'Acme' },
        feed: { apiKeyRef: ref },
      }),
      now,
    );
  }
  const pushTo = async (delivery: Delivery) => {
    const res = await request(server('deliverSyndication')).post('/').send(toPushBody(delivery));
    if (res.status >= 300) throw new Error(`deliverSyndication answered ${res.status}`);
  };
  for (const topic of ['posting-events', 'syndication-requests'] as const)
    bus.subscribe({ name: `deliver-${topic}`, topic, handler: pushTo, minBackoffMs: 10, maxBackoffMs: 50 });
  const created = await request(server('ingestPosting'))
    .post('/postings')
    .set('authorization', `Bearer ${keys.hr}`)
    .send({
      type: 'posting',
      externalId: 'job-1',
      company: 'Acme Corp',
      posting: SAMPLE_POSTING('Site Reliability Engineer'),
    });
  const postingId = created.body.results?.[0]?.postingId as string;
  if (!postingId) throw new Error(`seeding failed: ${created.status} ${created.text}`);
  await request(server('requestSyndication'))
    .post('/syndications')
    .set('authorization', `Bearer ${keys.hr}`)
    .send({ postingIds: [postingId], partnerIds: ['hooked', 'feed-a', 'feed-b'], action: 'publish' });
  const drain = () => bus.drain({ timeoutMs: 30_000 });
  await drain();
  return {
    runtime,
    store,
    bus,
    receiver,
    keys,
    secrets,
    sourceId: source.id,
    postingId,
    dataDir,
    logs,
    server,
    drain,
    snapshot: () => storeSnapshot(store),
    async close() {
      await runtime.close();
      await receiver.close();
      stdout.mockRestore();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A structured posting as HR tools submit it. */
export const SAMPLE_POSTING = (title: string) => ({
  title,
  url: 'https://acme.example/jobs/1',
  applyUrl: 'https://acme.example/jobs/1/apply',
  html: '<p>Keep our job pipeline running around the clock, with a team that cares about reliability and calm on-call.</p><ul><li>Run Kubernetes clusters</li><li>Automate with TypeScript</li></ul>',
  locations: [{ text: 'Berlin, Germany', city: 'Berlin', country: 'DE' }],
  employmentTypes: ['FULL_TIME'],
  datePosted: '2026-02-01',
});

/** Secret values that must never appear in a log line or an answer. */
export const secretValuesOf = (rig: HostileRig): string[] => [
  ...Object.values(rig.keys),
  rig.secrets.ats,
  rig.secrets.partner,
  rig.secrets.session,
  // the base64 body of the whsec_ secrets, in case something logs the decoded key material
  rig.secrets.ats.slice('whsec_'.length),
  rig.secrets.partner.slice('whsec_'.length),
];
