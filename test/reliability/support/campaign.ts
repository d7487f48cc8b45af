/** One row of the campaign's table: what was injected, what was checked, and how it came out. */
export interface Row {
  scenario: string;
  injected: string;
  checked: string;
  result: 'pass' | 'FAIL';
  /** figures and observations behind the result */
  details: string;
}

/** What a scenario gets: the flags of the run and a log for progress lines. */
export interface CampaignContext {
  /** seconds of sustained load per load scenario */
  durationSeconds: number;
  /** seconds the partner stays down */
  partnerDownSeconds: number;
  /** fast-check runs per fuzzing property */
  fuzzRuns: number;
  /** the hostile/access suites to run, by file name without `.test.ts` (`--suites feed-injection,access`); all when empty */
  suites: readonly string[];
  emulators: { firestore: string; pubsub: string; pubsubPort: number; restartPubSub(): Promise<void> };
  progress(line: string): void;
  /** every log line any process of the campaign wrote (scanned for secrets at the end) */
  logSink: string[];
  /** every secret value the campaign used */
  secrets: Set<string>;
  /** where scenarios write their figures (test-results/reliability, gitignored) */
  outputDir: string;
}

export type Scenario = (context: CampaignContext) => Promise<Row[]>;

/** A row from a condition: passes when `ok`. */
export const row = (scenario: string, injected: string, checked: string, ok: boolean, details: string): Row => ({
  scenario,
  injected,
  checked,
  result: ok ? 'pass' : 'FAIL',
  details,
});

/**
 * Waits for a condition, polling; rejects with `what` after `timeoutMs`, and with what `explain` says about
 * the state then (so a failed row tells why).
 */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | null | false>,
  timeoutMs = 120_000,
  everyMs = 500,
  explain?: () => Promise<string>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== null && value !== false) return value as T;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  const state = explain ? await explain().catch((error: unknown) => `(state unreadable: ${String(error)})`) : '';
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}${state ? `; state: ${state}` : ''}`,
  );
}

/** Prints the rows as a fixed-width table. */
export function formatTable(rows: readonly Row[]): string {
  const columns: Array<[keyof Row, string, number]> = [
    ['scenario', 'scenario', 26],
    ['injected', 'injected', 46],
    ['checked', 'checked', 58],
    ['result', 'result', 6],
  ];
  const wrap = (text: string, width: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      if ((line + ' ' + word).trim().length > width && line) {
        lines.push(line);
        line = word;
      } else line = (line + ' ' + word).trim();
    }
    lines.push(line);
    return lines;
  };
  const rule = '+' + columns.map(([, , w]) => '-'.repeat(w + 2)).join('+') + '+';
  const out = [rule, '| ' + columns.map(([, h, w]) => h.padEnd(w)).join(' | ') + ' |', rule];
  for (const r of rows) {
    const cells = columns.map(([key, , w]) => wrap(String(r[key]), w));
    const height = Math.max(...cells.map((c) => c.length));
    for (let i = 0; i < height; i += 1)
      out.push('| ' + cells.map((c, j) => (c[i] ?? '').padEnd(columns[j]![2])).join(' | ') + ' |');
    out.push(rule);
  }
  return out.join('\n');
}
