import { parseInput } from '../../../shared/sources/parse-input';

/** A Greenhouse board with one job whose pay ranges are the given `pay_input_ranges`. */
const board = (ranges: unknown[]): string =>
  JSON.stringify({
    jobs: [
      {
        id: 11,
        title: 'Engineer',
        absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/11',
        location: { name: 'Remote' },
        content: '&lt;p&gt;Build things.&lt;/p&gt;',
        pay_input_ranges: ranges,
      },
    ],
  });
const range = (title: string, min: number | null, max: number | null, currency = 'USD') => ({
  min_cents: min === null ? null : min * 100,
  max_cents: max === null ? null : max * 100,
  currency_type: currency,
  title,
  blurb: '',
});

describe('Greenhouse pay ranges', () => {
  test.each([
    ['one range', [range('US', 120000, 150000)], { min: 120000, max: 150000, currency: 'USD' }],
    [
      'ranges per city in one currency span the lowest minimum to the highest maximum',
      [range('Zone A', 180000, 220000), range('Zone B', 170000, 210000), range('Zone C', 150000, 190000)],
      { min: 150000, max: 220000, currency: 'USD' },
    ],
    [
      'a range in another currency is left out',
      [
        range('London', 90000, 110000, 'GBP'),
        range('Berlin', 80000, 100000, 'EUR'),
        range('Leeds', 70000, 95000, 'GBP'),
      ],
      { min: 70000, max: 110000, currency: 'GBP' },
    ],
    [
      'a range without a maximum keeps the others',
      [range('Austin', 100000, null), range('Denver', 95000, 120000)],
      { min: 95000, max: 120000, currency: 'USD' },
    ],
  ])('%s', (_name, ranges, expected) => {
    const [posting] = parseInput(board(ranges));
    expect(posting?.salary).toMatchObject(expected);
  });

  test('the text of several ranges names each one', () => {
    const [posting] = parseInput(board([range('New York', 170000, 210000), range('San Francisco', 180000, 220000)]));
    expect(posting?.salary?.text).toBe('New York: 170,000–210,000 USD; San Francisco: 180,000–220,000 USD');
  });
});
