import type { Salary, SalaryPeriod } from '../../schema/posting';

/**
 * Plausibility checks for a salary read from text, so that a misread never passes as a number:
 * min ≤ max, no huge jump between min and max (a unit was missed), amounts that fit their period.
 * A period is inferred from the amount only where no other reading exists (US$120,000 is not monthly).
 */

/** Currencies worth roughly a US dollar or more: one scale of plausible amounts fits them all. */
const STRONG = new Set([
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'ILS',
  'AED',
  'SAR',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'BRL',
  'BGN',
  'RON',
  'HKD',
  'MYR',
  'TRY',
]);
/**
 * Per currency, the amount no monthly salary reaches in practice, so that this much or more (up to a
 * hundred times more) is a year's pay: "5,000만원 ~ 7,000만원" with no period word is a yearly 연봉.
 * Rounded generously above the highest monthly pay postings state, so a month is never taken for a year.
 */
const YEAR_FROM: Record<string, number> = {
  USD: 20_000,
  EUR: 20_000,
  GBP: 20_000,
  CHF: 20_000,
  CAD: 20_000,
  AUD: 20_000,
  NZD: 20_000,
  JPY: 2_000_000,
  KRW: 20_000_000,
  CNY: 150_000,
  TWD: 300_000,
  HKD: 200_000,
  SGD: 30_000,
  INR: 500_000,
  PLN: 60_000,
  CZK: 300_000,
  HUF: 6_000_000,
  SEK: 200_000,
  NOK: 200_000,
  DKK: 200_000,
  BRL: 100_000,
  MXN: 300_000,
  ZAR: 250_000,
};
/** A year's pay is at most this many times the lowest yearly figure (beyond it, a count or a misread). */
const YEAR_SPAN = 100;
/** [lowest, highest] plausible amount per period, in a strong currency. */
const STRONG_RANGE: Record<SalaryPeriod, [number, number]> = {
  HOUR: [1, 1_500],
  DAY: [10, 15_000],
  WEEK: [50, 50_000],
  MONTH: [100, 250_000],
  YEAR: [1_000, 10_000_000],
};
const JPY_RANGE: Record<SalaryPeriod, [number, number]> = {
  HOUR: [100, 100_000],
  DAY: [1_000, 1_000_000],
  WEEK: [5_000, 5_000_000],
  MONTH: [50_000, 20_000_000],
  YEAR: [500_000, 1_000_000_000],
};
/** A range whose top is this many times its bottom was misread (a missing "k", a year, a count). */
const MAX_SPREAD = 20;

/** The salary if it is plausible (period inferred where unambiguous), or the same text with no amounts. */
export function checkSalary(s: Salary): { salary: Salary; parsed: boolean } {
  const values = [s.min, s.max].filter((v): v is number => v !== null);
  const bad = (): { salary: Salary; parsed: boolean } => ({ salary: { ...s, min: null, max: null }, parsed: false });
  if (values.length === 0 || values.some((v) => !Number.isFinite(v) || v < 0)) return bad();
  if (s.min !== null && s.max !== null && (s.min > s.max || (s.min > 0 && s.max / s.min > MAX_SPREAD))) return bad();
  const period = s.period ?? inferPeriod(values, s.currency);
  if (period && !fitsPeriod(values, s.currency, period)) return bad();
  return { salary: { ...s, period }, parsed: true };
}

function scale(currency: string | null): Record<SalaryPeriod, [number, number]> | null {
  if (currency === 'JPY') return JPY_RANGE;
  return currency && STRONG.has(currency) ? STRONG_RANGE : null;
}

function fitsPeriod(values: number[], currency: string | null, period: SalaryPeriod): boolean {
  const range = scale(currency)?.[period];
  if (!range) return true;
  return values.every((v) => v >= range[0] && v <= range[1]);
}

/** Only one period fits: US$20,000–2,000,000 or ₩20,000,000+ a time is a year's pay. */
function inferPeriod(values: number[], currency: string | null): SalaryPeriod | null {
  const from = currency ? YEAR_FROM[currency] : undefined;
  if (from === undefined) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low >= from && high <= from * YEAR_SPAN ? 'YEAR' : null;
}
