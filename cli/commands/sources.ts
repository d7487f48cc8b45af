import type { Command } from 'commander';
import { applySources, type ApplySourcesResult, type SourceChange } from '../../shared/pipeline/apply-sources';
import type { StoredSource } from '../../shared/schema/source';
import type { RunRecord } from '../../shared/schema/run';
import { systemClock } from '../../shared/adapters/system-clock';
import type { CliIo } from '../cli-io';
import { appliedLine, diffLines } from './config-diff';
import { readConfigFile } from './config-file';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../cli-errors';
import { cliLogger, cliLogLevel } from '../cli-logger';
import { withBackend } from './command-backend';

/**
 * `jobrelay sources apply FILE [--dry-run] [--prune]` and `jobrelay sources list [--json]`: sources as
 * configuration as code (DESIGN §6). Every problem in the file is listed with its path; the diff (added,
 * changed fields, removed) is shown before anything is written.
 */

/** The diff as the lines a person reads. */
export function describeSourceChanges(changes: readonly SourceChange[]): string {
  return diffLines(changes, describeChange);
}

function describeChange(c: SourceChange): string {
  switch (c.change) {
    case 'create':
      return `add (${c.config.kind}, ${c.config.company.name})`;
    case 'update':
      return `change ${c.fields.join(', ')}`;
    case 'unchanged':
      return 'unchanged';
    case 'not-in-file':
      return 'not in the file: kept (--prune removes it)';
    case 'delete':
      return `remove${c.closed ? ` (${c.closed} open posting(s) closed)` : ''}`;
  }
}

function report(result: ApplySourcesResult, io: CliIo, file: string): void {
  if (!result.ok) {
    for (const problem of result.problems) io.stderr(`  ${problem.path || '(file)'}: ${problem.message}\n`);
    throw new CliError(
      `${file} is invalid: ${result.problems.length} problem(s), listed above; nothing written`,
      EXIT.dataError,
    );
  }
  io.stdout(describeSourceChanges(result.changes));
  io.stdout(appliedLine(result.changes, result.written, 'remove'));
}

const readSourcesFile = readConfigFile;

/** One line per source with its health. */
export function describeSource(source: StoredSource, lastRun: RunRecord | null): string {
  const { config, health } = source;
  const state = !config.active
    ? 'inactive'
    : health.consecutiveFailures > 0
      ? `failing ×${health.consecutiveFailures}`
      : health.lastSuccessAt
        ? 'ok'
        : 'never run';
  const error = health.lastError
    ? `  last error: ${health.lastError.code} ${health.lastError.message.slice(0, 120)}`
    : '';
  return (
    [
      config.id,
      config.kind,
      state,
      `${health.postingsCount} postings`,
      `every ${config.refreshEveryMinutes}m`,
      `last run ${lastRun ? `${lastRun.status} ${lastRun.startedAt}` : 'never'}`,
      `last success ${health.lastSuccessAt ?? 'never'}`,
    ].join('\t') + error
  );
}

/** The `sources` subcommand group. */
export const sourcesCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    const sources = program
      .command('sources')
      .description('ATS boards and career sites to refresh: apply the sources file, list them with their health');
    sources
      .command('apply')
      .description('validate the sources file, show the diff, and write it')
      .argument('<file>', 'YAML or JSON: { sources: [...] } ("-" reads standard input)')
      .option('--dry-run', 'show the diff only')
      .option('--prune', 'remove stored sources the file does not name, closing their open postings')
      .action(async (file: string, options: { dryRun?: boolean; prune?: boolean }, command: Command) => {
        const level = cliLogLevel(io, command);
        const content = await readSourcesFile(file, io);
        await withBackend(io, async (backend) => {
          const deps = {
            store: backend.store,
            bus: backend.bus,
            clock: systemClock,
            logger: cliLogger(level, (l) => io.stderr(`${l}\n`)),
          };
          report(await applySources(deps, content, { dryRun: !!options.dryRun, prune: !!options.prune }), io, file);
        });
      });
    sources
      .command('list')
      .description('list sources with their health: last run, last success, failures, last error, postings')
      .option('--json', 'print JSON')
      .action(async (options: { json?: boolean }) => {
        await withBackend(io, async (backend) => {
          const list = await backend.store.listSources();
          const runs = await Promise.all(
            list.map((s) => (s.health.lastRunId ? backend.store.getRun(s.health.lastRunId) : Promise.resolve(null))),
          );
          if (options.json) {
            io.stdout(
              `${JSON.stringify(
                list.map((s, i) => ({ ...s, lastRun: runs[i] ?? null })),
                null,
                2,
              )}\n`,
            );
            return;
          }
          if (list.length === 0) io.stdout('no sources; add some with `jobrelay sources apply FILE`\n');
          list.forEach((s, i) => io.stdout(`${describeSource(s, runs[i] ?? null)}\n`));
        });
      });
  },
};
