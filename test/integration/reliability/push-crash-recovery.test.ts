import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { EmbeddedEventBus, toPushBody } from '../../../shared/adapters/embedded/embedded-event-bus';
import { EmbeddedPostingStore } from '../../../shared/adapters/embedded/embedded-posting-store';
import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import type { ApiRequest, InvocationContext } from '../../../functions/lib/api';
import { createPushHandler, type PushOutcome } from '../../../functions/lib/pubsub-push';

/**
 * A function instance that dies mid-processing leaves its lease behind. Pub/Sub redelivers with backoff and
 * every non-2xx answer counts toward dead-lettering, so the redeliveries must not all be refused until the
 * lease runs out: a message that would have succeeded must never be dead-lettered because of a crash. And a
 * holder that is alive (a slow refresh) keeps its lease, so a redelivery never processes it twice at once.
 * Real SQLite store, real embedded bus with Pub/Sub's retry and dead-letter semantics.
 */

jest.setTimeout(60_000);
const LEASE_SECONDS = 2;
const Data = z.object({ id: z.string() });
const context: InvocationContext = { functionName: 'crashy', logger: silentLogger, note: () => undefined };

let dataDir: string;
let store: EmbeddedPostingStore;
let bus: EmbeddedEventBus;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'jobrelay-push-crash-'));
  store = new EmbeddedPostingStore({ dataDir });
  bus = new EmbeddedEventBus({ dataDir, logger: silentLogger });
});
afterEach(async () => {
  await bus.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Wires a push handler (as pushDepsOf configures it, with a short lease) to a subscription on the bus. */
function subscribe(process: (id: string) => Promise<PushOutcome>) {
  const statuses: number[] = [];
  const handler = createPushHandler(
    { consumer: 'crashy', schema: Data, eventId: (value) => value.id, process: (value) => process(value.id) },
    async () => ({ events: store, leaseSeconds: LEASE_SECONDS, holderWaitMs: (LEASE_SECONDS + 1) * 1000 }),
  );
  bus.subscribe({
    name: 'crashy-sub',
    topic: 'posting-events',
    minBackoffMs: 50,
    maxBackoffMs: 200,
    maxDeliveryAttempts: 5,
    ackDeadlineMs: 30_000,
    handler: async (delivery) => {
      const request: ApiRequest = {
        method: 'POST',
        path: '/',
        query: new URLSearchParams(),
        headers: { 'content-type': 'application/json' },
        rawBody: Buffer.from(JSON.stringify(toPushBody(delivery))),
        parsedBody: undefined,
      };
      const response = await handler(request, context);
      statuses.push(response.status);
      if (response.status >= 300) throw new Error(`answered ${response.status}`);
    },
  });
  return statuses;
}

describe('push deliveries after a crash mid-processing', () => {
  it('processes the redelivery of a message whose first delivery died holding the lease, without dead-lettering it', async () => {
    let processed = 0;
    const statuses = subscribe(async () => {
      processed += 1;
      return { kind: 'done' };
    });
    // what a SIGKILLed instance leaves behind: the lease taken, no done marker, no answer to Pub/Sub
    expect(await store.claimEvent('crashy:lease', 'evt-1', LEASE_SECONDS)).toBe(true);
    await bus.publish('posting-events', { data: { id: 'evt-1' } });
    await bus.drain({ timeoutMs: 30_000 });
    expect(bus.deadLetters('crashy-sub')).toHaveLength(0);
    expect(processed).toBe(1);
    expect(statuses.at(-1)).toBe(200);
  });

  it('keeps the lease of a live holder that outlasts it, so a redelivery never processes the message a second time', async () => {
    let processed = 0;
    let running = 0;
    let overlapped = false;
    const handler = createPushHandler(
      {
        consumer: 'slow',
        schema: Data,
        eventId: (value) => value.id,
        process: async () => {
          running += 1;
          overlapped ||= running > 1;
          await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 2_500));
          running -= 1;
          processed += 1;
          return { kind: 'done' };
        },
      },
      async () => ({ events: store, leaseSeconds: LEASE_SECONDS, holderWaitMs: 500 }),
    );
    const request = (): ApiRequest => ({
      method: 'POST',
      path: '/',
      query: new URLSearchParams(),
      headers: { 'content-type': 'application/json' },
      rawBody: Buffer.from(
        JSON.stringify({ message: { data: Buffer.from('{"id":"evt-2"}').toString('base64'), messageId: 'm' } }),
      ),
      parsedBody: undefined,
    });
    const first = handler(request(), context);
    // a redelivery long after the lease's first expiry: the holder renewed it
    await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 1_500));
    const redelivery = await handler(request(), context);
    expect(redelivery.status).toBe(503);
    expect((await first).status).toBe(200);
    const late = await handler(request(), context);
    expect(JSON.parse(String(late.body)).outcome).toBe('duplicate');
    expect({ processed, overlapped }).toEqual({ processed: 1, overlapped: false });
  });

  it('acks a redelivery that arrives after the lease of a finished delivery lapsed as a duplicate', async () => {
    let processed = 0;
    const statuses = subscribe(async () => {
      processed += 1;
      return { kind: 'done' };
    });
    bus.start(50);
    await bus.publish('posting-events', { data: { id: 'evt-3' } });
    await bus.drain();
    await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 0.5) * 1000));
    await bus.publish('posting-events', { data: { id: 'evt-3' } });
    await bus.drain();
    expect(processed).toBe(1);
    expect(statuses).toEqual([200, 200]);
  });
});
