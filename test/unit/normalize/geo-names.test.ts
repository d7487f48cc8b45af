import { normalizeLocations } from '../../../shared/normalize/locations';
import { textsInput as input } from '../../support/location-input';

describe('places are named in English as the English press writes them', () => {
  const rows: [string, string, { city?: string; region?: string | null; country: string }][] = [
    ['a German exonym', 'München', { city: 'Munich', country: 'DE' }],
    ['a German exonym with its country', 'Köln, Deutschland', { city: 'Cologne', country: 'DE' }],
    [
      'a Swiss city with its umlaut, as English usage and GeoNames write it',
      'Zurich',
      { city: 'Zürich', country: 'CH' },
    ],
    ['a French-Swiss exonym', 'Genève', { city: 'Geneva', country: 'CH' }],
    ['a Polish city with its diacritics', 'Kraków', { city: 'Kraków', country: 'PL' }],
    ['a Polish city with a stroke letter', 'Łódź', { city: 'Łódź', country: 'PL' }],
    ['a Brazilian city and state', 'São Paulo - SP', { city: 'São Paulo', region: 'São Paulo', country: 'BR' }],
    ['a Colombian capital', 'Bogotá, Colombia', { city: 'Bogotá', country: 'CO' }],
    ['a Quebec city and province', 'Montréal, Québec', { city: 'Montreal', region: 'Quebec', country: 'CA' }],
    ['a Swedish city', 'Malmö, Sverige', { city: 'Malmö', country: 'SE' }],
    ['a Spanish city', 'Málaga', { city: 'Málaga', country: 'ES' }],
    ['an Austrian capital by its German name', 'Wien', { city: 'Vienna', country: 'AT' }],
    ['an Italian exonym', 'Torino', { city: 'Turin', country: 'IT' }],
    ['a Belgian exonym in Dutch', 'Gent', { city: 'Ghent', country: 'BE' }],
  ];
  test.each(rows)('%s: %s', (_name, text, expected) => {
    const out = normalizeLocations(input([text]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject(expected);
  });

  test('the text keeps the spelling the posting wrote', () => {
    expect(normalizeLocations(input(['Zürich']))[0]?.text).toBe('Zürich');
  });
});

describe('a place that is both a city and its region is the city', () => {
  const rows: [string, string, { city: string; country: string }][] = [
    ['an emirate and its capital', 'Abu Dhabi, United Arab Emirates', { city: 'Abu Dhabi', country: 'AE' }],
    ['an emirate alone', 'Dubai', { city: 'Dubai', country: 'AE' }],
    ['a city-state in Germany', 'Hamburg, Germany', { city: 'Hamburg', country: 'DE' }],
    ['a Japanese prefecture capital', 'Kyoto, Japan', { city: 'Kyoto', country: 'JP' }],
    ['a Mexican capital', 'Mexico City, Mexico', { city: 'Mexico City', country: 'MX' }],
    ['a Vietnamese municipality', 'Hà Nội, Việt Nam', { city: 'Hanoi', country: 'VN' }],
  ];
  test.each(rows)('%s: %s', (_name, text, expected) => {
    const out = normalizeLocations(input([text]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject(expected);
  });
});

describe('cities lie in their regions, whatever name the region goes by', () => {
  const rows: [string, string, { city: string; region: string; country: string }][] = [
    ['a Polish city', 'Poznań', { city: 'Poznań', region: 'Greater Poland Voivodeship', country: 'PL' }],
    [
      'a Polish voivodeship by its Polish name',
      'Katowice, Śląskie',
      { city: 'Katowice', region: 'Silesian Voivodeship', country: 'PL' },
    ],
    ['a Dutch city', 'Rotterdam', { city: 'Rotterdam', region: 'South Holland', country: 'NL' }],
    [
      'a Dutch province by its Dutch name',
      'Haarlem, Noord-Holland',
      { city: 'Haarlem', region: 'North Holland', country: 'NL' },
    ],
    ['a Korean provincial city', 'Pohang', { city: 'Pohang', region: 'North Gyeongsang', country: 'KR' }],
    ['a Scottish city', 'Aberdeen, UK', { city: 'Aberdeen', region: 'Scotland', country: 'GB' }],
  ];
  test.each(rows)('%s: %s', (_name, text, expected) => {
    const out = normalizeLocations(input([text]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject(expected);
  });
});
