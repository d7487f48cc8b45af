import { normalizeLocations } from '../../../shared/normalize/locations';

const read = (text: string, body = '') =>
  normalizeLocations({ raw: [], texts: [text], workplace: null, bodyText: body, countryHint: null }).map((l) => [
    l.city,
    l.workplace,
  ]);

describe('the office word alone in brackets after a place makes work there on-site', () => {
  it.each([
    [
      'uk, beside a remote option',
      'Львів (офіс) або віддалено по Україні',
      [
        ['Lviv', 'onsite'],
        [null, 'remote'],
      ],
    ],
    [
      'en',
      'Berlin (Office) or remote',
      [
        ['Berlin', 'onsite'],
        [null, 'remote'],
      ],
    ],
    ['pl', 'Kraków (biuro)', [['Kraków', 'onsite']]],
    ['cs', 'Praha (kancelář)', [['Prague', 'onsite']]],
    ['ru', 'Москва (офис)', [['Moscow', 'onsite']]],
  ])('%s: %s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('office days in the body still make it hybrid', () => {
    expect(read('Berlin (Office)', 'We offer 2 days remote per week.')).toEqual([['Berlin', 'hybrid']]);
  });

  it.each([
    ['pl, the office named before the place', 'Biuro w Warszawie', [['Warsaw', null]]],
    ['en, office in', 'Office in Berlin', [['Berlin', null]]],
    ['en, the office after the city', 'Berlin Office', [['Berlin', null]]],
  ])('no arrangement outside brackets: %s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
