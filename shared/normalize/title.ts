import type { Seniority } from '../schema/posting';

export interface CleanTitle {
  title: string;
  /** what was removed from the raw title, as hints for other fields */
  removed: { employmentType: string | null; location: string | null; code: string | null; salary: string | null };
}

/** Owner: title. Removes gender markers "(m/w/d)", codes, salary, trailing employment type or location. */
export function cleanTitle(raw: string): CleanTitle {
  return { title: raw.trim(), removed: { employmentType: null, location: null, code: null, salary: null } };
}

export interface SeniorityInput {
  title: string;
  /** seniority as the source gave it ("Mid-Senior Level", "experienced"), if any */
  sourceValue: string | null;
  /** body text (years of experience etc.) */
  text: string;
}

/** Owner: title. The seniority from title first, then the source's value, then the text. */
export function detectSeniority(_input: SeniorityInput): Seniority | null {
  return null;
}
