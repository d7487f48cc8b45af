import { alertIdOf, StuckTally, type StuckPair } from '../../../shared/pipeline/stuck-syndication-report';
import { SYNDICATION_STUCK_EVENT } from '../../../shared/pipeline/sweep-syndications';
import type { SyndicationRecord } from '../../../shared/schema/syndication';
import { recordingLogger } from '../../support/recording-logger';

/**
 * The alert ids a stuck-syndication line names (`alertIds`): one per pair, the claim's, carried by a take-over,
 * so a line logged again for a claim already alerted on names the same ids.
 */

const SINCE = '2026-03-01T08:00:00.000Z';
const CLAIMED = '2026-03-01T08:30:00.000Z';
const TAKEN = '2026-03-01T08:45:00.000Z';

function record(postingId: string, partnerId: string, resent?: SyndicationRecord['resent']): SyndicationRecord {
  return {
    id: `${postingId}__${partnerId}`,
    postingId,
    partnerId,
    status: 'pending',
    desired: 'publish',
    deliveredVersion: null,
    appliedEventIds: [],
    history: [],
    ...(resent ? { resent } : {}),
    createdAt: SINCE,
    updatedAt: resent?.lastAt ?? SINCE,
  } as unknown as SyndicationRecord;
}

const pair = (marked: SyndicationRecord | null | undefined, action: StuckPair['action'] = 'resend'): StuckPair => ({
  record: record('p1', 'hook'),
  since: SINCE,
  action,
  lagging: false,
  ...(marked === undefined ? {} : { marked }),
});

describe('alertIdOf', () => {
  it.each([
    [
      'a fresh claim: the record and the claim instant',
      pair(record('p1', 'hook', { since: SINCE, count: 1, lastAt: CLAIMED })),
      `p1__hook@${CLAIMED}`,
    ],
    [
      'a fresh flagged claim: the same',
      pair(record('p1', 'hook', { since: SINCE, count: 1, lastAt: CLAIMED, alertPending: true })),
      `p1__hook@${CLAIMED}`,
    ],
    [
      'a take-over: the id of the claim it took over, not its own instant',
      pair(
        record('p1', 'hook', {
          since: SINCE,
          count: 2,
          lastAt: TAKEN,
          alertPending: true,
          alertId: `p1__hook@${CLAIMED}`,
        }),
      ),
      `p1__hook@${CLAIMED}`,
    ],
    ['settled in place (no claim): the record and its stuck spell', pair(null, 'settle'), `p1__hook@${SINCE}`],
  ])('%s', (_case, stuck, id) => {
    expect(alertIdOf(stuck)).toBe(id);
  });

  it('differs between two claims of the same pair (counter-case: a new stuck spell is a new alert)', () => {
    const first = pair(record('p1', 'hook', { since: SINCE, count: 1, lastAt: CLAIMED }));
    const second = pair(record('p1', 'hook', { since: SINCE, count: 2, lastAt: TAKEN }));
    expect(alertIdOf(first)).not.toBe(alertIdOf(second));
  });
});

describe('the stuck alert line', () => {
  it('names every pair of the partner in alertIds, past the ten posting ids it lists', () => {
    const { logger, lines } = recordingLogger();
    const tally = new StuckTally(new Date(TAKEN));
    const pairs = Array.from({ length: 12 }, (_, i) => {
      const stuck = record(`p${i}`, 'hook', { since: SINCE, count: 1, lastAt: CLAIMED, alertPending: true });
      return { record: stuck, since: SINCE, action: 'resend' as const, lagging: false, marked: stuck };
    });
    tally.alert(logger, pairs);
    const [line] = lines.filter((l) => l.fields.event === SYNDICATION_STUCK_EVENT);
    expect(line?.fields.postingIds).toHaveLength(10);
    expect(line?.fields.alertIds).toEqual(pairs.map((p) => `${p.record.id}@${CLAIMED}`));
  });
});
