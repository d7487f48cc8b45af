import { oneWebhookIdPerVersion, webhookPosting } from '../../reliability/scenarios/webhook-checks';

/**
 * The kill-mid-delivery row's check (test/reliability/scenarios/fault-kill-delivery.ts): a posting version a
 * partner accepted more than once passes only when every copy carried the same `webhook-id`.
 */

/** A webhook as the campaign's partner receiver records an accepted one. */
const accepted = (webhookId: string, data: Record<string, unknown>) => ({
  headers: { 'webhook-id': webhookId, 'webhook-timestamp': '1772355600', 'webhook-signature': 'v1,c2ln' },
  payload: { type: 'posting.published', timestamp: '2026-03-01T09:00:00Z', data },
});

type Case = [name: string, passes: boolean, requests: Array<ReturnType<typeof accepted>>];

const cases: Case[] = [
  [
    'each version once',
    true,
    [accepted('chg_1', { id: 'p1', version: 1 }), accepted('chg_2', { id: 'p2', version: 1 })],
  ],
  [
    'a repeat of one version under its id (sent, the process killed before it recorded the answer, redelivered)',
    true,
    [
      accepted('chg_1', { id: 'p1', version: 1 }),
      accepted('chg_2', { id: 'p2', version: 1 }),
      accepted('chg_1', { id: 'p1', version: 1 }),
    ],
  ],
  [
    'two versions of one posting, each under its own id',
    true,
    [accepted('chg_1', { id: 'p1', version: 1 }), accepted('chg_3', { id: 'p1', version: 2 })],
  ],
  [
    'a repeat naming the posting under `posting`, as some formats do',
    true,
    [
      accepted('chg_1', { posting: { id: 'p1', version: 1 } }),
      accepted('chg_1', { posting: { id: 'p1', version: 1 } }),
    ],
  ],
  [
    'one version under two ids: two messages for one change',
    false,
    [accepted('chg_1', { id: 'p1', version: 1 }), accepted('chg_9', { id: 'p1', version: 1 })],
  ],
  [
    'one version under two ids, named at the top level once and under `posting` once',
    false,
    [accepted('chg_1', { id: 'p1', version: 1 }), accepted('chg_9', { posting: { id: 'p1', version: 1 } })],
  ],
  ['nothing accepted', true, []],
];

describe('one webhook-id per posting version', () => {
  it.each(cases)('%s: passes %s', (_name, passes, requests) => {
    expect(oneWebhookIdPerVersion(requests)).toBe(passes);
  });
});

describe('the posting a webhook names', () => {
  it.each([
    [
      { id: 'p1', version: 3 },
      { id: 'p1', version: 3 },
    ],
    [{ posting: { id: 'p1', version: 2 } }, { id: 'p1', version: 2 }],
    [{ id: 'p1' }, { id: 'p1', version: 0 }],
    [null, { id: undefined, version: 0 }],
  ])('%j names %j', (data, expected) => {
    expect(webhookPosting(data)).toEqual(expected);
  });
});
