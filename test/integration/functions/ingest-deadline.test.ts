import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import { sweepOutbox } from '../../../shared/pipeline/sweep-outbox';
import { createTestRuntime, storeSnapshot, type TestRuntime } from '../../support/function-runtime';

/**
 * `POST /postings` under a hung dependency, through the Functions Framework: past its deadline the request
 * is answered 503 problem+json with `Retry-After`, and nothing is half-written — the change lands whole
 * (posting and outbox event together) or not at all, and the client's retry with the same key is answered
 * as the first attempt's change.
 */

jest.setTimeout(60_000);

/** A gate a hung call waits behind until the test opens it. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** A held call: every call of `method` waits for `until` while it is set; `entered` counts the calls held. */
interface Hold {
  method: string;
  until: Promise<void>;
  entered: number;
  /** held calls that have since finished */
  settled: number;
}

/** `inner`, whose calls wait while the test holds their method (the runtime is built once, so it is switched). */
function holdable<T extends object>(inner: T, holds: { current: Hold | null }): T {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const bound = (value as (...a: unknown[]) => unknown).bind(target);
      return (...args: unknown[]) => {
        const hold = holds.current;
        if (hold?.method !== property) return bound(...args);
        hold.entered += 1;
        return hold.until.then(() => bound(...args)).finally(() => (hold.settled += 1));
      };
    },
  });
}

let t: TestRuntime;
const storeHold: { current: Hold | null } = { current: null };
const busHold: { current: Hold | null } = { current: null };
beforeAll(() => {
  t = createTestRuntime({ JOBRELAY_REQUEST_DEADLINE_SECONDS: '0.5' });
  const runtime = { ...t.runtime, store: holdable(t.store, storeHold), bus: holdable(t.bus, busHold) };
  useRuntimeFactory(async () => runtime);
  require('../../../functions/index');
});
afterEach(() => {
  storeHold.current = null;
  busHold.current = null;
});
afterAll(() => t.close());

const submission = (externalId: string, title: string) => ({
  type: 'document',
  format: 'markdown',
  externalId,
  company: 'Acme Corp',
  content: `# ${title}\n\nLocation: Berlin, Germany\n\nWe answer in time even when the database does not.\n`,
});

const submit = (body: object, key: string) =>
  request(getTestServer('ingestPosting'))
    .post('/postings')
    .set('authorization', `Bearer ${t.hrKey}`)
    .set('idempotency-key', key)
    .type('json')
    .send(body);

const answerOf = (res: request.Response) => {
  const result = res.body?.results?.[0] as { status: string; version: number } | undefined;
  return result ? `${result.status} v${result.version}` : `http ${res.status}`;
};

/** Waits (polling the store, no timing assertion) until `check` holds. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('POST /postings with a request deadline', () => {
  it('answers 503 problem+json with Retry-After while the store hangs, and stores nothing half-written', async () => {
    const hung = gate();
    const hold: Hold = { method: 'commitChanges', until: hung.opened, entered: 0, settled: 0 };
    storeHold.current = hold;
    const before = await storeSnapshot(t.store);

    const res = await submit(submission('deadline-1', 'Deadline Engineer'), 'deadline-1');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body).toMatchObject({ status: 503, code: 'unavailable' });
    expect(hold.entered).toBe(1);
    expect(await storeSnapshot(t.store)).toEqual(before);

    // the hung commit lands late, whole: the posting with its event, which the outbox sweep publishes
    hung.open();
    await eventually(async () => (await t.store.queryPostings({ limit: 10 })).items.length > before.postings.length);
    const posting = (await t.store.queryPostings({ limit: 10 })).items.find((p) => p.title === 'Deadline Engineer');
    expect(posting?.version).toBe(1);
    storeHold.current = null;
    await sweepOutbox({ store: t.store, bus: t.bus, clock: t.runtime.clock, logger: t.runtime.logger });
    expect(await t.store.listUnsent(10)).toEqual([]);
    expect((await t.store.getOutboxEvent(`${posting!.id}-v1`))?.sentAt).not.toBeNull();

    // the client's retry hears what the first attempt did
    expect(answerOf(await submit(submission('deadline-1', 'Deadline Engineer'), 'deadline-1'))).toBe('created v1');
  });

  it('answers 503 while the bus hangs after the commit; the outbox keeps the event for the sweep', async () => {
    const hung = gate();
    const hold: Hold = { method: 'publish', until: hung.opened, entered: 0, settled: 0 };
    busHold.current = hold;

    const res = await submit(submission('deadline-2', 'Bus Outage Engineer'), 'deadline-2');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    const posting = (await t.store.queryPostings({ limit: 10 })).items.find((p) => p.title === 'Bus Outage Engineer');
    expect(posting?.version).toBe(1);
    expect((await t.store.listUnsent(10)).map((e) => e.id)).toEqual([`${posting!.id}-v1`]);

    storeHold.current = null;
    await sweepOutbox({ store: t.store, bus: t.bus, clock: t.runtime.clock, logger: t.runtime.logger });
    expect(await t.store.listUnsent(10)).toEqual([]);
    expect(answerOf(await submit(submission('deadline-2', 'Bus Outage Engineer'), 'deadline-2'))).toBe('created v1');
    // the hung publish finally goes through: the same event id again, which consumers dedupe
    hung.open();
    await eventually(async () => hold.settled === 1);
    expect(hold.entered).toBe(1);
    // let the late request finish its bookkeeping (mark sent) before the store closes
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('answers in time as usual when nothing hangs', async () => {
    const res = await submit(submission('deadline-3', 'Prompt Engineer'), 'deadline-3');
    expect(answerOf(res)).toBe('created v1');
  });
});
