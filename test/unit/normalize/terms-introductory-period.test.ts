import { extractTerms } from '../../../shared/normalize/terms';

describe("the US 'introductory period' is the probation", () => {
  test.each([
    ['We offer a 90-day introductory period.', 3],
    ['Introductory period of 90 days', 3],
    ['Introductory period: 6 months', 6],
    ['All new hires complete a six-month introductory period.', 6],
  ])('%s -> %d months', (line, months) => expect(extractTerms([line]).probationMonths).toBe(months));

  test.each([['An introductory period offer of 20% off'], ['Introductory period pricing for new clients']])(
    'counter-case: %s states no probation',
    (line) => expect(extractTerms([line]).probationMonths).toBeNull(),
  );
});
