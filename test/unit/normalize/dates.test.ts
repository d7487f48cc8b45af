import { dateHintsFor, isPast, normalizeDate, normalizeDateIn } from '../../../shared/normalize/dates';

describe('normalizeDate', () => {
  test.each<[string, string | number | null, string | null]>([
    ['Lever createdAt in epoch milliseconds', 1763370000000, '2025-11-17T09:00:00Z'],
    ['epoch seconds', 1763370000, '2025-11-17T09:00:00Z'],
    ['epoch milliseconds as a string', '1763370000000', '2025-11-17T09:00:00Z'],
    ["Recruitee's published_at", '2026-07-30 19:46:15 UTC', '2026-07-30T19:46:15Z'],
    ['a timestamp with an offset becomes UTC', '2026-11-10T08:00:00-05:00', '2026-11-10T13:00:00Z'],
    ['milliseconds are kept when there are any', '2026-10-07T17:12:35.753+00:00', '2026-10-07T17:12:35.753Z'],
    ['an offset without a colon', '2026-11-10T08:00:00+0200', '2026-11-10T06:00:00Z'],
    ['a timestamp without a zone is read as UTC', '2026-11-10 08:00', '2026-11-10T08:00:00Z'],
    ['a date stays a date', '2026-11-14', '2026-11-14'],
    ['slashes', '2026/11/14', '2026-11-14'],
    ['German day-first with dots', '30.11.2026', '2026-11-30'],
    ['day-first when the first part cannot be a month', '30/11/2026', '2026-11-30'],
    ['month-first when the second part cannot be a month', '11/30/2026', '2026-11-30'],
    ['English month name', 'November 30, 2026', '2026-11-30'],
    ['day before month name', '30 November 2026', '2026-11-30'],
    ['German month name', '30. November 2026', '2026-11-30'],
    ['Spanish month name', '30 de noviembre de 2026', '2026-11-30'],
    ['French month name', '1er décembre 2026', '2026-12-01'],
    ['Japanese date', '2026年11月30日', '2026-11-30'],
    ['ambiguous day and month give nothing rather than a guess', '03/04/2026', null],
    ['an impossible day', '2026-02-30', null],
    ['an impossible hour', '2026-02-03T25:00:00Z', null],
    ['words', 'not a date', null],
    ['relative dates are not resolved (they would make the hash depend on the clock)', '3 days ago', null],
    ['null', null, null],
    ['a negative epoch', -5, null],
  ])('%s: %p → %p', (_name, input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  test.each<[string | null, string, string | null]>([
    ['es', '03/04/2026', '2026-04-03'],
    ['pt-BR', '03/04/2026', '2026-04-03'],
    ['fr-CA', '03/04/2026', '2026-04-03'],
    ['nl', '03-04-2026', '2026-04-03'],
    ['en-GB', '03/04/2026', '2026-04-03'],
    ['en-IN', '03/04/2026', '2026-04-03'],
    ['en-US', '03/04/2026', '2026-03-04'],
    ['en', '03/04/2026', null],
    ['ja', '03/04/2026', null],
    [null, '03/04/2026', null],
    ['en-US', '30/11/2026', '2026-11-30'],
    ['es', '11/30/2026', '2026-11-30'],
  ])("with the writer's locale %p, %p → %p", (language, input, expected) => {
    expect(normalizeDateIn(input, dateHintsFor(language))).toBe(expected);
  });

  test('a date-only deadline lasts until the end of its day', () => {
    expect(isPast('2026-11-14', new Date('2026-11-14T23:00:00Z'))).toBe(false);
    expect(isPast('2026-11-14', new Date('2026-11-15T00:00:01Z'))).toBe(true);
    expect(isPast('2026-11-14T10:00:00Z', new Date('2026-11-14T11:00:00Z'))).toBe(true);
  });
});
