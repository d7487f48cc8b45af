import type { EmploymentTypeInput } from '../../shared/normalize/employment-types';

/** An employment-type input with nothing in it but what the test gives. */
export const employmentInput = (over: Partial<EmploymentTypeInput>): EmploymentTypeInput => ({
  values: [],
  title: '',
  texts: [],
  bodyText: '',
  ...over,
});
