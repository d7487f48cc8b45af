import type { EmploymentType } from '../schema/posting';

export interface EmploymentTypeInput {
  /** values the source gave ("Full Time", "FullTime", "permanent", "Vollzeit", "正社員", "FULL_TIME") */
  values: string[];
  title: string;
  /** header texts that may mention the type */
  texts: string[];
  bodyText: string;
}

/** Owner: employment types. schema.org values, in a stable order, no duplicates. */
export function normalizeEmploymentTypes(_input: EmploymentTypeInput): EmploymentType[] {
  return [];
}
