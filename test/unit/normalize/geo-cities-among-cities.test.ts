import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const read = (text: string) =>
  parseLocationText(text, { countryHint: null, contextCountries: new Set<string>() }).map((l) => [
    l.city,
    l.region,
    l.country,
  ]);

describe('in a list of cities, a name both a state and a major city is the city', () => {
  it.each([
    [
      'New York, Washington',
      [
        ['New York', 'New York', 'US'],
        ['Washington', 'District of Columbia', 'US'],
      ],
    ],
    [
      'Washington, New York',
      [
        ['Washington', 'District of Columbia', 'US'],
        ['New York', 'New York', 'US'],
      ],
    ],
    [
      'Chicago, New York, Washington',
      [
        ['Chicago', 'Illinois', 'US'],
        ['New York', 'New York', 'US'],
        ['Washington', 'District of Columbia', 'US'],
      ],
    ],
    [
      'Boston / Washington',
      [
        ['Boston', 'Massachusetts', 'US'],
        ['Washington', 'District of Columbia', 'US'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // a town written with its state is one place
    ['Seattle, Washington', [['Seattle', 'Washington', 'US']]],
    ['Spokane, Washington', [['Spokane', 'Washington', 'US']]],
    // a list of states keeps its states; a name alone keeps its usual reading
    [
      'Texas, Washington',
      [
        [null, 'Texas', 'US'],
        [null, 'Washington', 'US'],
      ],
    ],
    ['Washington', [[null, 'Washington', 'US']]],
    // cities only: nothing to change
    [
      'Berlin, Hamburg',
      [
        ['Berlin', 'Berlin', 'DE'],
        ['Hamburg', 'Hamburg', 'DE'],
      ],
    ],
  ])('counter-case: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
