import { normalizeLocations } from '../../../shared/normalize/locations';

const places = (text: string) =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: '', countryHint: null }).map((l) => [
    l.city,
    l.region,
    l.country,
  ]);

describe('a town followed by a state written in full is the town in that state, though a city shares the state name', () => {
  it.each([
    ['Kingston, New York', [['Kingston', 'New York', 'US']]],
    ['Kingston, Quebec', [['Kingston', 'Quebec', 'CA']]],
    ['Rome, New York', [['Rome', 'New York', 'US']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    [
      'two major cities',
      'London, New York',
      [
        ['London', 'England', 'GB'],
        ['New York', 'New York', 'US'],
      ],
    ],
    [
      'two US cities',
      'Boston, New York',
      [
        ['Boston', 'Massachusetts', 'US'],
        ['New York', 'New York', 'US'],
      ],
    ],
    [
      'a major city before a province',
      'Toronto, Quebec',
      [
        ['Toronto', 'Ontario', 'CA'],
        ['Quebec City', 'Quebec', 'CA'],
      ],
    ],
    [
      'namesake cities outside the state markets',
      'Tokyo, Osaka',
      [
        ['Tokyo', 'Tokyo', 'JP'],
        ['Osaka', 'Osaka', 'JP'],
      ],
    ],
    [
      'a European list',
      'Munich, Vienna',
      [
        ['Munich', 'Bavaria', 'DE'],
        ['Vienna', 'Vienna', 'AT'],
      ],
    ],
    ['a town alone', 'Kingston', [['Kingston', 'Kingston Parish', 'JM']]],
  ])('stays as read: %s (%s)', (_name, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
