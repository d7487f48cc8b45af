/**
 * UTC calendar arithmetic for dates.ts: what `Date` answers, without a `Date`. Every posting's dates pass
 * through here, and `Date#toISOString` alone cost about three times the whole arithmetic (V8 breaks the time
 * down through its date cache on each call), as did building an ISO string only for `Date` to parse it again.
 */

const MS_PER_DAY = 86_400_000;
/** 10000-01-01T00:00:00Z: from here on `toISOString` writes a six-digit signed year, which `isoTimestamp` leaves to it. */
const YEAR_10000 = 253_402_300_800_000;
/** ECMAScript's time value range (TimeClip): beyond it a `Date` is invalid. */
const MAX_TIME = 8.64e15;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Whether a day of a month exists in the proleptic Gregorian calendar `Date.UTC` counts in (month 1-12). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/**
 * `2026-07-30T19:46:15Z` (`2026-07-30T19:46:15.753Z` with milliseconds) of a time value in ms: exactly what
 * `new Date(time).toISOString()` writes with '.000Z' shortened to 'Z', and null where that `Date` is invalid.
 */
export function isoTimestamp(time: number): string | null {
  if (!(Math.abs(time) <= MAX_TIME)) return null;
  const ms = Math.trunc(time) + 0;
  if (ms < 0 || ms >= YEAR_10000) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const days = Math.floor(ms / MS_PER_DAY);
  const clock = ms - days * MS_PER_DAY;
  const second = Math.floor(clock / 1000);
  const milli = clock - second * 1000;
  const clockText = `${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
  return `${civilDate(days)}T${clockText}${milli === 0 ? '' : `.${String(milli).padStart(3, '0')}`}Z`;
}

/**
 * "YYYY-MM-DD" of a count of days since 1970-01-01 (0 <= days, year below 10000): the days-to-civil algorithm
 * of H. Hinnant (https://howardhinnant.github.io/date_algorithms.html#civil_from_days), in 400-year eras.
 */
function civilDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
