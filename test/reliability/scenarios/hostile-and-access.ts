import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { row, type Row, type Scenario } from '../support/campaign';

const ROOT = join(__dirname, '..', '..', '..');

/** The hostile-input and access suites (the fast part of `npm test`), here with many more fuzzing runs. */
const SUITES: Array<[file: string, scenario: string, injected: string, checked: string]> = [
  [
    'test/unit/reliability/parser-fuzz.test.ts',
    'hostile: parsers',
    'arbitrary and mutated bytes of every input kind, invalid UTF-8, __proto__/constructor.prototype keys, 200k-deep nesting, billion laughs and external entities in every XML parser',
    'a JobrelayError with a stable code or postings that meet the contract; no active content; no polluted prototype; no entity expansion',
  ],
  [
    'test/integration/reliability/http-fuzz.test.ts',
    'hostile: HTTP endpoints',
    'property-based and mutated bodies, queries and push envelopes on every endpoint; traversal ids (../, %2e%2e, %2f, %00, overlong) on every route with an id; foreign page cursors',
    'never a 5xx or a hang (deadline per call); 4xx as problem+json; a refused request writes nothing; push endpoints ack what they cannot read',
  ],
  [
    'test/unit/reliability/xml-prolog-rejections.test.ts',
    'hostile: broken XML prologs',
    'Personio XML whose prolog the validator accepts and the parser cannot read (found by this campaign)',
    'rejected as INPUT.MALFORMED, never a bare Error',
  ],
  [
    'test/integration/reliability/console-fuzz.test.ts',
    'hostile: console forms',
    'property-based and mutated form bodies on sign-in, the bulk boards form and a posting’s boards form: prototype keys, invalid encodings, huge and repeated fields, JSON/multipart bodies',
    'never a 5xx or a hang; without a session or CSRF token nothing is written',
  ],
  [
    'test/integration/reliability/chunked-body-limit.test.ts',
    'hostile: chunked bodies',
    'bodies without Content-Length past the limit, never ending or 125 MiB long',
    '413 before the body ends, connection cut, the function never runs',
  ],
  [
    'test/integration/reliability/ssrf-forms.test.ts',
    'hostile: SSRF targets',
    '169.254.169.254 (also decimal), metadata.google.internal(.), 127.0.0.1 as decimal/octal/hex/short, [::ffff:127.0.0.1], [::], localhost (DNS → loopback), private ranges, user-info tricks',
    'refused by the fetcher, no connection reaches the listener',
  ],
  [
    'test/integration/http/http-fetcher-safety.test.ts',
    'hostile: SSRF redirects',
    'redirects to the metadata server, to loopback, to names resolving to loopback (DNS rebinding)',
    'refused on every hop, nothing reaches the internal server',
  ],
  [
    'test/integration/reliability/partner-ssrf.test.ts',
    'hostile: SSRF partner URLs',
    "partners' webhook URLs at 169.254.169.254, metadata.google.internal., loopback (plain, decimal, IPv4-mapped) and 10/8",
    'no connection reaches the internal listener; each pair ends failed with FETCH.BLOCKED_ADDRESS after one attempt',
  ],
  [
    'test/integration/reliability/feed-injection.test.ts',
    'hostile: feed injection',
    'titles and company names with spreadsheet formulas (=, +, -, @, DDE), CDATA terminators with a forged job, markup, entities, JSON structure, control characters',
    'Indeed XML and JSON feeds stay well-formed, one job per live posting, each value text inside its own field (CDATA / JSON string)',
  ],
  [
    'test/integration/reliability/access.test.ts',
    'access: every endpoint',
    "no key, unknown, malformed, feed, HR and admin keys on every API; other partners' feed keys; forged, tampered, stale, replayed webhook signatures; forged console sessions",
    '401/403/409 as due and no write; HR/admin served; each partner sees only its feed; push invokers only the push identity (Terraform); no secret in any log line or answer',
  ],
  [
    'test/integration/reliability/duplicate-deliveries.test.ts',
    'duplicate/out-of-order',
    'the same posting event pushed five times at once and again later; an older version after a newer one',
    'delivered to the partner once; partner and feed end on the newest version',
  ],
  [
    'test/integration/reliability/push-crash-recovery.test.ts',
    'crash vs dead-letter',
    'a delivery that died holding its lease; a live holder outlasting its lease; a redelivery after the lease lapsed',
    'the redelivery succeeds on its first attempt (nothing dead-lettered); no double processing',
  ],
];

/** The suites a run asked for (`--suites`, by file name), or all of them. */
const suitesFor = (names: readonly string[]) => {
  const picked = SUITES.filter(([file]) => names.length === 0 || names.some((n) => file.endsWith(`/${n}.test.ts`)));
  const unknown = names.filter((n) => !SUITES.some(([file]) => file.endsWith(`/${n}.test.ts`)));
  if (unknown.length > 0) throw new Error(`no hostile/access suite ${unknown.join(', ')}`);
  return picked;
};

export const hostileAndAccess: Scenario = async (ctx) => {
  const suites = suitesFor(ctx.suites);
  const dir = mkdtempSync(join(tmpdir(), 'jobrelay-campaign-jest-'));
  const output = join(dir, 'results.json');
  ctx.progress(`hostile/access: jest, ${ctx.fuzzRuns} runs per fuzzing property`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      join(ROOT, 'node_modules/.bin/jest'),
      ['--json', `--outputFile=${output}`, '--runInBand', ...suites.map(([file]) => file)],
      {
        cwd: ROOT,
        env: { ...process.env, JOBRELAY_FUZZ_RUNS: String(ctx.fuzzRuns) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout!.on('data', (c: Buffer) => ctx.logSink.push(c.toString()));
    child.stderr!.on('data', (c: Buffer) => ctx.logSink.push(c.toString()));
    child.on('exit', (c) => resolve(c ?? 1));
  });
  const rows: Row[] = [];
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      testResults: Array<{ name: string; assertionResults: Array<{ status: string; fullName: string }> }>;
    };
    for (const [file, scenario, injected, checked] of suites) {
      const suite = report.testResults.find((r) => r.name.endsWith(file));
      const results = suite?.assertionResults ?? [];
      const failed = results.filter((r) => r.status !== 'passed');
      rows.push(
        row(
          scenario,
          injected,
          checked,
          suite !== undefined && results.length > 0 && failed.length === 0,
          `${results.length - failed.length}/${results.length} tests passed${
            failed.length
              ? `; failed: ${failed
                  .map((f) => f.fullName)
                  .join('; ')
                  .slice(0, 400)}`
              : ''
          }`,
        ),
      );
    }
  } catch (error) {
    rows.push(row('hostile/access', 'jest suites', 'the suites ran', false, `jest exited ${code}: ${String(error)}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
};
