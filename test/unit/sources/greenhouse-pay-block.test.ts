import { parseInput } from '../../../shared/sources/parse-input';
import { normalizeSalary } from '../../../shared/normalize/salary';

const escape = (html: string): string =>
  html.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A Greenhouse board whose one job's escaped content ends with the given pay-transparency ranges. */
const board = (ranges: [string | null, string][], extra: Record<string, unknown> = {}): string => {
  const block = ranges
    .map(
      ([title, range]) =>
        `<div class="pay-input-range">${title === null ? '' : `<div class="title">${title}</div>`}` +
        `<div class="pay-range">${range}</div></div>`,
    )
    .join('');
  return JSON.stringify({
    jobs: [
      {
        id: 12,
        title: 'Engineer',
        absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/12',
        location: { name: 'Denver, CO' },
        content: escape(`<p>Build things.</p><div class="content-pay-transparency">${block}</div>`),
        ...extra,
      },
    ],
  });
};

const span = (low: string, high: string): string =>
  `<span>${low}</span><span class="divider">&mdash;</span><span>${high}</span>`;

const salaryOf = (input: string, country = 'US') => {
  const [raw] = parseInput(input);
  return normalizeSalary({ structured: raw?.salary ?? null, texts: [], bodyText: '', countryHint: country });
};

describe('Greenhouse pay-transparency blocks in the content are the salary', () => {
  test.each([
    [
      'location titles without a pay word, two ranges widen',
      [
        ['New York City &amp; San Francisco Bay Area', span('$215,000', '$260,000 USD')],
        ['Denver, CO', span('$190,000', '$230,000 USD')],
      ] as [string | null, string][],
      'US',
      { min: 190000, max: 260000, currency: 'USD', period: 'YEAR' },
    ],
    [
      'zone titles, Canadian dollars',
      [
        ['Zone 1', span('$140,000', '$165,000 CAD')],
        ['Zone 2', span('$125,000', '$150,000 CAD')],
      ] as [string | null, string][],
      'CA',
      { min: 125000, max: 165000, currency: 'CAD' },
    ],
    [
      'an hourly range whose title names the period',
      [['Hourly Pay Range', span('$24.00', '$31.50 USD')]] as [string | null, string][],
      'US',
      { min: 24, max: 31.5, currency: 'USD', period: 'HOUR' },
    ],
  ])('%s', (_name, ranges, country, expected) => {
    expect(salaryOf(board(ranges), country)).toMatchObject(expected);
  });

  test('a range without a title is read alone; its period, unstated and ambiguous, stays null', () => {
    expect(salaryOf(board([[null, span('$24.00', '$31.50 USD')]]))).toMatchObject({ min: 24, max: 31.5, period: null });
  });

  test('pay_input_ranges, the structured ranges, still win over the block', () => {
    const input = board([['Denver', span('$1', '$2 USD')]], {
      pay_input_ranges: [{ min_cents: 10000000, max_cents: 12000000, currency_type: 'USD', title: 'US' }],
    });
    expect(salaryOf(input)).toMatchObject({ min: 100000, max: 120000 });
  });

  test('content without a pay-range block gives no salary from the parser', () => {
    const input = JSON.stringify({
      jobs: [
        {
          id: 13,
          title: 'Engineer',
          absolute_url: 'https://x.example/13',
          content: '&lt;p&gt;pay-range talk&lt;/p&gt;',
        },
      ],
    });
    expect(parseInput(input)[0]?.salary ?? null).toBeNull();
  });

  test('a block whose range holds no figure gives no salary', () => {
    expect(parseInput(board([['Denver', span('Competitive', 'DOE')]]))[0]?.salary ?? null).toBeNull();
  });
});
