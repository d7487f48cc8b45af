import { randomUUID } from 'node:crypto';
import type { Firestore } from '@google-cloud/firestore';
import { PubSub } from '@google-cloud/pubsub';
import { FirestorePostingStore } from '../../../shared/adapters/firestore/firestore-posting-store';
import { ensureTopology } from '../../../shared/adapters/pubsub/pubsub-topology';
import { TOPICS } from '../../../shared/schema/events';
import { PartnerConfig } from '../../../shared/schema/partner';
import { SourceConfig } from '../../../shared/schema/source';
import { generateApiKey, hashApiKey } from '../../../functions/lib/api-keys';
import { PUSH_SUBSCRIPTIONS } from '../../../cli/serve/push-topology';
import { FixtureBoard, sampleJobs, serveBoard } from '../../support/fixture-boards';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server';
import { uniqueProjectId } from '../../support/google-clients';
import { startPartnerReceiver, type PartnerReceiver } from '../../support/partner-receiver';
import { pullAll, type PulledMessage } from '../../support/pubsub-pull';
import type { CampaignContext } from '../support/campaign';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { startFunctionProcesses, type FunctionProcesses } from '../support/function-processes';

export const FUNCTION_NAMES = [
  'ingestPosting',
  'refreshSources',
  'requestSyndication',
  'deliverSyndication',
  'serveFeed',
  'sweepOutbox',
];
export const PARTNER_ID = 'rel-board';
export const AUDIT = 'audit-posting-events';
/** the stuck-syndication sweep's threshold in the rig (production: 20 minutes, above Pub/Sub's retry policy) */
export const STUCK_AFTER_SECONDS = 20;

/**
 * The production topology on the emulators, with faults to inject: every function in its own Functions
 * Framework process (SIGKILL-able), their Firestore and Pub/Sub traffic through fault proxies, Pub/Sub push
 * subscriptions to them (retry 1–5 s), a pull subscription that audits every posting event, a fixture ATS and
 * a signed-webhook partner behind its own proxy (down = every connection refused).
 */
export interface FaultRig {
  projectId: string;
  store: FirestorePostingStore;
  pubsub: PubSub;
  functions: FunctionProcesses;
  firestoreProxy: FaultProxy;
  pubsubProxy: FaultProxy;
  partnerProxy: FaultProxy;
  receiver: PartnerReceiver;
  ats: FixtureServer;
  board: FixtureBoard;
  sourceId: string;
  hrKey: string;
  /** creates the topics and subscriptions that are missing (what `jobrelay serve` does at start; Terraform in the cloud) */
  ensureTopology(): Promise<void>;
  /** every posting event pulled from the audit subscription so far */
  audited(): Promise<PulledMessage[]>;
  /** an HTTP call as a client that retries 5xx and network errors (an HR tool, a partner) */
  // the answers' JSON is read loosely by the scenarios, each checking the fields it needs
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(fn: string, path: string, init?: RequestInit, attempts?: number): Promise<{ status: number; body: any }>;
  publish(topic: string, data: unknown): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultRig(ctx: CampaignContext, options: { jobs: number }): Promise<FaultRig> {
  const projectId = uniqueProjectId('rel');
  const partnerSecret = 'whsec_' + Buffer.from('reliability partner signing key!').toString('base64');
  const hrKey = generateApiKey('hr');
  ctx.secrets.add(partnerSecret).add(hrKey).add(partnerSecret.slice(6));
  const ats = await startFixtureServer();
  const board = new FixtureBoard(sampleJobs(options.jobs));
  const receiver = await startPartnerReceiver(partnerSecret, { '/hook': ['hang', { status: 200 }] });
  const partnerProxy = await startFaultProxy(new URL(receiver.url('/')).host);
  const firestoreProxy = await startFaultProxy(ctx.emulators.firestore);
  const pubsubProxy = await startFaultProxy(ctx.emulators.pubsub);
  process.env.GOOGLE_CLOUD_PROJECT = projectId;
  const { Firestore } = require('@google-cloud/firestore') as typeof import('@google-cloud/firestore');
  const firestore: Firestore = new Firestore({ projectId, ignoreUndefinedProperties: true });
  const store = new FirestorePostingStore({ firestore });
  const pubsub = new PubSub({ projectId });
  const source = SourceConfig.parse(serveBoard(ats, 'greenhouse', board));
  const now = new Date().toISOString();
  await store.putSource(source, now);
  await store.putPartner(
    PartnerConfig.parse({
      id: PARTNER_ID,
      name: 'Reliability Board',
      format: 'webhook',
      delivery: 'webhook',
      webhook: {
        url: `http://${partnerProxy.host}/hook`,
        secretRef: 'secret:board-webhook',
        timeoutMs: 3_000,
        maxAttempts: 2,
      },
    }),
    now,
  );
  const functions = await startFunctionProcesses(
    FUNCTION_NAMES,
    {
      GOOGLE_CLOUD_PROJECT: projectId,
      GCLOUD_PROJECT: projectId,
      FIRESTORE_EMULATOR_HOST: firestoreProxy.host,
      PUBSUB_EMULATOR_HOST: pubsubProxy.host,
      METADATA_SERVER_DETECTION: 'none',
      JOBRELAY_BACKEND: 'google',
      JOBRELAY_LOG_LEVEL: 'INFO',
      JOBRELAY_PUBLIC_BASE_URL: 'https://jobs.example.com',
      JOBRELAY_FETCH_ALLOW_HOSTS: `${ats.host},${partnerProxy.host}`,
      JOBRELAY_SECRETS_HR_API_KEYS: JSON.stringify({ reliability: hashApiKey(hrKey) }),
      JOBRELAY_SECRET_BOARD_WEBHOOK: partnerSecret,
      JOBRELAY_PUSH_LEASE_SECONDS: '30',
      // the rig's push retries are 1–5 s apart, so a pair untouched for 20 s has no message left carrying it
      JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: String(STUCK_AFTER_SECONDS),
      // the sweep's timing rule (threshold > function timeout + delivery lease) on the rig's compressed clock:
      // its requests are answered within seconds, and a delivery (3 attempts at the partner's 3 s timeout and
      // short backoffs) ends well within 14 s
      JOBRELAY_FUNCTION_TIMEOUT_SECONDS: '5',
      JOBRELAY_DELIVERY_LEASE_SECONDS: '14',
    },
    ctx.logSink,
  );
  const topology = async () => {
    await ensureTopology(pubsub, {
      topics: [...TOPICS],
      subscriptions: [
        ...PUSH_SUBSCRIPTIONS.map((s) => ({
          name: s.name,
          topic: s.topic,
          pushEndpoint: functions.url(s.fn),
          enableMessageOrdering: s.ordered,
          ackDeadlineSeconds: 60,
          retry: { minimumBackoffSeconds: 1, maximumBackoffSeconds: 5 },
        })),
        { name: AUDIT, topic: 'posting-events' },
      ],
    });
  };
  await topology();
  const audited: PulledMessage[] = [];
  const call = async (fn: string, path: string, init: RequestInit = {}, attempts = 60) => {
    let last = '';
    // one key for every attempt of this call, as a careful HR tool sends it: a retry after a lost reply is
    // answered as the first attempt was (POST /postings)
    const idempotencyKey = randomUUID();
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        const res = await fetch(`${functions.url(fn)}${path}`, {
          ...init,
          headers: {
            authorization: `Bearer ${hrKey}`,
            'content-type': 'application/json',
            'idempotency-key': idempotencyKey,
            ...(init.headers as object),
          },
          signal: AbortSignal.timeout(60_000),
        });
        const text = await res.text();
        if (res.status < 500) return { status: res.status, body: text ? JSON.parse(text) : null };
        last = `${res.status} ${text.slice(0, 200)}`;
      } catch (error) {
        last = String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * attempt)));
    }
    throw new Error(`${fn} ${path} failed after ${attempts} attempts: ${last}`);
  };
  return {
    projectId,
    store,
    pubsub,
    functions,
    firestoreProxy,
    pubsubProxy,
    partnerProxy,
    receiver,
    ats,
    board,
    sourceId: source.id,
    hrKey,
    ensureTopology: topology,
    async audited() {
      audited.push(...(await pullAll(pubsub, AUDIT)));
      return audited;
    },
    call,
    async publish(topic, data) {
      await pubsub.topic(topic).publishMessage({ json: data });
    },
    async close() {
      await functions.stopAll();
      await pubsub.close().catch(() => undefined);
      await firestore.terminate().catch(() => undefined);
      for (const closer of [firestoreProxy, pubsubProxy, partnerProxy, receiver, ats])
        await closer.close().catch(() => undefined);
    },
  };
}
