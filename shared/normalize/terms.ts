import type { Terms } from '../schema/posting';

/** Owner: terms. Probation months and paid leave days from the posting's lines (any supported language). */
export function extractTerms(_lines: string[]): Terms {
  return { probationMonths: null, paidLeaveDays: null };
}
