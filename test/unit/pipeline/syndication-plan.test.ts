import { PartnerConfig, PartnerFilter, PartnerHealth, type StoredPartner } from '../../../shared/schema/partner';
import type { SyndicationRecord } from '../../../shared/schema/syndication';
import { goalFor, operationFor } from '../../../shared/pipeline/syndication-plan';
import { filterMismatches } from '../../../shared/pipeline/partner-filter';
import { newRecord, settle, startChange } from '../../../shared/pipeline/syndication-record';
import { makePosting } from '../boards/posting-fixture';

const partner = (overrides: Record<string, unknown> = {}, health: Partial<PartnerHealth> = {}): StoredPartner => ({
  config: PartnerConfig.parse({
    id: 'hook',
    name: 'Hook Board',
    format: 'webhook',
    delivery: 'webhook',
    webhook: { url: 'https://h.example/in', secretRef: 'secret:h' },
    ...overrides,
  }),
  health: { ...PartnerHealth.parse({}), ...health },
  updatedAt: '2026-03-01T00:00:00.000Z',
});
const record = (overrides: Partial<SyndicationRecord> = {}): SyndicationRecord => ({
  ...newRecord(makePosting().id, 'hook', 'publish', '2026-03-01T00:00:00.000Z'),
  ...overrides,
});
const context = { defaults: {}, publicBaseUrl: 'https://jobs.example' };
const limits = { historyLimit: 3, appliedEventLimit: 2 };

describe('what a (posting, partner) pair should look like', () => {
  it.each([
    ['a new valid posting is published', record(), makePosting(), partner(), { present: true, version: 1 }, 'publish'],
    [
      'a live posting at the same version needs nothing',
      record({ status: 'live', deliveredVersion: 1 }),
      makePosting(),
      partner(),
      { present: true, version: 1 },
      null,
    ],
    [
      'a live posting with a newer version is updated',
      record({ status: 'live', deliveredVersion: 1 }),
      makePosting({ version: 2 }),
      partner(),
      { present: true, version: 2 },
      'update',
    ],
    [
      'a closed live posting is withdrawn',
      record({ status: 'live', deliveredVersion: 1 }),
      makePosting({ status: 'closed' }),
      partner(),
      { present: false, status: 'withdrawn' },
      'withdraw',
    ],
    [
      'HR withdrawing a live posting withdraws it',
      record({ status: 'live', deliveredVersion: 1, desired: 'withdraw' }),
      makePosting(),
      partner(),
      { present: false, status: 'withdrawn' },
      'withdraw',
    ],
    [
      'a posting never delivered and withdrawn needs no call',
      record({ desired: 'withdraw' }),
      makePosting(),
      partner(),
      { present: false, status: 'withdrawn' },
      null,
    ],
    [
      'a duplicate is rejected',
      record(),
      makePosting({ duplicateOf: 'canonical' }),
      partner(),
      { present: false, status: 'rejected' },
      null,
    ],
    [
      'an inactive partner rejects',
      record(),
      makePosting(),
      partner({ active: false }),
      { present: false, status: 'rejected' },
      null,
    ],
    [
      'a disabled endpoint fails',
      record(),
      makePosting(),
      partner({}, { endpointDisabledAt: '2026-03-01T00:00:00.000Z' }),
      { present: false, status: 'failed' },
      null,
    ],
    [
      'a posting the board refuses is rejected',
      record(),
      makePosting({ title: '' }),
      partner(),
      { present: false, status: 'rejected' },
      null,
    ],
    [
      'a live posting the board now refuses is withdrawn',
      record({ status: 'live', deliveredVersion: 1 }),
      makePosting({ title: '', version: 2 }),
      partner(),
      { present: false, status: 'rejected' },
      'withdraw',
    ],
    [
      'a posting outside the partner filter is rejected',
      record(),
      makePosting(),
      partner({ filter: { countries: ['US'] } }),
      { present: false, status: 'rejected' },
      null,
    ],
  ])('%s', (_name, rec, posting, p, goal, operation) => {
    const result = goalFor(rec, posting, p, context);
    expect(result).toMatchObject(goal);
    expect(operationFor(rec, result)).toBe(operation);
  });

  it('a duplicate says which posting is syndicated instead', () => {
    const goal = goalFor(record(), makePosting({ duplicateOf: 'canonical123' }), partner(), context);
    expect(!goal.present && goal.reasons[0]).toMatchObject({
      code: 'POSTING.DUPLICATE',
      message: expect.stringContaining('canonical123'),
    });
  });
});

describe('syndication records', () => {
  it('keep the change id across retries of the same change, and give a new change a new id', () => {
    const started = startChange(record(), 'publish', 1, '2026-03-01T00:00:00.000Z');
    const retried = startChange({ ...started, attempts: 3 }, 'publish', 1, '2026-03-01T00:05:00.000Z');
    expect(retried.pendingChange?.id).toBe(started.pendingChange?.id);
    expect(retried.attempts).toBe(3);
    const next = startChange(retried, 'update', 2, '2026-03-01T00:06:00.000Z');
    expect(next.pendingChange?.id).not.toBe(started.pendingChange?.id);
    expect(next.attempts).toBe(0);
  });

  it('keep a short history and the last applied event ids', () => {
    let r = record();
    for (const [i, status] of (['live', 'withdrawn', 'live', 'withdrawn'] as const).entries()) {
      r = settle(
        r,
        status === 'live' ? { present: true, version: i + 1 } : { present: false, status, reasons: [] },
        `evt-${i}`,
        `2026-03-0${i + 1}T00:00:00.000Z`,
        limits,
      );
    }
    expect(r.history.map((h) => h.cause)).toEqual(['evt-1', 'evt-2', 'evt-3']);
    expect(r.appliedEventIds).toEqual(['evt-2', 'evt-3']);
    expect(r).toMatchObject({ status: 'withdrawn', deliveredVersion: null, pendingChange: null, attempts: 0 });
  });
});

describe('partner filters', () => {
  it.each([
    ['no filter takes everything', {}, []],
    ['a matching country', { countries: ['DE'] }, []],
    ['another country', { countries: ['US', 'CA'] }, ['PARTNER.FILTER_COUNTRIES']],
    ['a city, whatever its case', { cities: ['berlin'] }, []],
    ['a workplace the posting lacks', { workplaces: ['remote'] }, ['PARTNER.FILTER_WORKPLACES']],
    ['a department', { departments: ['Sales'] }, ['PARTNER.FILTER_DEPARTMENTS']],
    ['an employment type', { employmentTypes: ['FULL_TIME'] }, []],
    ['a source', { sources: ['other-source'] }, ['PARTNER.FILTER_SOURCES']],
    ['a tag the posting lacks', { tags: ['graduate'] }, ['PARTNER.FILTER_TAGS']],
  ])('%s', (_name, filter, codes) => {
    const full = PartnerFilter.parse(filter);
    expect(filterMismatches(makePosting(), full, 'Board').map((r) => r.code)).toEqual(codes);
  });

  it('says what the partner takes and what the posting has', () => {
    const [reason] = filterMismatches(
      makePosting(),
      {
        countries: ['US', 'CA'],
        cities: [],
        workplaces: [],
        departments: [],
        employmentTypes: [],
        sources: [],
        tags: [],
      },
      'US Board',
    );
    expect(reason?.message).toBe('US Board only takes postings in countries US, CA; this posting has DE');
  });
});
