import { normalizeLocations } from '../../../shared/normalize/locations';

const located = (text: string) =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint: null });

describe('a state or country code after a slash qualifies the city before it', () => {
  const rows: [string, string, string, string, string][] = [
    ['Brazilian city/state', 'Curitiba/PR', 'Curitiba', 'Paraná', 'BR'],
    ['Brazilian city/state of two words', 'Belo Horizonte/MG', 'Belo Horizonte', 'Minas Gerais', 'BR'],
    ['spaces around the slash', 'Recife / PE', 'Recife', 'Pernambuco', 'BR'],
    ['a US state code', 'Austin/TX', 'Austin', 'Texas', 'US'],
    ['a country code', 'Berlin/DE', 'Berlin', 'Berlin', 'DE'],
  ];
  test.each(rows)('%s: "%s" is one place', (_label, text, city, region, country) => {
    expect(located(text)).toEqual([expect.objectContaining({ city, region, country })]);
  });
});

describe('what a slash separates stays two places when the second is no code of the first', () => {
  const rows: [string, string, [string | null, string][]][] = [
    [
      'a country the city is not in',
      'Berlin/NL',
      [
        ['Berlin', 'DE'],
        [null, 'NL'],
      ],
    ],
    [
      'two city codes',
      'NYC/LA',
      [
        ['New York', 'US'],
        ['Los Angeles', 'US'],
      ],
    ],
    [
      'two cities',
      'Lisboa/Porto',
      [
        ['Lisbon', 'PT'],
        ['Porto', 'PT'],
      ],
    ],
  ];
  test.each(rows)('%s: "%s"', (_label, text, places) => {
    expect(located(text).map((l) => [l.city, l.country])).toEqual(places);
  });
});
