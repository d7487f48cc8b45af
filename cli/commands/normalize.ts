import { Option, type Command } from 'commander';
import type { TracedPosting } from '../../shared/normalize/normalize-posting';
import { Slug } from '../../shared/schema/common';
import type { SourceKind } from '../../shared/schema/posting';
import type { CliIo } from '../cli-io';
import { CliError, EXIT, fileError } from '../cli-errors';
import type { CliCommand } from '../command';
import { sourceIdFor } from '../source-id';

/** Input kinds a file can be read as (`feed` and `api` postings do not arrive as files). */
export const FILE_KINDS = [
  'greenhouse',
  'lever',
  'ashby',
  'smartrecruiters',
  'recruitee',
  'personio',
  'jsonld',
  'html',
  'markdown',
  'text',
] as const;

export interface NormalizeOptions {
  title?: string;
  company?: string;
  url?: string;
  sourceKind?: SourceKind;
  sourceId?: string;
  explain?: boolean;
}

/**
 * `jobrelay normalize FILE`: the posting contract (DESIGN §3) as a JSON array on stdout, one element per
 * posting in the input. `--explain` writes where each field came from to stderr, so stdout stays the array.
 */
export async function runNormalize(file: string, options: NormalizeOptions, io: CliIo): Promise<TracedPosting[]> {
  const content = await io.readInput(file).catch((error: unknown) => {
    throw fileError(file, error);
  });
  // Loaded here, not at the top: the parsers and the normalisation tables are the heavy part of the CLI, and
  // `jobrelay schema`, `--help` and the other commands should not wait for them.
  const { parseInput } =
    require('../../shared/sources/parse-input') as typeof import('../../shared/sources/parse-input');
  const { normalizePostingTraced } =
    require('../../shared/normalize/normalize-posting') as typeof import('../../shared/normalize/normalize-posting');
  const url = options.url ?? null;
  const raws = parseInput(content, { ...(options.sourceKind ? { kind: options.sourceKind } : {}), url });
  const sourceId =
    options.sourceId ??
    sourceIdFor(raws, {
      ...(options.sourceKind ? { kind: options.sourceKind } : {}),
      company: options.company ?? null,
      url,
    });
  const now = io.now();
  const context = { sourceId, companyName: options.company ?? null, url, title: options.title ?? null, now };
  const traced = raws.map((raw) => normalizePostingTraced(raw, context));
  traced.forEach((t) => assertContract(t.posting));
  io.stdout(
    `${JSON.stringify(
      traced.map((t) => t.posting),
      null,
      2,
    )}\n`,
  );
  if (options.explain) io.stderr(explanation(traced, raws[0]?.kind ?? null, sourceId));
  return traced;
}

function explanation(traced: TracedPosting[], kind: SourceKind | null, sourceId: string): string {
  const { formatTrace } = require('../../shared/normalize/explain') as typeof import('../../shared/normalize/explain');
  const head = `input: ${kind ?? 'empty export'}, ${traced.length} posting${traced.length === 1 ? '' : 's'}, source.id "${sourceId}"`;
  return [head, ...traced.map((t, i) => formatTrace(t.posting, t.trace, i, traced.length))].join('\n') + '\n';
}

/**
 * The printed array is the contract partners read: a posting that breaks it is a bug to report, never output.
 * One schema check per posting costs microseconds against milliseconds of normalising.
 */
function assertContract(posting: TracedPosting['posting']): void {
  const { contractBreach } =
    require('../../shared/normalize/posting-contract') as typeof import('../../shared/normalize/posting-contract');
  const breach = contractBreach(posting);
  if (breach === null) return;
  throw new CliError(
    `internal error: posting ${posting.source.externalId} breaks the contract at ${breach.path}: ${breach.message}`,
    EXIT.software,
  );
}

function parseSourceId(value: string): string {
  const result = Slug.safeParse(value);
  if (!result.success)
    throw new CliError(`--source-id "${value}": ${result.error.issues[0]?.message ?? 'invalid'}`, EXIT.usage);
  return value;
}

function parseUrl(value: string): string {
  if (!URL.canParse(value) || !/^https?:/i.test(value))
    throw new CliError(`--url "${value}" is not an absolute http(s) URL`, EXIT.usage);
  return value;
}

/** The `normalize` subcommand. */
export const normalizeCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    program
      .command('normalize')
      .description('print the normalised postings of an ATS export, HTML page, Markdown or text file as a JSON array')
      .argument('<file>', 'input file ("-" reads standard input)')
      .option('--title <title>', "override the posting's title")
      .option('--company <name>', 'company name (wins over the one in the input)')
      .option('--url <url>', 'the URL the input came from (posting page or board endpoint)', parseUrl)
      .addOption(
        new Option('--source-kind <kind>', 'read the input as this kind instead of detecting it').choices(FILE_KINDS),
      )
      .option(
        '--source-id <id>',
        'source.id for the postings (default: derived from kind + company or host)',
        parseSourceId,
      )
      .option('--explain', 'write where each field came from to stderr')
      .action(async (file: string, options: NormalizeOptions) => {
        await runNormalize(file, options, io);
      });
  },
};
