import { parseLocationText } from '../../../shared/normalize/geo/location-text';

const ctx = { countryHint: null, contextCountries: new Set<string>() };
// one reading per place, as the posting keeps them (a ward and its city named together are one place)
const read = (text: string) => [
  ...new Map(
    parseLocationText(text, ctx).map((l) => [
      JSON.stringify([l.city, l.region, l.country]),
      [l.city, l.region, l.country],
    ]),
  ).values(),
];

// The convention (curated-places.ts, above DISTRICTS): wards and districts are parts of their city (Tokyo's special
// wards too, as the design kit's conformance case tokyo-ml-engineer pins: 東京都渋谷区 is Tokyo), a suburb that is
// a city of its own keeps its name beside the metropolis around it.
describe('places below and beside the city', () => {
  it.each([
    // Tokyo's 23 special wards and its neighbourhoods are Tokyo
    ['東京都渋谷区', 'Tokyo', 'Tokyo', 'JP'],
    ['東京都渋谷区神南1-2-3', 'Tokyo', 'Tokyo', 'JP'],
    ['東京都港区六本木6-10-1', 'Tokyo', 'Tokyo', 'JP'],
    ['東京都江戸川区', 'Tokyo', 'Tokyo', 'JP'],
    ['Shibuya-ku, Tokyo', 'Tokyo', 'Tokyo', 'JP'],
    ['Ota-ku, Tokyo', 'Tokyo', 'Tokyo', 'JP'],
    ['Tokyo (Minato-ku)', 'Tokyo', 'Tokyo', 'JP'],
    ['東京本社（東京都港区芝浦3-4-1）', 'Tokyo', 'Tokyo', 'JP'],
    ['Roppongi, Tokyo', 'Tokyo', 'Tokyo', 'JP'],
    // a city of its own within the metropolis, in brackets after it, is that city
    ['Tokyo (Mitaka)', 'Mitaka', 'Tokyo', 'JP'],
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
  ])('%s stays as it is', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
