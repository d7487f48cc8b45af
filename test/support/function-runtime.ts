import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventBus } from '../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../shared/adapters/embedded/embedded-posting-store';
import { silentLogger } from '../../shared/adapters/logging/cloud-logger';
import type { PostingStore } from '../../shared/ports/posting-store.port';
import type { SourceConfig } from '../../shared/schema/source';
import { generateApiKey, hashApiKey } from '../../functions/lib/api-keys';
import { assembleRuntime, type Runtime } from '../../functions/lib/runtime';
import { parseFunctionSettings } from '../../functions/lib/settings';

/** A runtime over the embedded backend in a temporary folder, with one HR and one admin key. */
export interface TestRuntime {
  runtime: Runtime;
  store: PostingStore;
  bus: EmbeddedEventBus;
  dataDir: string;
  hrKey: string;
  adminKey: string;
  /** secret references → values (the embedded secret store of these tests) */
  secrets: Map<string, string>;
  close(): Promise<void>;
}

export function createTestRuntime(env: Record<string, string> = {}): TestRuntime {
  const dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-fn-'));
  const hrKey = generateApiKey('hr');
  const adminKey = generateApiKey('admin');
  const settings = parseFunctionSettings({
    JOBRELAY_BACKEND: 'embedded',
    JOBRELAY_DATA_DIR: dataDir,
    JOBRELAY_LOG_LEVEL: 'ERROR',
    JOBRELAY_PUBLIC_BASE_URL: 'https://jobs.example.com',
    JOBRELAY_SECRETS_HR_API_KEYS: JSON.stringify({ 'recruiting-tool': hashApiKey(hrKey) }),
    JOBRELAY_SECRETS_ADMIN_API_KEYS: JSON.stringify({ ops: hashApiKey(adminKey) }),
    ...env,
  });
  const store = new EmbeddedPostingStore({ dataDir });
  const bus = new EmbeddedEventBus({ dataDir });
  const secrets = new Map<string, string>();
  const backend = {
    store,
    bus,
    secrets: { get: async (ref: string) => secrets.get(ref) ?? null },
    close: async () => {
      await bus.close();
      await store.close();
    },
  };
  const runtime = assembleRuntime({ settings, backend, logger: silentLogger });
  return {
    runtime,
    store,
    bus,
    dataDir,
    hrKey,
    adminKey,
    secrets,
    async close() {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What the store holds, in counts: a request that must write nothing leaves this unchanged. */
export async function storeSnapshot(store: PostingStore) {
  const postings = await store.queryPostings({ limit: 1000 });
  const syndications = await store.listSyndications({ limit: 1000 });
  const unsent = await store.listUnsent(1000);
  return {
    postings: postings.items.map((p) => `${p.id}@${p.version}`).sort(),
    syndications: syndications.items.map((s) => `${s.id}:${s.status}:${s.history.length}`).sort(),
    unsent: unsent.length,
  };
}

/** A Greenhouse source of Acme Corp whose webhooks are signed with the secret behind `webhookSecretRef`. */
export function webhookSource(id: string, boardToken: string, webhookSecretRef: string): SourceConfig {
  return {
    id,
    kind: 'greenhouse',
    boardToken,
    company: { name: 'Acme Corp', url: null },
    webhookSecretRef,
    active: true,
    refreshEveryMinutes: 360,
    politeness: { concurrency: 1, minDelayMs: 500 },
    maxCloseShare: 0.5,
    tags: [],
  };
}
