/**
 * The reliability and security campaign (issue 9): faults on the production topology, sustained load, a
 * large refresh, hostile input and access checks; prints one table (scenario, injected, checked, result)
 * and the figures behind each row, writes them to test-results/reliability/<time>-<scenarios>/ (report.txt: the table, details
 * and machine load; results.json; logs.txt: every log line of every process; the load phases' memory
 * samples as CSV), and exits non-zero when a row fails. Run it with `npm run reliability [-- --duration 150 --partner-down 60 --fuzz-runs 400 --only load,faults --suites feed-injection,access]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { formatTable, row, type CampaignContext, type Row, type Scenario } from './support/campaign';
import { faults } from './scenarios/faults';
import { hostileAndAccess } from './scenarios/hostile-and-access';
import { load } from './scenarios/load';
import { refreshScale } from './scenarios/refresh-scale';

const SCENARIOS: Record<string, Scenario> = {
  'hostile-access': hostileAndAccess,
  faults,
  'refresh-scale': refreshScale,
  load,
};

const flag = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};

/** One folder per run, so runs side by side (or one after another) never overwrite each other's logs. */
const outputDirFor = (only: readonly string[]) =>
  join(
    __dirname,
    '..',
    '..',
    'test-results',
    'reliability',
    `${new Date().toISOString().replace(/[:.]/g, '-')}-${only.join('+')}`,
  );

/** The machine's load: the figures are only comparable between runs on a similarly loaded machine. */
const machineLoad = () =>
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')} on ${cpus().length} cores`;

async function main(): Promise<number> {
  const only = flag('only', Object.keys(SCENARIOS).join(',')).split(',');
  const OUTPUT_DIR = outputDirFor(only);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const loadAtStart = machineLoad();
  const emulatorsModule = (await import(join(__dirname, '..', '..', 'scripts', 'emulators.mjs'))) as {
    startEmulator(
      kind: string,
      options?: { port?: number },
    ): Promise<{ host: string; port: number; stop(): Promise<void> }>;
    emulatorEnv(a: unknown, b: unknown): Record<string, string>;
  };
  const started: Array<{ stop(): Promise<void> }> = [];
  const firestore = await emulatorsModule.startEmulator('firestore');
  started.push(firestore);
  let pubsub = await emulatorsModule.startEmulator('pubsub');
  started.push({ stop: () => pubsub.stop() });
  Object.assign(process.env, emulatorsModule.emulatorEnv(firestore, pubsub));
  const logSink: string[] = [];
  const context: CampaignContext = {
    durationSeconds: Number(flag('duration', '150')),
    partnerDownSeconds: Number(flag('partner-down', '60')),
    fuzzRuns: Number(flag('fuzz-runs', '400')),
    suites: flag('suites', '').split(',').filter(Boolean),
    emulators: {
      firestore: firestore.host,
      pubsub: pubsub.host,
      pubsubPort: pubsub.port,
      async restartPubSub() {
        await pubsub.stop();
        pubsub = await emulatorsModule.startEmulator('pubsub', { port: context.emulators.pubsubPort });
      },
    },
    progress: (line) => process.stderr.write(`  … ${line}\n`),
    logSink,
    secrets: new Set(),
    outputDir: OUTPUT_DIR,
  };
  const rows: Row[] = [];
  const t0 = Date.now();
  try {
    for (const name of only) {
      const scenario = SCENARIOS[name];
      if (!scenario) throw new Error(`no scenario "${name}" (have ${Object.keys(SCENARIOS).join(', ')})`);
      process.stderr.write(`== ${name}\n`);
      try {
        rows.push(...(await scenario(context)));
      } catch (error) {
        rows.push(
          row(name, '(setup)', 'the scenario ran', false, String((error as Error).stack ?? error).slice(0, 800)),
        );
      }
    }
    // the jest suites check their own secrets; the scan covers the processes of the other scenarios
    if (context.secrets.size > 0) rows.push(secretScan(context));
  } finally {
    for (const e of started.reverse()) await e.stop().catch(() => undefined);
  }
  const failed = rows.filter((r) => r.result !== 'pass').length;
  const report = [
    `Jobrelay reliability campaign, ${new Date().toISOString()}: ${only.join(', ')}`,
    `machine at start: ${loadAtStart}; at end: ${machineLoad()}`,
    '',
    formatTable(rows),
    '',
    'Details:',
    ...rows.map((r) => `- [${r.result}] ${r.scenario}: ${r.details}`),
    '',
    `${rows.length - failed} passed, ${failed} failed (campaign took ${((Date.now() - t0) / 60000).toFixed(1)} min)`,
  ].join('\n');
  process.stdout.write(`\n${report}\n`);
  writeFileSync(join(OUTPUT_DIR, 'report.txt'), `${report}\n`);
  writeFileSync(
    join(OUTPUT_DIR, 'results.json'),
    JSON.stringify({ at: new Date().toISOString(), loadAtStart, loadAtEnd: machineLoad(), rows }, null, 2),
  );
  writeFileSync(join(OUTPUT_DIR, 'logs.txt'), context.logSink.join(''));
  process.stdout.write(`(report, results, logs and figures in ${OUTPUT_DIR})\n`);
  return failed === 0 ? 0 : 1;
}

/** Every log line of every process of the campaign, scanned for every secret value and key used. */
function secretScan(context: CampaignContext): Row {
  const haystack = context.logSink.join('');
  const leaked = [...context.secrets].filter((secret) => secret.length >= 12 && haystack.includes(secret));
  return row(
    'secrets in logs',
    'every API key, feed key and signing secret the campaign used',
    'none appears in any log line of any process (functions, local server, jest suites)',
    leaked.length === 0,
    `${context.secrets.size} secrets scanned across ${(haystack.length / 1048576).toFixed(1)} MB of logs; leaked: ${leaked.length}`,
  );
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`campaign failed to run: ${(error as Error).stack ?? error}\n`);
    process.exit(2);
  },
);
