import { canonicalJson } from '../ids';
import type { PostingStore } from '../ports/posting-store.port';
import type { SecretStore } from '../ports/secret-store.port';
import { PartnersFile, PartnerHealth, type PartnerConfig, type StoredPartner } from '../schema/partner';
import { fileProblems } from './config-file-problems';
import { hashApiKey } from './feed-access';

/**
 * `jobrelay partners apply FILE` (DESIGN §6): partners as configuration as code. The file is validated by
 * its schema (every problem listed; secrets can only be references, `secret:NAME` / `env:NAME`), compared
 * with what is stored, and written unless it is a dry run. Feed API keys are resolved once here and only
 * their sha-256 is stored. A webhook endpoint disabled by a 410 is enabled again when its URL changes.
 */

export type PartnerChange =
  | { id: string; change: 'create'; config: PartnerConfig }
  | { id: string; change: 'update'; fields: string[]; config: PartnerConfig }
  | { id: string; change: 'unchanged'; config: PartnerConfig }
  | { id: string; change: 'not-in-file' }
  | { id: string; change: 'delete' };

export type ApplyResult =
  | { ok: false; problems: { path: string; message: string }[] }
  | { ok: true; changes: PartnerChange[]; warnings: string[]; written: boolean };

export interface ApplyOptions {
  dryRun: boolean;
  /** delete stored partners the file does not name */
  prune: boolean;
}

/** Top-level fields of two configurations that differ. */
function changedFields(before: PartnerConfig, after: PartnerConfig): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter(
      (k) =>
        canonicalJson((before as Record<string, unknown>)[k]) !== canonicalJson((after as Record<string, unknown>)[k]),
    )
    .sort();
}

/** The changes the file makes to the stored partners. */
export function diffPartners(file: PartnersFile, stored: readonly StoredPartner[], prune: boolean): PartnerChange[] {
  const byId = new Map(stored.map((p) => [p.config.id, p]));
  const changes: PartnerChange[] = file.partners.map((config) => {
    const current = byId.get(config.id);
    if (!current) return { id: config.id, change: 'create', config };
    const fields = changedFields(current.config, config);
    return fields.length === 0
      ? { id: config.id, change: 'unchanged', config }
      : { id: config.id, change: 'update', fields, config };
  });
  const named = new Set(file.partners.map((p) => p.id));
  for (const partner of stored)
    if (!named.has(partner.config.id))
      changes.push({ id: partner.config.id, change: prune ? 'delete' : 'not-in-file' });
  return changes;
}

/** Validates, diffs and (unless `dryRun`) writes the partners file's content. */
export async function applyPartners(
  deps: { store: PostingStore; secrets: SecretStore; now: () => Date },
  content: unknown,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const parsed = PartnersFile.safeParse(content);
  if (!parsed.success) return { ok: false, problems: fileProblems(parsed.error, content, 'partners', 'partner') };
  const stored = await deps.store.listPartners();
  const changes = diffPartners(parsed.data, stored, options.prune);
  const warnings: string[] = [];
  if (options.dryRun) return { ok: true, changes, warnings, written: false };
  const now = deps.now().toISOString();
  for (const change of changes) {
    if (change.change === 'delete') await deps.store.deletePartner(change.id);
    if (change.change !== 'create' && change.change !== 'update' && change.change !== 'unchanged') continue;
    const before = stored.find((p) => p.config.id === change.id) ?? null;
    if (change.change !== 'unchanged') await deps.store.putPartner(change.config, now);
    const health = await healthAfter(deps.secrets, change.config, before, warnings);
    if (canonicalJson(health) !== canonicalJson(before?.health ?? null))
      await deps.store.updatePartnerHealth(change.id, health);
  }
  return { ok: true, changes, warnings, written: true };
}

async function healthAfter(
  secrets: SecretStore,
  config: PartnerConfig,
  before: StoredPartner | null,
  warnings: string[],
) {
  const health = { ...(before?.health ?? PartnerHealth.parse({})) };
  if (config.delivery === 'feed') {
    const key = await secrets.get(config.feed.apiKeyRef);
    if (!key)
      warnings.push(
        `${config.id}: the feed API key ${config.feed.apiKeyRef} was not found; the feed refuses every request until it exists`,
      );
    health.feedKeyHash = key ? hashApiKey(key) : null;
  }
  if (config.delivery === 'indexing' && config.indexing.credentialsRef) {
    if (!(await secrets.get(config.indexing.credentialsRef)))
      warnings.push(
        `${config.id}: the service-account key ${config.indexing.credentialsRef} was not found; notifications fail until it exists (or remove credentialsRef to use the function's service account)`,
      );
  }
  if (config.delivery === 'webhook') {
    const secret = await secrets.get(config.webhook.secretRef);
    if (!secret)
      warnings.push(
        `${config.id}: the signing secret ${config.webhook.secretRef} was not found; deliveries fail until it exists`,
      );
    const oldUrl = before?.config.delivery === 'webhook' ? before.config.webhook.url : null;
    if (health.endpointDisabledAt && oldUrl !== config.webhook.url) {
      warnings.push(
        `${config.id}: the endpoint disabled on ${health.endpointDisabledAt} is enabled again (its URL changed)`,
      );
      health.endpointDisabledAt = null;
      health.endpointDisabledReason = null;
    }
  }
  return health;
}
