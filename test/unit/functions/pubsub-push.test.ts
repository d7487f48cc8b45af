import { z } from 'zod';
import { PermanentError, TransientError } from '../../../shared/errors';
import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import type { ProcessedEventRepository } from '../../../shared/ports/posting-store.port';
import type { ApiRequest, InvocationContext } from '../../../functions/lib/api';
import { createPushHandler, toPushEnvelope, type PushOutcome } from '../../../functions/lib/pubsub-push';

/** Processed-event markers in memory, with expiry on a clock the test moves. */
function markers() {
  let now = 0;
  const claims = new Map<string, number>();
  const repo: ProcessedEventRepository = {
    async claimEvent(consumer, id, ttl) {
      const key = `${consumer}/${id}`;
      const expires = claims.get(key);
      if (expires !== undefined && expires > now) return false;
      claims.set(key, now + ttl);
      return true;
    },
    async releaseEvent(consumer, id) {
      claims.delete(`${consumer}/${id}`);
    },
  };
  return { repo, advance: (seconds: number) => (now += seconds) };
}

const Data = z.object({ id: z.string(), n: z.number() });
const context: InvocationContext = { functionName: 'test', logger: silentLogger, note: () => undefined };
const push = (body: unknown): ApiRequest => ({
  method: 'POST',
  path: '/',
  query: new URLSearchParams(),
  headers: { 'content-type': 'application/json' },
  rawBody: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
  parsedBody: undefined,
});
const message = (data: unknown, messageId = 'm1') => push(toPushEnvelope(data, { messageId }));

function setup(behaviour: (calls: number) => Promise<PushOutcome>) {
  const { repo, advance } = markers();
  let calls = 0;
  const handler = createPushHandler(
    {
      consumer: 'test',
      schema: Data,
      eventId: (value) => value.id,
      process: async () => behaviour(++calls),
    },
    async () => ({ events: repo, leaseSeconds: 600 }),
  );
  return { handler, advance, calls: () => calls };
}

const done = async (): Promise<PushOutcome> => ({ kind: 'done' });

describe('Pub/Sub push handling', () => {
  it.each([
    ['a body that is not an envelope', { hello: 'world' }],
    ['data that is not base64 JSON', { message: { data: '!!!not base64 json', messageId: 'x' }, subscription: 's' }],
    ['data that fails the schema', toPushEnvelope({ id: 1 }, { messageId: 'x' })],
    ['a body that is not JSON', '{oops'],
  ])('acks %s without processing it', async (_name, body) => {
    const { handler, calls } = setup(done);
    const res = await handler(push(body), context);
    expect(res.status).toBe(200);
    expect(JSON.parse(String(res.body)).outcome).toBe('malformed');
    expect(calls()).toBe(0);
  });

  it('processes an event once and acks its redelivery as a duplicate', async () => {
    const { handler, calls } = setup(done);
    const first = await handler(message({ id: 'e1', n: 1 }), context);
    const again = await handler(message({ id: 'e1', n: 1 }, 'm2'), context);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(JSON.parse(String(again.body)).outcome).toBe('duplicate');
    expect(calls()).toBe(1);
  });

  it.each([
    [
      'asks for a retry',
      async () => ({ kind: 'retry', reason: 'partner busy', retryAfterMs: 30_000 }) as PushOutcome,
      503,
    ],
    ['throws a transient error', async () => Promise.reject(new TransientError('X.BUSY', 'busy')), 503],
  ])('nacks when processing %s and processes the redelivery', async (_name, failing, status) => {
    const { handler, calls } = setup((n) => (n === 1 ? failing() : done()));
    const first = await handler(message({ id: 'e1', n: 1 }), context);
    expect(first.status).toBe(status);
    const again = await handler(message({ id: 'e1', n: 1 }), context);
    expect(again.status).toBe(200);
    expect(calls()).toBe(2);
  });

  it('rethrows an unexpected error (a 500, so Pub/Sub retries) and processes the redelivery', async () => {
    const { handler, calls } = setup((n) => (n === 1 ? Promise.reject(new Error('bug')) : done()));
    await expect(handler(message({ id: 'e1', n: 1 }), context)).rejects.toThrow('bug');
    expect((await handler(message({ id: 'e1', n: 1 }), context)).status).toBe(200);
    expect(calls()).toBe(2);
  });

  it('acks a permanent failure and does not process it again', async () => {
    const { handler, calls } = setup(async () =>
      Promise.reject(new PermanentError('SOURCE.UNKNOWN', 'no such source')),
    );
    const first = await handler(message({ id: 'e1', n: 1 }), context);
    expect(first.status).toBe(200);
    expect(JSON.parse(String(first.body)).outcome).toBe('failed-permanently');
    expect(JSON.parse(String((await handler(message({ id: 'e1', n: 1 }), context)).body)).outcome).toBe('duplicate');
    expect(calls()).toBe(1);
  });

  it('asks a concurrent redelivery to retry while the first is still processing', async () => {
    let finish: () => void = () => undefined;
    const { handler, calls } = setup((n) =>
      n === 1 ? new Promise<PushOutcome>((resolve) => (finish = () => resolve({ kind: 'done' }))) : done(),
    );
    const first = handler(message({ id: 'e1', n: 1 }), context);
    await new Promise((resolve) => setImmediate(resolve));
    const concurrent = await handler(message({ id: 'e1', n: 1 }), context);
    expect(concurrent.status).toBe(503);
    finish();
    expect((await first).status).toBe(200);
    expect(calls()).toBe(1);
  });

  it('processes a message again once the lease of a crashed delivery has expired', async () => {
    const { handler, advance, calls } = setup((n) => (n === 1 ? new Promise<PushOutcome>(() => undefined) : done()));
    void handler(message({ id: 'e1', n: 1 }), context); // never finishes: the instance died
    await new Promise((resolve) => setImmediate(resolve));
    expect((await handler(message({ id: 'e1', n: 1 }), context)).status).toBe(503);
    advance(601);
    expect((await handler(message({ id: 'e1', n: 1 }), context)).status).toBe(200);
    expect(calls()).toBe(2);
  });
});
