import type { Salary } from '../schema/posting';
import type { RawSalary } from '../schema/raw-posting';
import { resolveCurrency, countryCurrency } from './money/currencies';
import { periodFromStructured, periodOfLabel } from './money/periods';
import { readSalaryText, type SalaryReading } from './money/salary-text';
import { findBodySalary } from './money/salary-body';
import { checkSalary } from './money/salary-sanity';
import { withConventionalPeriod } from './money/pay-conventions';

export interface SalaryInput {
  /** structured salary from the source, if any */
  structured: RawSalary | null;
  /** salary texts from header fields ("2,000 - 3,500 USD (gross)/month", "年収600万円〜900万円") */
  texts: string[];
  /**
   * the label each text stood under, in the order of `texts` ("Monatsgehalt", "hourly rate"; null when
   * none): a label naming a period gives the period to a text that states none ("Monatsgehalt: 3.200 €")
   */
  labels?: ReadonlyArray<string | null>;
  /** the readable body, searched for a salary sentence when no field has one */
  bodyText: string;
  /** ISO alpha-2 of the posting's (first) country, to resolve "$" and default currencies */
  countryHint: string | null;
}

/**
 * Owner: salary. Structured values (Ashby, Lever, Recruitee, JSON-LD, Greenhouse pay ranges) win over
 * header texts, which win over a pay sentence in the body. Never a silent wrong number: when a text has
 * figures that cannot be read safely, the result keeps `text` with `min`/`max` null so the orchestrator
 * can warn `salary_unparsed`. "Negotiable", "Competitive", "応相談" → null.
 */
export function normalizeSalary(input: SalaryInput): Salary | null {
  const country = input.countryHint?.toUpperCase() ?? null;
  const salary = readSalary(input, country);
  // a figure with no period of its own is monthly where the market quotes the month and its size fits that
  return salary ? withConventionalPeriod(salary, country) : salary;
}

function readSalary(input: SalaryInput, country: string | null): Salary | null {
  const fromTexts = readTexts(input.texts, input.labels ?? [], country);
  const structured = input.structured ? fromStructured(input.structured, fromTexts, country) : null;
  if (structured) return structured;
  if (fromTexts.kind === 'salary' && fromTexts.parsed) return fromTexts.salary;
  if (fromTexts.kind === 'negotiable') return null;
  const body = findBodySalary(input.bodyText ?? '', country);
  if (body.kind === 'salary') return body.salary;
  // a field whose figures are not pay ("$10,000 Sign-On Bonus" cut from a title) yields to a pay sentence
  // in the body; with none there, it is kept as written so the posting warns salary_unparsed
  return fromTexts.kind === 'salary' ? fromTexts.salary : null;
}

/** The first header text that reads as a salary; an unreadable one only if no other reads. */
function readTexts(texts: string[], labels: ReadonlyArray<string | null>, country: string | null): SalaryReading {
  let fallback: SalaryReading = { kind: 'none' };
  for (const [i, text] of texts.entries()) {
    const reading = readSalaryText(text, { country, explicit: true, period: periodOfLabel(labels[i]) });
    if (reading.kind === 'salary' && reading.parsed) return reading;
    if (reading.kind === 'salary' || (reading.kind === 'negotiable' && fallback.kind === 'none')) fallback = reading;
  }
  return fallback;
}

/** A structured salary, completed from the texts where it lacks a currency or period. */
function fromStructured(raw: RawSalary, texts: SalaryReading, country: string | null): Salary | null {
  const min = finite(raw.min);
  const max = finite(raw.max);
  const fromText = texts.kind === 'salary' ? texts.salary : null;
  const rawText = raw.text?.trim() ?? '';
  if (min === null && max === null) {
    if (!rawText) return null;
    const reading = readSalaryText(rawText, { country, explicit: true });
    return reading.kind === 'salary' ? reading.salary : null;
  }
  const [low, high] = min !== null && max !== null && min > max ? [max, min] : [min, max];
  const currency = resolveCurrency(raw.currency, country) ?? fromText?.currency ?? countryCurrency(country);
  const period = periodFromStructured(raw.period) ?? fromText?.period ?? null;
  const text = rawText || fromText?.text || describe(low, high, currency, period);
  // A structured value is the source's own figure: trust it, but still infer a missing period safely.
  const checked = checkSalary({ min: low, max: high, currency, period, text });
  return checked.parsed ? checked.salary : { min: low, max: high, currency, period, text };
}

function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function describe(min: number | null, max: number | null, currency: string | null, period: string | null): string {
  const amount =
    min !== null && max !== null && min !== max
      ? `${min}–${max}`
      : min === null
        ? `up to ${max}`
        : max === null
          ? `from ${min}`
          : `${min}`;
  return [amount, currency, period ? `per ${period.toLowerCase()}` : null].filter(Boolean).join(' ');
}
