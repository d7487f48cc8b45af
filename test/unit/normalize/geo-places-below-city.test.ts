import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const ctx = { countryHint: null, contextCountries: new Set<string>() };
const read = (text: string) => parseLocationText(text, ctx).map((l) => [l.city, l.region, l.country]);

// The convention (curated-places.ts MUNICIPAL_WARDS): Tokyo's special wards are municipalities, the wards of
// other cities and Seoul's or Shanghai's districts are parts of their city, a suburb that is a city of its own
// keeps its name beside the metropolis around it.
describe('places below and beside the city', () => {
  it.each([
    // Tokyo's 23 special wards: the ward is the city, the metropolis its region
    ['東京都渋谷区', 'Shibuya', 'Tokyo', 'JP'],
    ['東京都渋谷区神南1-2-3', 'Shibuya', 'Tokyo', 'JP'],
    ['東京都港区六本木6-10-1', 'Minato', 'Tokyo', 'JP'],
    ['東京都中央区銀座4-1', 'Chuo', 'Tokyo', 'JP'],
    ['東京都江戸川区', 'Edogawa', 'Tokyo', 'JP'],
    ['Shibuya-ku, Tokyo', 'Shibuya', 'Tokyo', 'JP'],
    ['Ota-ku, Tokyo', 'Ota', 'Tokyo', 'JP'],
    ['Tokyo (Minato-ku)', 'Minato', 'Tokyo', 'JP'],
    ['東京本社（東京都港区芝浦3-4-1）', 'Minato', 'Tokyo', 'JP'],
    ['Roppongi, Tokyo', 'Minato', 'Tokyo', 'JP'],
    // a designated city's wards are parts of it
    ['大阪府大阪市北区梅田1-2-3', 'Osaka', 'Osaka', 'JP'],
    ['福岡県福岡市中央区天神2-5-8', 'Fukuoka', 'Fukuoka', 'JP'],
    // Japanese cities by their full name with 市
    ['千葉県市川市', 'Ichikawa', 'Chiba', 'JP'],
    ['市川市', 'Ichikawa', 'Chiba', 'JP'],
    ['埼玉県川越市', 'Kawagoe', 'Saitama', 'JP'],
    // Seoul's districts and Jakarta's administrative cities are parts of the city
    ['서울특별시 강남구 테헤란로 142', 'Seoul', 'Seoul', 'KR'],
    ['Jakarta Selatan, DKI Jakarta', 'Jakarta', 'DKI Jakarta', 'ID'],
    // a suburb that is a city of its own, before the metropolis of its region
    ['Parramatta, Sydney NSW', 'Parramatta', 'New South Wales', 'AU'],
    ['Parramatta NSW 2150', 'Parramatta', 'New South Wales', 'AU'],
    ['Μαρούσι, Αθήνα', 'Marousi', 'Attica', 'GR'],
    ['Daventry, Northamptonshire', 'Daventry', 'England', 'GB'],
  ])('%s', (text, city, region, country) => {
    expect(read(text)).toEqual([[city, region, country]]);
  });

  it.each([
    ['Tokyo', [['Tokyo', 'Tokyo', 'JP']]],
    ['東京都', [['Tokyo', 'Tokyo', 'JP']]],
    ['Ota, Gunma', [['Ota', 'Gunma', 'JP']]],
    // two cities of like size, or listed apart, stay two
    [
      'Oakland, San Francisco',
      [
        ['Oakland', 'California', 'US'],
        ['San Francisco', 'California', 'US'],
      ],
    ],
    [
      'Augsburg, Munich',
      [
        ['Augsburg', 'Bavaria', 'DE'],
        ['Munich', 'Bavaria', 'DE'],
      ],
    ],
    [
      'Parramatta / Sydney',
      [
        ['Parramatta', 'New South Wales', 'AU'],
        ['Sydney', 'New South Wales', 'AU'],
      ],
    ],
    [
      'Sydney, Parramatta',
      [
        ['Sydney', 'New South Wales', 'AU'],
        ['Parramatta', 'New South Wales', 'AU'],
      ],
    ],
    // a city that is its own region beside another of its region, not in brackets: a list
    [
      'Tokyo / Shinjuku',
      [
        ['Tokyo', 'Tokyo', 'JP'],
        ['Shinjuku', 'Tokyo', 'JP'],
      ],
    ],
  ])('%s stays as it is', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
