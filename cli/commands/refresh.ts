import type { Command } from 'commander';
import type { Severity } from '../../shared/adapters/logging/cloud-logger';
import { systemClock } from '../../shared/adapters/system-clock';
import { refreshSources, type RefreshDeps, type RefreshResult } from '../../shared/pipeline/refresh';
import type { RunRecord } from '../../shared/schema/run';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../cli-errors';
import { cliLogger, cliLogLevel } from '../cli-logger';
import { withBackend } from './command-backend';
import { ProgressDisplay } from './progress-display';

/**
 * `jobrelay refresh [--source ID] [--due] [--json]`: refreshes sources here and now (the same use case the
 * `refreshSources` function runs per source), with a progress line on a terminal and one plain line per
 * source otherwise, then a one-line summary. Sources on different hosts refresh two at a time; each host's
 * politeness still holds.
 */

/** Pipeline log messages whose content the per-source lines already show (✗ failed, ! closure refused). */
const SHOWN_IN_TABLE = ['refresh run finished', 'refusing to close a suspicious share of postings'];

const WORKERS = 2;

interface RefreshOptions {
  source?: string;
  due?: boolean;
  json?: boolean;
}

/** One finished source as a line: outcome, counts, time. */
export function describeRun(run: RunRecord): string {
  const c = run.counts;
  const mark = run.status === 'failed' ? '✗' : run.status === 'suspicious' ? '!' : '✓';
  const counts = `fetched ${c.fetched}  +${c.created} created  ~${c.updated} updated  =${c.unchanged} unchanged  -${c.closed} closed  ↺${c.reopened} reopened  ✗${c.rejected} rejected`;
  const extra =
    run.status === 'failed'
      ? `  ${run.errors[0]?.code ?? ''} ${run.errors[0]?.message ?? ''}`
      : run.status === 'suspicious'
        ? `  closure refused: ${run.suspectedClosures?.wouldClose}/${run.suspectedClosures?.open} open postings would close`
        : run.errors.length
          ? `  ${run.errors.length} problem(s), first: ${run.errors[0]?.code}`
          : '';
  return `${mark} ${run.sourceId}  ${run.status}  ${counts}  ${((run.durationMs ?? 0) / 1000).toFixed(1)}s${extra}`;
}

async function runRefreshes(io: CliIo, options: RefreshOptions, level: Severity): Promise<void> {
  await withBackend(io, async (backend, settings) => {
    // loaded here: undici is only paid for by commands that fetch
    const { createHttpFetcher, httpFetcherOptionsFromSettings } =
      require('../../shared/adapters/http/http-fetcher') as typeof import('../../shared/adapters/http/http-fetcher');
    const progress = new ProgressDisplay(io);
    const logger = cliLogger(level, (line) => progress.note(line), SHOWN_IN_TABLE);
    const fetcher = createHttpFetcher({ ...httpFetcherOptionsFromSettings(settings), logger });
    const deps: RefreshDeps = { store: backend.store, bus: backend.bus, clock: systemClock, logger, fetcher };
    try {
      const ids = await sourceIds(deps, options);
      const results = await refreshAll(deps, ids, !options.due, progress, Boolean(options.json));
      progress.done();
      finish(io, results, options);
    } finally {
      progress.done();
      await fetcher.close();
    }
  });
}

async function sourceIds(deps: RefreshDeps, options: RefreshOptions): Promise<string[]> {
  if (options.source) {
    if (!(await deps.store.getSource(options.source)))
      throw new CliError(`no source "${options.source}"; see \`jobrelay sources list\``, EXIT.dataError);
    return [options.source];
  }
  const sources = await deps.store.listSources();
  return sources.filter((s) => s.config.active).map((s) => s.config.id);
}

async function refreshAll(
  deps: RefreshDeps,
  ids: string[],
  force: boolean,
  progress: ProgressDisplay,
  json: boolean,
): Promise<RefreshResult[]> {
  const queue = [...ids];
  const running = new Set<string>();
  const results: RefreshResult[] = [];
  const show = () => progress.update(`refreshing ${results.length}/${ids.length} done · ${[...running].join(', ')}`);
  const worker = async (): Promise<void> => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      running.add(id);
      show();
      // no time budget here: a terminal waits as long as a polite crawl takes
      const result = await refreshSources(deps, { sourceId: id, force }, { trigger: 'manual', budgetMs: null });
      running.delete(id);
      results.push(result);
      const line =
        result.kind === 'run'
          ? describeRun(result.run)
          : result.kind === 'skipped'
            ? `- ${id}  skipped (${result.reason})`
            : `- ${id}`;
      // with --json, stdout is the array alone: the lines go to stderr
      if (json) progress.note(line);
      else progress.line(line);
      show();
    }
  };
  await Promise.all(Array.from({ length: Math.min(WORKERS, ids.length) }, worker));
  return results;
}

function finish(io: CliIo, results: RefreshResult[], options: RefreshOptions): void {
  const runs = results.flatMap((r) => (r.kind === 'run' ? [r.run] : []));
  if (options.json) io.stdout(`${JSON.stringify(runs, null, 2)}\n`);
  if (results.length === 0) io.stdout('no active sources; add some with `jobrelay sources apply FILE`\n');
  else if (!options.json) io.stdout(`${describeSummary(results)}\n`);
  const failed = runs.filter((r) => r.status === 'failed').length;
  if (failed > 0) throw new CliError(`${failed} of ${results.length} source refresh(es) failed`, 1);
}

/** The line under the table: how many sources ended how, and the postings' counts summed over the runs. */
function describeSummary(results: readonly RefreshResult[]): string {
  const runs = results.flatMap((r) => (r.kind === 'run' ? [r.run] : []));
  const outcomes = new Map<string, number>();
  for (const result of results) {
    const outcome = result.kind === 'run' ? result.run.status : 'skipped';
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  }
  const total = (key: keyof RunRecord['counts']) => runs.reduce((sum, run) => sum + run.counts[key], 0);
  const how = [...outcomes].map(([outcome, n]) => `${n} ${outcome}`).join(', ');
  const counts = `fetched ${total('fetched')}, +${total('created')} created, ~${total('updated')} updated, -${total('closed')} closed, ✗${total('rejected')} rejected`;
  return `${results.length} source${results.length === 1 ? '' : 's'}: ${how} · ${counts}`;
}

/** The `refresh` command. */
export const refreshCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    program
      .command('refresh')
      .description('refresh sources now: fetch, normalise, store changes, close what disappeared')
      .option('--source <id>', 'refresh this source only')
      .option('--due', 'only sources whose refresh interval has passed (as the scheduler would)')
      .option('--json', 'print the run records as JSON (the per-source lines go to stderr)')
      .action(async (options: RefreshOptions, command: Command) => runRefreshes(io, options, cliLogLevel(io, command)));
  },
};
