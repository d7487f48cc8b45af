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
/** Currencies in which no monthly salary reaches 20,000, so 20,000 and more is a year's pay. */
const INFER_YEAR = new Set(['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD']);
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

/** Only one period fits: US$20,000–2,000,000 or ¥2,000,000+ a time is a year's pay. */
function inferPeriod(values: number[], currency: string | null): SalaryPeriod | null {
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (currency && INFER_YEAR.has(currency) && low >= 20_000 && high <= 2_000_000) return 'YEAR';
  if (currency === 'JPY' && low >= 2_000_000 && high <= 100_000_000) return 'YEAR';
  return null;
}
