import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Firestore } from '@google-cloud/firestore';
import type { PubSub } from '@google-cloud/pubsub';
import { EmbeddedEventBus } from '../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../shared/adapters/embedded/embedded-posting-store';
import type { EventBus } from '../../shared/ports/event-bus.port';
import type { PostingStore } from '../../shared/ports/posting-store.port';

/** A store and bus the refresh bench runs on, and how to release them. */
export interface Backend {
  name: 'embedded' | 'emulators';
  store: PostingStore;
  bus: EventBus;
  close(): Promise<void>;
}

/** The embedded store and bus in a fresh temporary data folder (one subscriber, so published events queue). */
export function embeddedBackend(): Backend {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-bench-'));
  const store = new EmbeddedPostingStore({ dataDir });
  const bus = new EmbeddedEventBus({ dataDir });
  bus.subscribe({ name: 'bench', topic: 'posting-events', handler: async () => undefined });
  return {
    name: 'embedded',
    store,
    bus,
    close: async () => {
      await bus.drain({ timeoutMs: 300_000 });
      await bus.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface EmulatorHandle {
  stop(): Promise<void>;
}

/** The project root (where package.json is), from bench/support/ or dist/bench/support/. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Starts both emulators unless the environment already points at running ones; returns what it started. */
export async function ensureEmulators(): Promise<EmulatorHandle[]> {
  if (process.env.FIRESTORE_EMULATOR_HOST && process.env.PUBSUB_EMULATOR_HOST) return [];
  // a real dynamic import: scripts/emulators.mjs is an ES module, and this file compiles to CommonJS
  const load = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{
    startEmulator(kind: 'firestore' | 'pubsub'): Promise<EmulatorHandle & { host: string }>;
    emulatorEnv(firestore: { host: string }, pubsub: { host: string }): Record<string, string>;
  }>;
  const emulators = await load(pathToFileURL(join(projectRoot(), 'scripts', 'emulators.mjs')).href);
  process.stderr.write('starting the Firestore and Pub/Sub emulators…\n');
  const [firestore, pubsub] = await Promise.all([
    emulators.startEmulator('firestore'),
    emulators.startEmulator('pubsub'),
  ]);
  Object.assign(process.env, emulators.emulatorEnv(firestore, pubsub));
  // the emulators run detached: stop them if this process is interrupted, not only when it finishes
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void Promise.all([firestore.stop(), pubsub.stop()]).finally(() => process.exit(130)));
  }
  return [firestore, pubsub];
}

/** The Firestore store and Pub/Sub bus on the emulators, in a project of their own (an empty database). */
export async function emulatorBackend(): Promise<Backend> {
  const { Firestore } = require('@google-cloud/firestore') as typeof import('@google-cloud/firestore');
  const { PubSub } = require('@google-cloud/pubsub') as typeof import('@google-cloud/pubsub');
  const { FirestorePostingStore } =
    require('../../shared/adapters/firestore/firestore-posting-store') as typeof import('../../shared/adapters/firestore/firestore-posting-store');
  const { PubSubEventBus } =
    require('../../shared/adapters/pubsub/pubsub-event-bus') as typeof import('../../shared/adapters/pubsub/pubsub-event-bus');
  const { ensureTopology, JOBRELAY_TOPICS } =
    require('../../shared/adapters/pubsub/pubsub-topology') as typeof import('../../shared/adapters/pubsub/pubsub-topology');
  const projectId = `demo-bench-${Date.now().toString(36)}`;
  const firestore: Firestore = new Firestore({ projectId, ignoreUndefinedProperties: true });
  const pubsub: PubSub = new PubSub({ projectId });
  await ensureTopology(pubsub, JOBRELAY_TOPICS);
  const bus = new PubSubEventBus({ pubsub });
  return {
    name: 'emulators',
    store: new FirestorePostingStore({ firestore }),
    bus,
    close: async () => {
      await bus.flush();
      await Promise.all([pubsub.close(), firestore.terminate()]);
    },
  };
}
