import request from 'supertest';
import { EmbeddedEventBus, toPushBody, type Delivery } from '../../../shared/adapters/embedded/embedded-event-bus';
import { silentLogger } from '../../../shared/adapters/logging/cloud-logger';
import { SAMPLE_POSTING, startHostileRig, type HostileRig } from '../../support/hostile-rig';

/**
 * Pub/Sub push is at-least-once and, across ordering keys and retries, not in order: the same posting event
 * arrives several times (at once, and later), and an older version can arrive after a newer one. The partner
 * must receive each change once, and end in the state of the newest version, with the records saying so.
 */

jest.setTimeout(120_000);
let rig: HostileRig;
let tap: EmbeddedEventBus;
const recorded: Delivery[] = [];

beforeAll(async () => {
  rig = await startHostileRig();
  // a second bus on the same queue, with only a recording subscription: it sees every posting event
  // without delivering it, so the test can replay events as Pub/Sub would (duplicated, reordered)
  tap = new EmbeddedEventBus({ dataDir: rig.dataDir, logger: silentLogger });
  tap.subscribe({ name: 'tap', topic: 'posting-events', handler: async (d) => void recorded.push(d) });
}, 60_000);
afterAll(async () => {
  await tap?.close();
  await rig?.close();
});

const push = (delivery: Delivery, attempt = 1) =>
  request(rig.server('deliverSyndication'))
    .post('/')
    .timeout({ deadline: 30_000 })
    .send(toPushBody({ ...delivery, deliveryAttempt: attempt }));

/** Updates the posting's title through the API; returns the posting event it caused (recorded, undelivered). */
async function update(title: string): Promise<Delivery> {
  const res = await request(rig.server('ingestPosting'))
    .post('/postings')
    .set('authorization', `Bearer ${rig.keys.hr}`)
    .send({ type: 'posting', externalId: 'job-1', company: 'Acme Corp', posting: SAMPLE_POSTING(title) });
  expect(res.body.results[0].status).toBe('updated');
  await tap.drain();
  const event = recorded.find((d) => JSON.stringify(d.data).includes(title));
  if (!event) throw new Error(`no event recorded for "${title}"`);
  return event;
}

const updatesAtPartner = () =>
  rig.receiver.accepted('/hook').filter((r) => r.verified && r.payload?.type === 'posting.updated');

describe('duplicate and out-of-order posting events', () => {
  it('delivers an event pushed five times at once, and again later, to the partner once', async () => {
    const event = await update('Staff Reliability Engineer');
    const before = updatesAtPartner().length;
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => push(event, n)));
    for (const answer of answers) expect(answer.status).toBeLessThan(300);
    await rig.drain(); // the subscription's own copy arrives too
    expect((await push(event, 6)).status).toBe(200);
    const delivered = updatesAtPartner().slice(before);
    expect(delivered).toHaveLength(1);
    expect(new Set(delivered.map((r) => r.headers['webhook-id'])).size).toBe(1);
  });

  it('ends the partner on the newest version when an older event arrives after a newer one', async () => {
    const older = await update('Principal Reliability Engineer');
    const newer = await update('Distinguished Reliability Engineer');
    expect((await push(newer)).status).toBe(200);
    expect((await push(older)).status).toBe(200);
    await rig.drain();
    const record = await rig.store.getSyndication(rig.postingId, 'hooked');
    const posting = await rig.store.getPosting(rig.postingId);
    expect(record).toMatchObject({ status: 'live', deliveredVersion: posting!.version });
    const last = updatesAtPartner().at(-1)!;
    expect(last.body).toContain('Distinguished Reliability Engineer');
    // every webhook the partner accepted carried a different id: nothing was delivered twice
    const ids = rig.receiver.accepted('/hook').map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps feed partners on the newest version after the replays', async () => {
    const feed = await request(rig.server('serveFeed')).get('/feeds/feed-a.xml').set('x-api-key', rig.keys.feedA);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('Distinguished Reliability Engineer');
    expect(feed.text).not.toContain('Principal Reliability Engineer');
  });
});
