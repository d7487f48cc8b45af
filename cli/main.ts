import './crash-guard';
import { processIo } from './cli-io';
import type { CliCommand } from './command';
import { runCli } from './program';
import { normalizeCommand } from './commands/normalize';
import { schemaCommand } from './commands/schema';
import { serveCommand } from './commands/serve';
import { sourcesCommand } from './commands/sources';
import { refreshCommand } from './commands/refresh';
import { partnersCommand } from './commands/partners';
import { feedCommand } from './commands/feed';
import { adminCommand } from './commands/admin';

/**
 * Entry point of the `jobrelay` command (bin/jobrelay.js loads the compiled file).
 *
 * Subcommands are registered from this explicit list. To add one (serve, refresh, sources, partners, feed):
 * write `cli/commands/<name>.ts` exporting a `CliCommand` (see cli/command.ts), then add ONE import line above
 * and ONE entry below. Load heavy dependencies inside the command's action (`await import(...)`), so that
 * `jobrelay normalize` does not pay for the cloud SDKs.
 */
export const COMMANDS: readonly CliCommand[] = [
  normalizeCommand,
  schemaCommand,
  serveCommand,
  sourcesCommand,
  refreshCommand,
  partnersCommand,
  feedCommand,
  adminCommand,
];

// The emulators need no credentials: without this the Google auth library probes for a GCE metadata server
// and prints a MetadataLookupWarning (scripts/emulators.mjs sets the same for the tests).
if (process.env.FIRESTORE_EMULATOR_HOST && process.env.PUBSUB_EMULATOR_HOST)
  process.env.METADATA_SERVER_DETECTION ??= 'none';

void runCli(COMMANDS, process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
