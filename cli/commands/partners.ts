import { type Command } from 'commander';
import { type ApplyResult, type PartnerChange, applyPartners } from '../../shared/pipeline/apply-partners';
import type { CliIo } from '../cli-io';
import { appliedLine, diffLines } from './config-diff';
import { readConfigFile } from './config-file';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../cli-errors';
import { withBackend } from './command-backend';

/**
 * `jobrelay partners apply FILE [--dry-run] [--prune]`, `jobrelay partners list`, `jobrelay partners enable ID`:
 * partner boards as configuration as code (DESIGN §6). The diff is shown before anything is written.
 */

/** What happens to one partner, worded as `sources apply` words it. */
function describeChange(c: PartnerChange): string {
  switch (c.change) {
    case 'create':
      return `add (${c.config.delivery}, ${c.config.format}, ${c.config.name})`;
    case 'update':
      return `change ${c.fields.join(', ')}`;
    case 'unchanged':
      return 'unchanged';
    case 'not-in-file':
      return 'not in the file: kept (--prune deletes it)';
    case 'delete':
      return 'delete';
  }
}

/** The diff as lines a person reads before confirming. */
export function describeChanges(changes: readonly PartnerChange[]): string {
  return diffLines(changes, describeChange);
}

function report(result: ApplyResult, io: CliIo): void {
  if (!result.ok) {
    // one line per problem (an error message is printed on one line)
    for (const p of result.problems) io.stderr(`  ${p.path || '(file)'}: ${p.message}\n`);
    throw new CliError(
      `the partners file is invalid: ${result.problems.length} problem(s), listed above; nothing written`,
      EXIT.dataError,
    );
  }
  io.stdout(describeChanges(result.changes));
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  io.stdout(appliedLine(result.changes, result.written, 'delete'));
}

const readPartnersFile = readConfigFile;

/** The `partners` subcommand group. */
export const partnersCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    const partners = program.command('partners').description('partner job boards: apply the partners file, list them');
    partners
      .command('apply')
      .description('validate the partners file, show the diff, and write it')
      .argument('<file>', 'YAML or JSON: { partners: [...] } (secrets as secret:NAME or env:NAME references)')
      .option('--dry-run', 'show the diff only')
      .option('--prune', 'delete stored partners the file does not name')
      .action(async (file: string, options: { dryRun?: boolean; prune?: boolean }) => {
        const content = await readPartnersFile(file, io);
        await withBackend(io, async (backend) =>
          report(
            await applyPartners({ store: backend.store, secrets: backend.secrets, now: io.now }, content, {
              dryRun: !!options.dryRun,
              prune: !!options.prune,
            }),
            io,
          ),
        );
      });
    partners
      .command('list')
      .description('list partners with their delivery, format and health')
      .option('--json', 'print JSON')
      .action(async (options: { json?: boolean }) => {
        await withBackend(io, async (backend) => {
          const list = await backend.store.listPartners();
          if (options.json)
            return io.stdout(
              `${JSON.stringify(
                list.map((p) => ({ ...p, health: { ...p.health, feedKeyHash: p.health.feedKeyHash ? 'set' : null } })),
                null,
                2,
              )}\n`,
            );
          if (list.length === 0) io.stdout('no partners; add some with `jobrelay partners apply FILE`\n');
          for (const p of list) {
            const state = !p.config.active
              ? 'inactive'
              : p.health.endpointDisabledAt
                ? `endpoint disabled (${p.health.endpointDisabledReason ?? '410'})`
                : 'active';
            io.stdout(`${p.config.id}\t${p.config.delivery}\t${p.config.format}\t${state}\t${p.config.name}\n`);
          }
        });
      });
    partners
      .command('enable')
      .description('send to a webhook endpoint again after it answered 410 Gone')
      .argument('<id>', 'partner id')
      .action(async (id: string) => {
        await withBackend(io, async (backend) => {
          const partner = await backend.store.getPartner(id);
          if (!partner) throw new CliError(`no partner "${id}"; see \`jobrelay partners list\``, EXIT.dataError);
          // idempotent, and honest about it: only a webhook endpoint that answered 410 Gone is ever disabled
          if (!partner.health.endpointDisabledAt)
            return io.stdout(`${id}: endpoint was not disabled; nothing changed\n`);
          await backend.store.updatePartnerHealth(id, {
            ...partner.health,
            endpointDisabledAt: null,
            endpointDisabledReason: null,
          });
          io.stdout(`${id}: endpoint enabled\n`);
        });
      });
  },
};
