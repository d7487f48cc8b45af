import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../../shared/adapters/http/backoff';

describe('backoff and Retry-After', () => {
  const policy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 4_000 };

  it.each([
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [4, 4_000],
    [5, 4_000],
  ])('the ceiling before retry %i is %i ms', (retry, ceiling) => {
    expect(backoffDelay(policy, retry, () => 1)).toBe(ceiling);
  });

  it('draws the wait uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelay(policy, 3, () => 0)).toBe(0);
    expect(backoffDelay(policy, 3, () => 0.25)).toBe(500);
  });

  const now = new Date('2026-03-01T09:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sun, 01 Mar 2026 09:01:00 GMT', 60_000],
    ['Sun, 01 Mar 2026 08:00:00 GMT', 0],
    ['soon', null],
    [undefined, null],
  ])('Retry-After %p means %p ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [400, false],
    [404, false],
    [200, false],
  ])('status %i is retried: %p', (status, retried) => {
    expect(isRetryableStatus(status)).toBe(retried);
  });
});
