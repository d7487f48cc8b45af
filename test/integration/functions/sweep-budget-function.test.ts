import { getTestServer } from '@google-cloud/functions-framework/testing';
import request from 'supertest';
import { useRuntimeFactory } from '../../../functions/lib/default-runtime';
import { toPushEnvelope } from '../../../functions/lib/pubsub-push';
import { newRecord } from '../../../shared/pipeline/syndication-record';
import type { Clock } from '../../../shared/ports/clock.port';
import type { Logger, LogFields } from '../../../shared/ports/logger.port';
import { PartnerConfig } from '../../../shared/schema/partner';
import type { EventBus } from '../../../shared/ports/event-bus.port';
import { createTestRuntime, type TestRuntime } from '../../support/function-runtime';
import { changeOf, recordOf, syntheticPosting } from '../../support/posting-records';

/**
 * The served sweepOutbox gives the stuck-syndication sweep what is left of its time budget, counted from the
 * request's start (three quarters of JOBRELAY_SWEEP_TIMEOUT_SECONDS): time the outbox sweep used first counts,
 * and the outbox sweep may use only its share of it. The runtime's clock here moves `step` ms on every
 * reading, and `publishMs` on every posting event published, so the outbox sweep can use up the budget.
 */

jest.setTimeout(60_000);

let t: TestRuntime;
let step = 0;
let publishMs = 0;
let offset = 0;
const sent: unknown[] = [];
const lines: LogFields[] = [];

beforeAll(async () => {
  // a 60 s sweep timeout: 30 s of budget
  t = createTestRuntime({
    JOBRELAY_SYNDICATION_STUCK_AFTER_SECONDS: '600',
    JOBRELAY_FUNCTION_TIMEOUT_SECONDS: '300',
    JOBRELAY_SWEEP_TIMEOUT_SECONDS: '60',
  });
  const clock: Clock = {
    now: () => new Date(Date.now() + (offset += step)),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  const logger: Logger = {
    debug: () => undefined,
    info: (_m, fields = {}) => void lines.push(fields),
    warn: (_m, fields = {}) => void lines.push(fields),
    error: (_m, fields = {}) => void lines.push(fields),
    child: () => logger,
  };
  // publishing a posting event takes `publishMs` of the runtime's clock
  const bus: EventBus = {
    publish: (topic, message) => {
      if (topic === 'posting-events') offset += publishMs;
      return t.bus.publish(topic, message);
    },
  };
  useRuntimeFactory(async () => ({ ...t.runtime, clock, logger, bus }));
  require('../../../functions/index');
  t.bus.subscribe({
    name: 'sync-collector',
    topic: 'syndication-requests',
    handler: async (d) => void sent.push(d.data),
  });
  await t.store.putPartner(
    PartnerConfig.parse({
      id: 'board',
      name: 'Board',
      format: 'webhook',
      delivery: 'webhook',
      webhook: { url: 'https://board.example/hook', secretRef: 'secret:board' },
    }),
    new Date().toISOString(),
  );
  const at = new Date(Date.now() - 60 * 60_000).toISOString();
  await t.store.updateSyndication('stuck', 'board', () => newRecord('stuck', 'board', 'publish', at));
});
afterAll(() => t.close());

const sweep = async (messageId: string) => {
  const res = await request(getTestServer('sweepOutbox'))
    .post('/')
    .send(toPushEnvelope({ task: 'all' }, { messageId }));
  expect(res.status).toBe(200);
  await t.bus.drain();
  return sent.splice(0).map((m) => (m as { postingIds: string[] }).postingIds.join(','));
};

describe('the maintenance sweep function on a time budget', () => {
  it('leaves the stuck pairs to the next run when the outbox sweep used the budget, and says so', async () => {
    // every clock reading moves 40 s: the syndication sweep starts with nothing left of its 30 s
    step = 40_000;
    expect(await sweep('b1')).toEqual([]);
    expect(lines.filter((l) => l.event === 'syndication_sweep_incomplete')).toEqual([
      expect.objectContaining({ reason: 'budget', pendingPairsHandled: 0, pendingPairsLeft: true }),
    ]);
    expect((await t.store.getSyndication('stuck', 'board'))?.resent).toBeUndefined();
  });

  it('re-sends them on the next run, which has its whole budget', async () => {
    step = 0;
    lines.length = 0;
    expect(await sweep('b2')).toEqual(['stuck']);
    expect(lines.filter((l) => l.event === 'syndication_sweep_incomplete')).toEqual([]);
    expect(lines.filter((l) => l.event === 'syndication_stuck')).toEqual([
      expect.objectContaining({ partnerId: 'board', resent: 1, postingIds: ['stuck'] }),
    ]);
  });

  it('stops the outbox sweep at its share when a backlog of events would take the whole budget, so stuck pairs are still re-sent', async () => {
    step = 0;
    lines.length = 0;
    const at = new Date(Date.now() - 60 * 60_000).toISOString();
    await t.store.updateSyndication('stuck-2', 'board', () => newRecord('stuck-2', 'board', 'publish', at));
    // 400 events left unsent after an outage, 0.1 s to publish each: 40 s, more than the 30 s budget; the
    // outbox sweep reads 200 a round and may start rounds for half the budget
    publishMs = 100;
    await t.store.commitChanges(
      Array.from({ length: 400 }, (_, i) => changeOf(recordOf(syntheticPosting(i + 1), { lastChangedAt: at }), null)),
    );
    expect(await sweep('b3')).toEqual(['stuck-2']);
    expect(lines.filter((l) => l.event === 'outbox_sweep_incomplete')).toEqual([
      expect.objectContaining({ reason: 'budget', published: 200, unsentLeft: true }),
    ]);
    expect(lines.filter((l) => l.event === 'syndication_sweep_incomplete')).toEqual([]);
    expect(await t.store.listUnsent(500)).toHaveLength(200);

    // the next run publishes the rest
    lines.length = 0;
    expect(await sweep('b4')).toEqual([]);
    expect(lines.filter((l) => l.event === 'outbox_sweep_incomplete')).toEqual([]);
    expect(await t.store.listUnsent(500)).toHaveLength(0);
  });
});
