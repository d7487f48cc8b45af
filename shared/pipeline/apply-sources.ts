import { canonicalJson } from '../ids';
import { SourcesFile, type SourceConfig, type StoredSource } from '../schema/source';
import { closePostings } from './close-postings';
import { fileProblems } from './config-file-problems';
import type { PipelineDeps } from './deps';

/**
 * `jobrelay sources apply FILE` (DESIGN §6): sources as configuration as code. The file is validated by its
 * schema (every problem listed with its path), compared with the stored sources field by field, and written
 * unless it is a dry run. A stored source the file no longer names is kept unless `prune` is set; pruning
 * deletes it and closes its open postings (`closedReason: "source"`), so no job outlives its source in feeds.
 * Applying keeps each source's health (validators, failure counts).
 */

export type SourceChange =
  | { id: string; change: 'create'; config: SourceConfig }
  | { id: string; change: 'update'; fields: string[]; config: SourceConfig }
  | { id: string; change: 'unchanged'; config: SourceConfig }
  | { id: string; change: 'not-in-file' }
  | { id: string; change: 'delete'; closed: number };

export type ApplySourcesResult =
  | { ok: false; problems: { path: string; message: string }[] }
  | { ok: true; changes: SourceChange[]; written: boolean };

export interface ApplySourcesOptions {
  dryRun: boolean;
  /** delete stored sources the file does not name (and close their postings) */
  prune: boolean;
}

/** Validates, diffs and (unless `dryRun`) writes a sources file's content (already parsed from YAML or JSON). */
export async function applySources(
  deps: PipelineDeps,
  content: unknown,
  options: ApplySourcesOptions,
): Promise<ApplySourcesResult> {
  const parsed = SourcesFile.safeParse(content);
  if (!parsed.success) {
    return { ok: false, problems: fileProblems(parsed.error, content, 'sources', 'source') };
  }
  const stored = await deps.store.listSources();
  const changes = diffSources(parsed.data.sources, stored, options.prune);
  if (options.dryRun) return { ok: true, changes, written: false };
  const now = deps.clock.now().toISOString();
  const written: SourceChange[] = [];
  for (const change of changes) {
    if (change.change === 'create' || change.change === 'update') await deps.store.putSource(change.config, now);
    written.push(change.change === 'delete' ? { ...change, closed: await removeSource(deps, change.id) } : change);
  }
  return { ok: true, changes: written, written: true };
}

/** The changes a file makes to the stored sources, in file order, then the stored ones it leaves out. */
export function diffSources(
  sources: readonly SourceConfig[],
  stored: readonly StoredSource[],
  prune: boolean,
): SourceChange[] {
  const byId = new Map(stored.map((s) => [s.config.id, s.config]));
  const changes: SourceChange[] = sources.map((config) => {
    const current = byId.get(config.id);
    if (!current) return { id: config.id, change: 'create', config };
    const fields = changedPaths(current, config);
    return fields.length === 0
      ? { id: config.id, change: 'unchanged', config }
      : { id: config.id, change: 'update', fields, config };
  });
  const named = new Set(sources.map((s) => s.id));
  for (const { config } of stored) {
    if (!named.has(config.id))
      changes.push(prune ? { id: config.id, change: 'delete', closed: 0 } : { id: config.id, change: 'not-in-file' });
  }
  return changes;
}

/** Dotted paths of the values that differ (`politeness.minDelayMs`, `selectors.link`); arrays compare whole. */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => changedPaths(before[key], after[key], prefix ? `${prefix}.${key}` : key));
  }
  return canonicalJson(before ?? null) === canonicalJson(after ?? null) ? [] : [prefix || '(value)'];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deletes a source and closes its open postings; returns how many closed. */
async function removeSource(deps: PipelineDeps, id: string): Promise<number> {
  const open = await deps.store.listPostingSummaries(id, 'open');
  const report = await closePostings(
    deps,
    open.map((p) => p.id),
    'source',
  );
  await deps.store.deleteSource(id);
  return report.closed.length;
}
