import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import { signWebhook } from '../../../functions/lib/webhook-signatures';
import { TransientError } from '../../../shared/errors';
import { sweepOutbox } from '../../../shared/pipeline/sweep-outbox';
import { createTestRuntime, storeSnapshot, webhookSource, type TestRuntime } from '../../support/function-runtime';

/**
 * `POST /postings` under a hung dependency, through the Functions Framework: past its deadline the request
 * is answered 503 problem+json with `Retry-After`, and nothing is half-written — the change lands whole
 * (posting and outbox event together) or not at all, and the client's retry with the same key is answered
 * as the first attempt's change. What the work does after the 503 is logged, failures as errors, on lines that
 * carry the request's execution id and never its body.
 */

jest.setTimeout(60_000);

/** A gate a hung call waits behind until the test opens it. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * A held call: every call of `method` waits for `until` while it is set, then goes through, or fails with
 * `fail` when given; `entered` counts the calls held.
 */
interface Hold {
  method: string;
  until: Promise<void>;
  fail?: Error;
  entered: number;
  /** held calls that have since finished */
  settled: number;
}

const hold = (method: string, until: Promise<void>, fail?: Error): Hold => ({
  method,
  until,
  ...(fail ? { fail } : {}),
  entered: 0,
  settled: 0,
});

/** `inner`, whose calls wait while the test holds their method (the runtime is built once, so it is switched). */
function holdable<T extends object>(inner: T, holds: { current: Hold[] }): T {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const bound = (value as (...a: unknown[]) => unknown).bind(target);
      return (...args: unknown[]) => {
        const held = holds.current.find((h) => h.method === property);
        if (!held) return bound(...args);
        held.entered += 1;
        return held.until
          .then(() => (held.fail ? Promise.reject(held.fail) : bound(...args)))
          .finally(() => (held.settled += 1));
      };
    },
  });
}

let t: TestRuntime;
const storeHold: { current: Hold[] } = { current: [] };
const busHold: { current: Hold[] } = { current: [] };
/** The functions' log lines (the adapter's logger writes JSON lines to stdout). */
const logged: string[] = [];
const WEBHOOK_SECRET = 'whsec_' + Buffer.from('deadline ats webhook secret!!!!!').toString('base64');
/**
 * The deadline of the tests whose store or bus hangs: short, since each waits it out. A request whose work is
 * held reaches the held call without a turn of the event loop, so the deadline cannot fire before it.
 */
const HUNG_DEADLINE_SECONDS = 0.5;
/**
 * The deadline of a request nothing holds: its answer must not depend on the machine's speed. Normalising,
 * storing and publishing share 2 cores with the other Jest worker and the emulators in CI, and a request that
 * takes longer than 0.5 s there is answered 503 instead of `created`.
 */
const PROMPT_DEADLINE_SECONDS = 30;
let settings: TestRuntime['runtime']['settings'];
beforeAll(async () => {
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  t = createTestRuntime({ JOBRELAY_REQUEST_DEADLINE_SECONDS: String(HUNG_DEADLINE_SECONDS) });
  // the handler reads the deadline per request: a test where nothing hangs gives it room (see beforeEach)
  settings = { ...t.runtime.settings };
  const runtime = {
    ...t.runtime,
    settings,
    store: holdable(t.store, storeHold),
    bus: holdable(t.bus, busHold),
  };
  useRuntimeFactory(async () => runtime);
  require('../../../functions/index');
  t.secrets.set('secret:deadline-ats-webhook', WEBHOOK_SECRET);
  await t.store.putSource(
    webhookSource('deadline-ats', 'deadline', 'secret:deadline-ats-webhook'),
    new Date().toISOString(),
  );
});
beforeEach(() => {
  logged.length = 0;
  settings.JOBRELAY_REQUEST_DEADLINE_SECONDS = HUNG_DEADLINE_SECONDS;
});
afterEach(() => {
  storeHold.current = [];
  busHold.current = [];
});
afterAll(async () => {
  await t.close();
  jest.restoreAllMocks();
});

const submission = (externalId: string, title: string) => ({
  type: 'document',
  format: 'markdown',
  externalId,
  company: 'Acme Corp',
  content: `# ${title}\n\nLocation: Berlin, Germany\n\nWe answer in time even when the database does not.\n`,
});

const submit = (body: object, key: string, executionId = `exec-${key}`) =>
  request(getTestServer('ingestPosting'))
    .post('/postings')
    .set('authorization', `Bearer ${t.hrKey}`)
    .set('idempotency-key', key)
    .set('function-execution-id', executionId)
    .type('json')
    .send(body);

/** A submission delivered by the ATS's signed webhook (standard-webhooks), with its delivery id. */
const deliver = (body: object, deliveryId: string, executionId: string) => {
  const text = JSON.stringify(body);
  const headers = signWebhook('standard-webhooks', WEBHOOK_SECRET, text, {
    id: deliveryId,
    timestampSeconds: Math.floor(Date.now() / 1000),
  });
  return request(getTestServer('ingestPosting'))
    .post('/postings?source=deadline-ats')
    .set(headers)
    .set('function-execution-id', executionId)
    .set('content-type', 'application/json')
    .send(text);
};

type LogLine = Record<string, unknown> & { severity: string; message: string };
const lines = (): LogLine[] => logged.map((line) => JSON.parse(line) as LogLine);
const errorLines = (pattern: RegExp) => lines().filter((l) => l.severity === 'ERROR' && pattern.test(l.message));
const executionIdOf = (line: LogLine | undefined) =>
  (line?.['logging.googleapis.com/labels'] as { execution_id?: string } | undefined)?.execution_id;
const LATE_FAILURE = /answered 503 at its deadline failed in the background/;
const CLAIM_KEPT = /claim could not be released/;

const answerOf = (res: request.Response) => {
  const result = res.body?.results?.[0] as { status: string; version: number } | undefined;
  return result ? `${result.status} v${result.version}` : `http ${res.status}`;
};

/**
 * Waits (polling, no timing assertion) until `check` holds; gives up after 30 s so that a check that never
 * holds fails its test instead of polling on after it.
 */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let polls = 0; !(await check()); polls += 1) {
    if (polls > 1_500) throw new Error('the awaited condition never held');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('POST /postings with a request deadline', () => {
  it('answers 503 problem+json with Retry-After while the store hangs, and stores nothing half-written', async () => {
    const hung = gate();
    const held = hold('commitChanges', hung.opened);
    storeHold.current = [held];
    const before = await storeSnapshot(t.store);

    const res = await submit(submission('deadline-1', 'Deadline Engineer'), 'deadline-1');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body).toMatchObject({ status: 503, code: 'unavailable' });
    expect(held.entered).toBe(1);
    expect(await storeSnapshot(t.store)).toEqual(before);

    // the hung commit lands late, whole: the posting with its event, which the outbox sweep publishes
    hung.open();
    await eventually(async () => (await t.store.queryPostings({ limit: 10 })).items.length > before.postings.length);
    const posting = (await t.store.queryPostings({ limit: 10 })).items.find((p) => p.title === 'Deadline Engineer');
    expect(posting?.version).toBe(1);
    storeHold.current = [];
    await sweepOutbox({ store: t.store, bus: t.bus, clock: t.runtime.clock, logger: t.runtime.logger });
    expect(await t.store.listUnsent(10)).toEqual([]);
    expect((await t.store.getOutboxEvent(`${posting!.id}-v1`))?.sentAt).not.toBeNull();

    // the client's retry hears what the first attempt did
    settings.JOBRELAY_REQUEST_DEADLINE_SECONDS = PROMPT_DEADLINE_SECONDS;
    expect(answerOf(await submit(submission('deadline-1', 'Deadline Engineer'), 'deadline-1'))).toBe('created v1');
  });

  it('answers 503 while the bus hangs after the commit; the outbox keeps the event for the sweep', async () => {
    const hung = gate();
    const held = hold('publish', hung.opened);
    busHold.current = [held];

    const res = await submit(submission('deadline-2', 'Bus Outage Engineer'), 'deadline-2');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    const posting = (await t.store.queryPostings({ limit: 10 })).items.find((p) => p.title === 'Bus Outage Engineer');
    expect(posting?.version).toBe(1);
    expect((await t.store.listUnsent(10)).map((e) => e.id)).toEqual([`${posting!.id}-v1`]);

    await sweepOutbox({ store: t.store, bus: t.bus, clock: t.runtime.clock, logger: t.runtime.logger });
    expect(await t.store.listUnsent(10)).toEqual([]);
    settings.JOBRELAY_REQUEST_DEADLINE_SECONDS = PROMPT_DEADLINE_SECONDS;
    expect(answerOf(await submit(submission('deadline-2', 'Bus Outage Engineer'), 'deadline-2'))).toBe('created v1');
    // the hung publish finally goes through: the same event id again, which consumers dedupe
    hung.open();
    await eventually(async () => held.settled === 1);
    expect(held.entered).toBe(1);
    // let the late request finish its bookkeeping (mark sent) before the store closes
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('answers in time as usual when nothing hangs', async () => {
    settings.JOBRELAY_REQUEST_DEADLINE_SECONDS = PROMPT_DEADLINE_SECONDS;
    const res = await submit(submission('deadline-3', 'Prompt Engineer'), 'deadline-3');
    expect(answerOf(res)).toBe('created v1');
    expect(lines().filter((l) => l.severity === 'ERROR')).toEqual([]);
  });

  it("logs an error with the request's execution id and the error's code when the work fails after the 503", async () => {
    const hung = gate();
    const failure = new TransientError('STORE.UNAVAILABLE', 'the store dropped "Vanishing Engineer" on the floor');
    storeHold.current = [hold('commitChanges', hung.opened, failure)];

    const res = await submit(submission('deadline-4', 'Vanishing Engineer'), 'deadline-4', 'exec-4f2a');
    expect(res.status).toBe(503);
    expect(errorLines(LATE_FAILURE)).toEqual([]);
    hung.open();
    await eventually(async () => errorLines(LATE_FAILURE).length > 0);

    const [line] = errorLines(LATE_FAILURE);
    expect(line).toMatchObject({ function: 'ingestPosting', deadlineSeconds: 0.5 });
    expect(line?.error).toEqual({ code: 'STORE.UNAVAILABLE', type: 'TransientError' });
    // the same id as the 503's summary line, so the two are found together
    const summary = lines().find((l) => (l.httpRequest as { status?: number } | undefined)?.status === 503);
    expect(executionIdOf(line)).toBe('exec-4f2a');
    expect(executionIdOf(summary)).toBe('exec-4f2a');
    const text = logged.join('\n');
    for (const never of ['Vanishing Engineer', 'We answer in time', t.hrKey]) expect(text).not.toContain(never);
    expect((await t.store.queryPostings({ limit: 50 })).items.map((p) => p.title)).not.toContain('Vanishing Engineer');
  });

  it("logs a webhook delivery's claim it could not give back, and still logs the work's own failure", async () => {
    const hung = gate();
    storeHold.current = [
      hold('commitChanges', hung.opened, new TransientError('STORE.UNAVAILABLE', 'commit lost')),
      hold('releaseEvent', Promise.resolve(), new TransientError('STORE.CONTENTION', 'release lost')),
    ];

    const res = await deliver(submission('deadline-5', 'Webhook Deadline Engineer'), 'msg_deadline_5', 'exec-5b7c');
    expect(res.status).toBe(503);
    // at the deadline the claim is given back so that the ATS's retry is processed; the store refuses
    await eventually(async () => errorLines(CLAIM_KEPT).length === 1);
    expect(errorLines(CLAIM_KEPT)[0]).toMatchObject({
      source: 'deadline-ats',
      deliveryId: 'msg_deadline_5',
      after: 'deadline',
      error: { code: 'STORE.CONTENTION', type: 'TransientError' },
    });

    // the work then fails: the claim is given back once more (refused again), and the failure logged is the work's
    hung.open();
    await eventually(async () => errorLines(LATE_FAILURE).length > 0);
    expect(errorLines(CLAIM_KEPT).map((l) => l.after)).toEqual(['deadline', 'failure']);
    expect(errorLines(LATE_FAILURE)[0]?.error).toEqual({ code: 'STORE.UNAVAILABLE', type: 'TransientError' });
    for (const line of [...errorLines(CLAIM_KEPT), ...errorLines(LATE_FAILURE)])
      expect(executionIdOf(line)).toBe('exec-5b7c');
    const text = logged.join('\n');
    for (const never of [WEBHOOK_SECRET, 'Webhook Deadline Engineer']) expect(text).not.toContain(never);
  });
});
