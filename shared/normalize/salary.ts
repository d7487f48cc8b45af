import type { Salary } from '../schema/posting';
import type { RawSalary } from '../schema/raw-posting';

export interface SalaryInput {
  /** structured salary from the source, if any */
  structured: RawSalary | null;
  /** salary texts from header fields ("2,000 - 3,500 USD (gross)/month", "年収600万円〜900万円") */
  texts: string[];
  /** the readable body, searched for a salary sentence when no field has one */
  bodyText: string;
  /** ISO alpha-2 of the posting's (first) country, to resolve "$" and default currencies */
  countryHint: string | null;
}

/** Owner: salary. Never a silent wrong number: when unsure, keep `text` and leave numbers null. */
export function normalizeSalary(_input: SalaryInput): Salary | null {
  return null;
}
