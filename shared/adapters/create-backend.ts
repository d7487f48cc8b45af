import { ConfigError } from '../errors';
import type { Clock } from '../ports/clock.port';
import type { EventBus } from '../ports/event-bus.port';
import type { Logger } from '../ports/logger.port';
import type { PostingStore } from '../ports/posting-store.port';
import type { SecretStore } from '../ports/secret-store.port';
import type { Settings } from '../schema/settings';
import { silentLogger } from './logging/cloud-logger';
import { systemClock } from './system-clock';

/** The adapters a process runs on: built once, reused by every invocation. */
export interface Backend {
  kind: 'embedded' | 'google';
  store: PostingStore;
  bus: EventBus;
  secrets: SecretStore;
  /** the embedded bus (subscribe, start, drain) when embedded; null on Pub/Sub (push subscriptions are Terraform's) */
  embeddedBus: import('./embedded/embedded-event-bus').EmbeddedEventBus | null;
  close(): Promise<void>;
}

export interface BackendOptions {
  clock?: Clock;
  logger?: Logger;
  env?: Record<string, string | undefined>;
}

/**
 * Which backend the settings ask for (DESIGN §5): `JOBRELAY_BACKEND` when set; otherwise Google when an
 * emulator host or Cloud Run (`K_SERVICE`) is detected, embedded elsewhere. One emulator host without the other
 * would send half the traffic to real Google Cloud, so it stops start-up.
 */
export function chooseBackend(settings: Settings): 'embedded' | 'google' {
  if (settings.JOBRELAY_BACKEND) return settings.JOBRELAY_BACKEND;
  const emulators = [settings.FIRESTORE_EMULATOR_HOST, settings.PUBSUB_EMULATOR_HOST].filter(Boolean).length;
  if (emulators === 1 && !settings.K_SERVICE) {
    throw new ConfigError(
      'CONFIG.HALF_EMULATED',
      'set both FIRESTORE_EMULATOR_HOST and PUBSUB_EMULATOR_HOST, or neither',
    );
  }
  return emulators > 0 || settings.K_SERVICE ? 'google' : 'embedded';
}

/**
 * Builds `{store, bus, secrets}` from settings. Heavy client libraries load only for the backend in use
 * (cold starts of embedded runs never load gRPC, and the cloud never loads SQLite): hence `require` at the
 * point of use rather than imports at the top.
 */
export async function createBackend(settings: Settings, options: BackendOptions = {}): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  if (chooseBackend(settings) === 'embedded') {
    const { EmbeddedPostingStore } =
      require('./embedded/embedded-posting-store') as typeof import('./embedded/embedded-posting-store');
    const { EmbeddedEventBus } =
      require('./embedded/embedded-event-bus') as typeof import('./embedded/embedded-event-bus');
    const { EmbeddedSecretStore } =
      require('./secrets/embedded-secret-store') as typeof import('./secrets/embedded-secret-store');
    const dataDir = settings.JOBRELAY_DATA_DIR;
    const store = new EmbeddedPostingStore({ dataDir, clock });
    const bus = new EmbeddedEventBus({ dataDir, clock, logger });
    const secrets = new EmbeddedSecretStore({ dataDir, env: options.env ?? process.env });
    return {
      kind: 'embedded',
      store,
      bus,
      secrets,
      embeddedBus: bus,
      close: async () => void (await Promise.all([bus.close(), store.close()])),
    };
  }
  return createGoogleBackend(settings, clock, options.env ?? process.env);
}

function createGoogleBackend(settings: Settings, clock: Clock, env: Record<string, string | undefined>): Backend {
  const { Firestore } = require('@google-cloud/firestore') as typeof import('@google-cloud/firestore');
  const { PubSub } = require('@google-cloud/pubsub') as typeof import('@google-cloud/pubsub');
  const { FirestorePostingStore } =
    require('./firestore/firestore-posting-store') as typeof import('./firestore/firestore-posting-store');
  const { PubSubEventBus } = require('./pubsub/pubsub-event-bus') as typeof import('./pubsub/pubsub-event-bus');
  const { EnvSecretStore } = require('./secrets/env-secret-store') as typeof import('./secrets/env-secret-store');
  const projectId = settings.GOOGLE_CLOUD_PROJECT;
  const firestore = new Firestore({ ...(projectId ? { projectId } : {}), ignoreUndefinedProperties: true });
  const pubsub = new PubSub(projectId ? { projectId } : {});
  const store = new FirestorePostingStore({ firestore, collectionPrefix: settings.JOBRELAY_COLLECTION_PREFIX, clock });
  const bus = new PubSubEventBus({ pubsub });
  const secrets = new EnvSecretStore({ env, secretsDir: settings.JOBRELAY_SECRETS_DIR });
  return {
    kind: 'google',
    store,
    bus,
    secrets,
    embeddedBus: null,
    close: async () => {
      await bus.flush();
      await Promise.all([pubsub.close(), firestore.terminate()]);
    },
  };
}

const cached = new Map<string, Promise<Backend>>();

/**
 * The process's backend for these settings, created on first use and shared afterwards: a Cloud Function
 * builds its clients once per instance, not per request (REFERENCE "Cloud Functions").
 */
export function getBackend(settings: Settings, options: BackendOptions = {}): Promise<Backend> {
  const key = JSON.stringify([
    chooseBackend(settings),
    settings.JOBRELAY_DATA_DIR,
    settings.GOOGLE_CLOUD_PROJECT,
    settings.JOBRELAY_COLLECTION_PREFIX,
  ]);
  let backend = cached.get(key);
  if (!backend) {
    backend = createBackend(settings, options);
    backend.catch(() => cached.delete(key));
    cached.set(key, backend);
  }
  return backend;
}
