import { PartnerHealth, StoredPartner, type PartnerConfig } from '../../schema/partner';
import { RunRecord } from '../../schema/run';
import { SourceHealth, StoredSource, type SourceConfig } from '../../schema/source';
import { utcInstant } from '../store-limits';
import { collection, guarded, type FirestoreContext } from './firestore-collections';

/** Sources, partners (`{config, health, updatedAt}`) and run records (`runs/{id}`) in Firestore. */

type ConfigKey = 'sources' | 'partners';

/** Replaces a configuration in a transaction, keeping the stored health (or the default health). */
async function putConfig(
  ctx: FirestoreContext,
  key: ConfigKey,
  id: string,
  config: unknown,
  now: string,
): Promise<void> {
  const ref = collection(ctx, key).doc(id);
  const defaults = key === 'sources' ? SourceHealth.parse({}) : PartnerHealth.parse({});
  await guarded(`put ${key}/${id}`, () =>
    ctx.db.runTransaction(async (tx) => {
      const current = await tx.get(ref);
      tx.set(ref, { config, health: current.exists ? current.get('health') : defaults, updatedAt: now });
    }),
  );
}

async function getConfig(ctx: FirestoreContext, key: ConfigKey, id: string): Promise<unknown> {
  const snapshot = await guarded(`read ${key}/${id}`, () => collection(ctx, key).doc(id).get());
  return snapshot.exists ? snapshot.data() : null;
}

async function listConfigs(ctx: FirestoreContext, key: ConfigKey): Promise<unknown[]> {
  const snapshot = await guarded(`list ${key}`, () => collection(ctx, key).orderBy('__name__').get());
  return snapshot.docs.map((doc) => doc.data());
}

const putHealth = (ctx: FirestoreContext, key: ConfigKey, id: string, health: unknown) =>
  guarded(`update ${key}/${id}`, () => collection(ctx, key).doc(id).update({ health })).then(() => undefined);

const remove = (ctx: FirestoreContext, key: ConfigKey, id: string) =>
  guarded(`delete ${key}/${id}`, () => collection(ctx, key).doc(id).delete()).then(() => undefined);

export const sources = {
  put: (ctx: FirestoreContext, config: SourceConfig, now: string) => putConfig(ctx, 'sources', config.id, config, now),
  get: async (ctx: FirestoreContext, id: string) => {
    const doc = await getConfig(ctx, 'sources', id);
    return doc ? StoredSource.parse(doc) : null;
  },
  list: async (ctx: FirestoreContext) => (await listConfigs(ctx, 'sources')).map((doc) => StoredSource.parse(doc)),
  remove: (ctx: FirestoreContext, id: string) => remove(ctx, 'sources', id),
  putHealth: (ctx: FirestoreContext, id: string, health: SourceHealth) => putHealth(ctx, 'sources', id, health),
};

export const partners = {
  put: (ctx: FirestoreContext, config: PartnerConfig, now: string) =>
    putConfig(ctx, 'partners', config.id, config, now),
  get: async (ctx: FirestoreContext, id: string) => {
    const doc = await getConfig(ctx, 'partners', id);
    return doc ? StoredPartner.parse(doc) : null;
  },
  list: async (ctx: FirestoreContext) => (await listConfigs(ctx, 'partners')).map((doc) => StoredPartner.parse(doc)),
  remove: (ctx: FirestoreContext, id: string) => remove(ctx, 'partners', id),
  putHealth: (ctx: FirestoreContext, id: string, health: PartnerHealth) => putHealth(ctx, 'partners', id, health),
};

export const runs = {
  put: (ctx: FirestoreContext, run: RunRecord) =>
    guarded(`write runs/${run.id}`, () =>
      collection(ctx, 'runs')
        .doc(run.id)
        .set({ ...run, startedAt: utcInstant(run.startedAt) }),
    ).then(() => undefined),
  get: async (ctx: FirestoreContext, id: string) => {
    const snapshot = await guarded(`read runs/${id}`, () => collection(ctx, 'runs').doc(id).get());
    return snapshot.exists ? RunRecord.parse(snapshot.data()) : null;
  },
  list: async (ctx: FirestoreContext, query: { sourceId?: string; limit: number }) => {
    let q = collection(ctx, 'runs').orderBy('startedAt', 'desc').orderBy('__name__', 'desc').limit(query.limit);
    if (query.sourceId) q = q.where('sourceId', '==', query.sourceId);
    const snapshot = await guarded('list runs', () => q.get());
    return snapshot.docs.map((doc) => RunRecord.parse(doc.data()));
  },
};
