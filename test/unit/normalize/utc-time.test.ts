import fc from 'fast-check';
import { normalizeDate } from '../../../shared/normalize/dates';
import { isCalendarDay, isoTimestamp } from '../../../shared/normalize/utc-time';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/** What `Date` writes for a time value: the answer `isoTimestamp` computes without one. */
function byDate(time: number): string | null {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace('.000Z', 'Z');
}

/** The ISO-like reading as it was before the arithmetic: an ISO string built from the parts, parsed by `Date`. */
function byDateParser(text: string): string | null {
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i.exec(
      text,
    );
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const valid = year >= 1970 && year <= 2999 && new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
  if (!valid || month < 1 || month > 12 || day < 1) return null;
  const pad = (n: string | number): string => String(n).padStart(2, '0');
  if (h === undefined) return `${year}-${pad(month)}-${pad(day)}`;
  if (Number(h) > 23) return null;
  const offset =
    !zone || /^(z|utc|gmt)$/i.test(zone) ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return byDate(
    new Date(`${y}-${pad(mo ?? '')}-${pad(d ?? '')}T${pad(h)}:${mi}:${s ?? '00'}${frac ?? ''}${offset}`).getTime(),
  );
}

const digits = (min: number, max: number, width: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));

/** ISO-like texts with every part drawn past its limits too: month 0-19, day 0-39, minute and second to 99, long fractions, odd offsets. */
const isoLikeText = fc
  .tuple(
    fc.oneof(digits(1965, 2005, 4), digits(2990, 3005, 4), digits(2020, 2030, 4)),
    fc.constantFrom('-', '/', '.'),
    fc.oneof(digits(0, 19, 1), digits(0, 19, 2)),
    fc.oneof(digits(0, 39, 1), digits(0, 39, 2)),
    fc.option(
      fc.tuple(
        fc.constantFrom('T', ' ', 't', 'T ', '  '),
        fc.oneof(digits(0, 29, 1), digits(0, 29, 2)),
        digits(0, 99, 2),
        fc.option(fc.tuple(digits(0, 99, 2), fc.option(fc.stringMatching(/^\.\d{1,14}$/)))),
        fc.constantFrom('', ' '),
        fc.option(
          fc.oneof(
            fc.constantFrom('Z', 'z', 'UTC', 'utc', 'GMT'),
            fc
              .tuple(fc.constantFrom('+', '-'), digits(0, 29, 2), fc.constantFrom(':', ''), digits(0, 99, 2))
              .map((parts) => parts.join('')),
          ),
        ),
      ),
    ),
  )
  .map(([year, sep, month, day, time]) => {
    if (!time) return `${year}${sep}${month}${sep}${day}`;
    const [gap, hour, minute, seconds, space, zone] = time;
    const sec = seconds ? `:${seconds[0]}${seconds[1] ?? ''}` : '';
    return `${year}${sep}${month}${sep}${day}${gap}${hour}:${minute}${sec}${zone ? space + zone : ''}`;
  });

describe('UTC time arithmetic', () => {
  test('isoTimestamp writes what Date#toISOString writes, for any time value', () => {
    const times = fc.oneof(
      fc.integer({ min: 0, max: 253_402_300_799_999 }),
      fc.double({ min: -1e16, max: 1e16, noNaN: false }),
      fc.constantFrom(0, -0, 0.5, 999.9, 951_782_400_000, 253_402_300_800_000, 8.64e15, 8.64e15 + 1, -1, Infinity, NaN),
    );
    fc.assert(
      fc.property(times, (time) => {
        expect(isoTimestamp(time)).toBe(byDate(time));
      }),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
  });

  test('isCalendarDay agrees with the day Date.UTC lands on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 3000 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const lands = m >= 1 && m <= 12 && d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCMonth() === m - 1;
          expect(isCalendarDay(y, m, d)).toBe(lands);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 5000 },
    );
    expect([isCalendarDay(2024, 2, 29), isCalendarDay(2100, 2, 29), isCalendarDay(2000, 2, 29)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  test('an ISO-like date reads as Date parsed it, for parts in and out of range', () => {
    fc.assert(
      fc.property(isoLikeText, (text) => {
        expect(normalizeDate(text)).toBe(byDateParser(text));
      }),
      { seed: FUZZ_SEED, numRuns: 20_000 },
    );
  });

  test.each([
    '2026-11-10T09:00:00-04:00',
    '2026-10-07T17:12:35.753+00:00',
    '2026-11-05 10:00:00 UTC',
    '2026-12-31T23:30:00-01:00',
    '2028-02-28T23:00:00-02:00',
    '2026-03-01T00:30:00+01:00',
    '2026-07-30T19:46:15.1234567891234Z',
    '2026-07-30T19:60:00Z',
    '2026-07-30T19:46:60Z',
    '2026-07-30T19:46:15+24:00',
    '2026-07-30T19:46:15+05:60',
    '2999-12-31T23:59:59-23:59',
    '1970-01-01T00:00:00+00:01',
  ])('%s reads as Date parsed it', (text) => {
    expect(normalizeDate(text)).toBe(byDateParser(text));
  });
});
