import { Option, type Command } from 'commander';
import { livePostings } from '../../shared/pipeline/feeds';
import { writeIndeedFeed } from '../../shared/boards/indeed-xml';
import { writeLinkedInFeed } from '../../shared/boards/linkedin-xml';
import { toJsonFeedUpsert } from '../../shared/boards/json-feed';
import { jsonFeedJsonSchema } from '../../shared/boards/json-feed';
import type { CliIo } from '../cli-io';
import type { CliCommand } from '../command';
import { CliError, EXIT } from '../cli-errors';
import type { Backend } from '../../shared/adapters/create-backend';
import { withBackend } from './command-backend';

/**
 * `jobrelay feed PARTNER [--format xml|json]`: the partner's feed on stdout, streamed from the store as the
 * partner would get it (the operator needs no API key). `--format` defaults to the partner's own; `json`
 * prints its live postings as JSON feed entries. `jobrelay feed --schema` prints the JSON feed's schema.
 */
export const feedCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    program
      .command('feed')
      .description("write a partner's feed to stdout")
      .argument('[partner]', 'partner id')
      .addOption(
        new Option('--format <format>', 'xml (Indeed or LinkedIn, as the partner is set up) or json').choices([
          'xml',
          'json',
        ]),
      )
      .option('--schema', 'print the JSON feed page JSON Schema instead')
      .action(async (partnerId: string | undefined, options: { format?: 'xml' | 'json'; schema?: boolean }) => {
        if (options.schema) return io.stdout(`${JSON.stringify(jsonFeedJsonSchema(), null, 2)}\n`);
        if (!partnerId) throw new CliError('name a partner (jobrelay partners list shows them)', EXIT.usage);
        await withBackend(io, (backend) => writeFeed(backend.store, partnerId, options.format, io));
      });
  },
};

async function writeFeed(
  store: Backend['store'],
  partnerId: string,
  format: 'xml' | 'json' | undefined,
  io: CliIo,
): Promise<void> {
  const partner = await store.getPartner(partnerId);
  if (!partner) throw new CliError(`no partner "${partnerId}"`, EXIT.dataError);
  const context = {
    defaults: partner.config.defaults,
    publicBaseUrl: io.env['JOBRELAY_PUBLIC_BASE_URL'] ?? null,
    now: io.now(),
  };
  const postings = livePostings(store, partnerId, 200);
  const wanted = format ?? (partner.config.format === 'json' ? 'json' : 'xml');
  if (wanted === 'json') {
    io.stdout('[');
    let first = true;
    for await (const posting of postings) {
      io.stdout(
        `${first ? '' : ','}\n${JSON.stringify(toJsonFeedUpsert(posting, posting.lastChangedAt ?? io.now().toISOString(), context))}`,
      );
      first = false;
    }
    return io.stdout('\n]\n');
  }
  const options = { lastBuildDate: io.now() };
  const body =
    partner.config.format === 'linkedin-xml'
      ? writeLinkedInFeed(postings, context, options)
      : writeIndeedFeed(postings, context, options);
  for await (const chunk of body) io.stdout(chunk);
}
