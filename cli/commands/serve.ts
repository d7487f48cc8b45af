import { InvalidArgumentError, Option, type Command } from 'commander';
import { CliError, EXIT } from '../cli-errors';
import { backendEnv } from '../backend-env';
import type { CliIo } from '../cli-io';
import { cliLogLevel } from '../cli-logger';
import type { CliCommand } from '../command';
import type { RunningServer } from '../serve/start-local-server';

/**
 * `jobrelay serve [--port N] [--demo]`: every HTTP function on one loopback port over the embedded store
 * (or the emulators when FIRESTORE_EMULATOR_HOST and PUBSUB_EMULATOR_HOST are set), events handled
 * in-process. `--demo` adds the bundled example sources and partners and runs them end to end.
 */
export const serveCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    program
      .command('serve')
      .description('run every function on one local port (127.0.0.1); --demo adds example sources and partners')
      .addOption(
        new Option('--port <port>', 'port on 127.0.0.1 (0 picks a free one)')
          .default(io.env.PORT ?? '8080')
          .argParser(parsePort),
      )
      .option('--demo', 'serve a bundled career site, ATS board and partner, and run them end to end', false)
      .action(async (options: { port: number | string; demo: boolean }, command: Command) => {
        // Commander does not run the parser on a default value: PORT (or 8080) is checked here
        const port = typeof options.port === 'number' ? options.port : portFromEnv(options.port);
        const { startLocalServer } =
          require('../serve/start-local-server') as typeof import('../serve/start-local-server');
        const write = (line: string) => io.stdout(`${line}\n`);
        if (options.demo) write('starting Jobrelay with the demo sources and partners…');
        const running = await startLocalServer({
          port,
          host: '127.0.0.1',
          demo: options.demo,
          env: { ...backendEnv(io), JOBRELAY_LOG_LEVEL: cliLogLevel(io, command) },
          write,
        }).catch((error: unknown) => {
          throw listenFailure(error, port);
        });
        io.stdout(describe(running));
        await untilStopped();
        write('stopping…');
        await running.close();
      });
  },
};

/** `--port N`: a bad value is a usage error (exit 64) that Commander reports in its one line. */
function parsePort(value: string): number {
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65_535)
    throw new InvalidArgumentError('expected a port number from 0 to 65535 (0 picks a free one)');
  return port;
}

function portFromEnv(value: string): number {
  try {
    return parsePort(value);
  } catch {
    throw new CliError(`PORT must be a port number from 0 to 65535, not "${value}"`, EXIT.usage);
  }
}

/** A port that is taken or not ours to bind is the user's to change, not an internal error. */
function listenFailure(error: unknown, port: number): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE')
    return new CliError(
      `port ${port} on 127.0.0.1 is in use (another jobrelay serve?); pick another with --port N, or --port 0 for a free one`,
      EXIT.unavailable,
    );
  if (code === 'EACCES')
    return new CliError(`port ${port} on 127.0.0.1 needs privileges; use a port above 1023`, EXIT.unavailable);
  return error;
}

/** Resolves on Ctrl-C or SIGTERM. */
const untilStopped = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

/** What a newcomer reads after start: what happened, where to look, and the keys to use. */
export function describe(running: RunningServer): string {
  const { url, credentials, demo, local } = running;
  const store =
    local.mode === 'embedded'
      ? `embedded store in ${local.settings.JOBRELAY_DATA_DIR}/`
      : 'Firestore and Pub/Sub emulators';
  const lines = [``, `Jobrelay is running on ${url} (${store})`, ``];
  if (demo) {
    const { report, sites, feedKey } = demo;
    const fetched = Object.entries(report.fetched)
      .map(([source, n]) => `${n} from ${source}`)
      .join(', ');
    const firstJob = report.postingIds[0];
    lines.push(
      `  fetched      ${fetched} (ATS board ${sites.url}/v1/boards/acme/jobs, career site ${sites.url}/careers)`,
      `  delivered    ${report.live} postings live on demo-board by signed webhook (what it received: ${sites.url}/partner/)`,
      ...report.rejected.map((r) => `  rejected     ${r.postingId} by demo-board: ${r.reasons.join('; ')}`),
      `  feed         curl -H 'X-Api-Key: ${feedKey}' ${url}/feeds/demo-feed.xml`,
      ...(firstJob ? [`  job page     ${url}/jobs/${firstJob}`] : []),
      `  sitemap      ${url}/sitemap.xml`,
      `  status       curl -H 'Authorization: Bearer ${credentials.hrKey}' '${url}/syndications?partnerId=demo-board'`,
      ``,
    );
  }
  lines.push(
    `  HR console   ${url}/console/ (open on 127.0.0.1)`,
    `  API          ${url}/openapi.json`,
    `  HR key       ${credentials.hrKey}`,
    `  admin key    ${credentials.adminKey}`,
    ``,
    `  submit one:  curl -H 'Authorization: Bearer ${credentials.hrKey}' -H 'content-type: application/json' \\`,
    `                 -d '{"type":"document","format":"markdown","title":"Backend Engineer","company":"Acme","externalId":"be-1","content":"Location: Berlin\\n\\nBuild our APIs in TypeScript."}' ${url}/postings`,
    ``,
    local.mode === 'embedded'
      ? `Ctrl-C stops it; the data stays in ${local.settings.JOBRELAY_DATA_DIR}/.`
      : 'Ctrl-C stops it; the data lives in the emulators, and goes when they stop.',
    ``,
  );
  return lines.join('\n');
}
