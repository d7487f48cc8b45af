import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import { toPushEnvelope } from '../../../functions/lib/pubsub-push';
import { newRecord } from '../../../shared/pipeline/syndication-record';
import { PartnerConfig } from '../../../shared/schema/partner';
import { createTestRuntime, type TestRuntime } from '../../support/function-runtime';

/** The served sweepOutbox function runs the stuck-syndication sweep on the maintenance tasks that include it. */

jest.setTimeout(60_000);

let t: TestRuntime;
const sent: unknown[] = [];

beforeAll(async () => {
  // a deployment whose longest function timeout is 300 s: 600 s is longer than that plus the 120 s delivery lease
  t = createTestRuntime({ JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: '600', JOBRELAY_FUNCTION_TIMEOUT_SECONDS: '300' });
  useRuntimeFactory(async () => t.runtime);
  require('../../../functions/index');
  t.bus.subscribe({
    name: 'sync-collector',
    topic: 'syndication-requests',
    handler: async (d) => void sent.push(d.data),
  });
  const now = Date.now();
  await t.store.putPartner(
    PartnerConfig.parse({
      id: 'board',
      name: 'Board',
      format: 'webhook',
      delivery: 'webhook',
      webhook: { url: 'https://board.example/hook', secretRef: 'secret:board' },
    }),
    new Date(now).toISOString(),
  );
  for (const [postingId, minutesAgo] of [
    ['stuck', 60],
    ['young', 1],
  ] as const) {
    const at = new Date(now - minutesAgo * 60_000).toISOString();
    await t.store.updateSyndication(postingId, 'board', () => newRecord(postingId, 'board', 'publish', at));
  }
});
afterAll(() => t.close());

const maintenance = async (task: string, messageId: string) => {
  const res = await request(getTestServer('sweepOutbox')).post('/').send(toPushEnvelope({ task }, { messageId }));
  expect(res.status).toBe(200);
  await t.bus.drain();
  return sent.splice(0).map((m) => (m as { postingIds: string[] }).postingIds.join(','));
};

describe('the maintenance sweep of stuck syndications', () => {
  it('is not part of the outbox-only and expiry-only tasks', async () => {
    expect(await maintenance('sweep-outbox', 'm1')).toEqual([]);
    expect(await maintenance('close-expired', 'm2')).toEqual([]);
    expect((await t.store.getSyndication('stuck', 'board'))?.resent).toBeUndefined();
  });

  it('re-sends pairs pending longer than JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS on its own task, once per threshold', async () => {
    expect(await maintenance('sweep-syndications', 'm3')).toEqual(['stuck']);
    expect((await t.store.getSyndication('stuck', 'board'))?.resent?.count).toBe(1);
    // the scheduler's task: the pair was just re-sent, so it waits for another threshold
    expect(await maintenance('all', 'm4')).toEqual([]);
    expect((await t.store.getSyndication('young', 'board'))?.resent).toBeUndefined();
  });
});
