import { normalizeLocations, lookupCountry } from '../../../shared/normalize/locations';
import { locationInput as input } from '../../support/location-input';
import type { RawLocation } from '../../../shared/schema/raw-posting';

type Expect = {
  city?: string | null;
  region?: string | null;
  country?: string | null;
  workplace?: string | null;
  text?: string;
};

const raw = (r: Partial<RawLocation>): RawLocation => ({
  text: '',
  city: null,
  region: null,
  country: null,
  workplace: null,
  ...r,
});

describe('normalizeLocations reads location texts', () => {
  const rows: [string, string, string | null, Expect[]][] = [
    [
      'a Vietnamese city with a district and office days',
      'Ho Chi Minh City (District 1) – Hybrid, 3 days in office',
      null,
      [
        {
          city: 'Ho Chi Minh City',
          country: 'VN',
          workplace: 'hybrid',
          text: 'Ho Chi Minh City (District 1) – Hybrid, 3 days in office',
        },
      ],
    ],
    [
      'per-location workplace for three cities',
      'Hybrid for HCMC, remote for Da Nang/HN',
      null,
      [
        { city: 'Ho Chi Minh City', country: 'VN', workplace: 'hybrid' },
        { city: 'Da Nang', country: 'VN', workplace: 'remote' },
        { city: 'Hanoi', country: 'VN', workplace: 'remote' },
      ],
    ],
    [
      'a Tokyo ward with remote allowed and one office day',
      '東京都渋谷区（リモートワーク可・週1回出社）',
      null,
      [{ city: 'Tokyo', region: 'Tokyo', country: 'JP', workplace: 'hybrid' }],
    ],
    [
      'remote in two countries',
      'Remote (United States or Canada)',
      null,
      [
        { city: null, country: 'US', workplace: 'remote' },
        { city: null, country: 'CA', workplace: 'remote' },
      ],
    ],
    [
      'remote in a wider area',
      'Remote - Europe',
      null,
      [{ city: null, country: null, workplace: 'remote', text: 'Remote - Europe' }],
    ],
    ['remote EMEA', 'Remote – EMEA', null, [{ country: null, workplace: 'remote' }]],
    [
      'a city with its state code',
      'New York, NY',
      null,
      [{ city: 'New York', region: 'New York', country: 'US', workplace: null }],
    ],
    [
      'a Canadian city with a province code',
      'Toronto, ON',
      null,
      [{ city: 'Toronto', region: 'Ontario', country: 'CA' }],
    ],
    ['London Ontario by its province', 'London, ON', null, [{ city: 'London', country: 'CA' }]],
    ['London alone as the largest London', 'London', null, [{ city: 'London', country: 'GB' }]],
    ['Melbourne alone as Australia', 'Melbourne', null, [{ city: 'Melbourne', country: 'AU' }]],
    [
      'Melbourne with a US hint as Florida',
      'Melbourne',
      'US',
      [{ city: 'Melbourne', region: 'Florida', country: 'US' }],
    ],
    ['Melbourne with its state', 'Melbourne, FL', null, [{ city: 'Melbourne', region: 'Florida', country: 'US' }]],
    ['Portland Maine by its state', 'Portland, ME', null, [{ city: 'Portland', region: 'Maine', country: 'US' }]],
    ['Portland alone as Oregon', 'Portland', null, [{ city: 'Portland', region: 'Oregon', country: 'US' }]],
    ['Georgia alone as the country', 'Georgia', null, [{ city: null, country: 'GE' }]],
    ['Georgia with a US hint as the state', 'Georgia', 'US', [{ city: null, region: 'Georgia', country: 'US' }]],
    [
      'Atlanta, Georgia as the state',
      'Atlanta, Georgia',
      null,
      [{ city: 'Atlanta', region: 'Georgia', country: 'US' }],
    ],
    ['German city names', 'München', null, [{ city: 'Munich', region: 'Bavaria', country: 'DE' }]],
    ['Köln with the German country name', 'Köln, Deutschland', null, [{ city: 'Cologne', country: 'DE' }]],
    ['Wien', 'Wien', null, [{ city: 'Vienna', country: 'AT' }]],
    ['Praha', 'Praha', null, [{ city: 'Prague', country: 'CZ' }]],
    ['Lisboa', 'Lisboa', null, [{ city: 'Lisbon', country: 'PT' }]],
    ['Saigon', 'Saigon', null, [{ city: 'Ho Chi Minh City', country: 'VN' }]],
    ['TP.HCM', 'TP.HCM', null, [{ city: 'Ho Chi Minh City', country: 'VN' }]],
    ['Hà Nội with diacritics', 'Hà Nội', null, [{ city: 'Hanoi', country: 'VN' }]],
    ['Đà Nẵng with diacritics', 'Đà Nẵng', null, [{ city: 'Da Nang', country: 'VN' }]],
    ['Osaka in kanji with a ward', '大阪府大阪市北区', null, [{ city: 'Osaka', country: 'JP' }]],
    ['a Tokyo ward in romaji', 'Shibuya, Tokyo', null, [{ city: 'Tokyo', country: 'JP' }]],
    ['a Berlin district alone', 'Kreuzberg', null, [{ city: 'Berlin', country: 'DE' }]],
    ['NYC', 'NYC', null, [{ city: 'New York', country: 'US' }]],
    ['SF', 'SF', null, [{ city: 'San Francisco', country: 'US' }]],
    ['LA as Los Angeles', 'LA', null, [{ city: 'Los Angeles', country: 'US' }]],
    ['a bare Remote', 'Remote', null, [{ city: null, country: null, workplace: 'remote', text: 'Remote' }]],
    [
      'places with their own arrangements',
      'Berlin (Remote), Munich (Hybrid)',
      null,
      [
        { city: 'Berlin', workplace: 'remote' },
        { city: 'Munich', workplace: 'hybrid' },
      ],
    ],
    [
      'an office or remote in a country',
      'London or Remote (UK)',
      null,
      [
        { city: 'London', country: 'GB', workplace: null },
        { city: null, country: 'GB', workplace: 'remote' },
      ],
    ],
    [
      'a hybrid city or remote anywhere',
      'San Francisco, CA (Hybrid) or Remote',
      null,
      [
        { city: 'San Francisco', region: 'California', workplace: 'hybrid' },
        { city: null, country: null, workplace: 'remote' },
      ],
    ],
    ['a town the gazetteer does not know', 'Kleinmachnow, Germany', null, [{ city: 'Kleinmachnow', country: 'DE' }]],
    ['a city-state', 'Singapore', null, [{ city: 'Singapore', country: 'SG' }]],
    ['remote with a country code', 'US-Remote', null, [{ city: null, country: 'US', workplace: 'remote' }]],
    ['Washington DC', 'Washington, D.C.', null, [{ city: 'Washington', country: 'US' }]],
    [
      'an Indian city, state and country',
      'Bengaluru, Karnataka, India',
      null,
      [{ city: 'Bangalore', region: 'Karnataka', country: 'IN' }],
    ],
    [
      'on-site stated in English',
      'Zurich, Switzerland (on-site)',
      null,
      [{ city: 'Zürich', country: 'CH', workplace: 'onsite' }],
    ],
    ['on-site stated in German', 'Hamburg (vor Ort)', null, [{ city: 'Hamburg', workplace: 'onsite' }]],
    ['on-site stated in Vietnamese', 'Hà Nội - làm việc tại văn phòng', null, [{ city: 'Hanoi', workplace: 'onsite' }]],
    ['on-site stated in Spanish', 'Madrid (presencial)', null, [{ city: 'Madrid', workplace: 'onsite' }]],
    ['on-site stated in French', 'Lyon - sur site', null, [{ city: 'Lyon', workplace: 'onsite' }]],
    ['hybrid stated in French', 'Paris · Hybride', null, [{ city: 'Paris', country: 'FR', workplace: 'hybrid' }]],
    ['anywhere means remote', 'Anywhere', null, [{ country: null, workplace: 'remote' }]],
    ['Korean city in Hangul', '서울', null, [{ city: 'Seoul', country: 'KR' }]],
    ['Chinese city in Han', '上海', null, [{ city: 'Shanghai', country: 'CN' }]],
    ['a city with its full country name', 'Nairobi, Kenya', null, [{ city: 'Nairobi', country: 'KE' }]],
    ['Sydney NSW', 'Sydney NSW', null, [{ city: 'Sydney', country: 'AU' }]],
    ['Frankfurt am Main', 'Frankfurt am Main', null, [{ city: 'Frankfurt', country: 'DE' }]],
  ];
  test.each(rows)('%s', (_name, text, hint, expected) => {
    const out = normalizeLocations(input({ texts: [text], countryHint: hint }));
    expect(out).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(out[i]).toMatchObject(e));
  });
});

describe('normalizeLocations reads structured locations', () => {
  test('merges an Ashby address with its text and applies the posting hint', () => {
    const out = normalizeLocations(
      input({
        raw: [
          raw({ text: 'New York, NY', city: 'New York', region: 'NY', country: 'United States' }),
          raw({ text: 'Toronto, ON', city: 'Toronto', region: 'Ontario', country: 'Canada' }),
        ],
        texts: ['New York, NY', 'Toronto, ON'],
        workplace: 'hybrid',
      }),
    );
    expect(out).toEqual([
      { city: 'New York', region: 'New York', country: 'US', workplace: 'hybrid', text: 'New York, NY' },
      { city: 'Toronto', region: 'Ontario', country: 'CA', workplace: 'hybrid', text: 'Toronto, ON' },
    ]);
  });
  const rows: [string, Partial<RawLocation>, Workplace, Expect][] = [
    [
      'a JSON-LD address keeps a county the gazetteer lacks',
      { text: 'Leeds', city: 'Leeds', region: 'West Yorkshire', country: 'GB', workplace: 'onsite' },
      null,
      { city: 'Leeds', region: 'West Yorkshire', country: 'GB', workplace: 'onsite' },
    ],
    [
      'a SmartRecruiters location with a lower-case country code',
      { text: 'Boston, MA', city: 'Boston', region: 'MA', country: 'us', workplace: 'hybrid' },
      null,
      { city: 'Boston', region: 'Massachusetts', country: 'US', workplace: 'hybrid' },
    ],
    [
      'a Recruitee city with a country name',
      { text: 'Madrid, Spain', city: 'Madrid', country: 'Spain' },
      'onsite',
      { city: 'Madrid', country: 'ES', workplace: 'onsite' },
    ],
    [
      'a city in a country with a same-named city elsewhere',
      { text: 'Vienna', city: 'Vienna', country: 'US' },
      null,
      { city: 'Vienna', country: 'US' },
    ],
    [
      'a Japanese prefecture by name',
      { text: '東京都', city: null, region: '東京都', country: 'JP' },
      null,
      { region: 'Tokyo', country: 'JP' },
    ],
    [
      'a text-only structured location',
      { text: 'Nairobi, Kenya' },
      'onsite',
      { city: 'Nairobi', country: 'KE', workplace: 'onsite' },
    ],
    [
      'a Lever text with only the country beside it',
      { text: 'Nairobi, Kenya', country: 'KE' },
      'onsite',
      { city: 'Nairobi', country: 'KE', workplace: 'onsite' },
    ],
    [
      'a text with a country code beside it picks the reading in that country',
      { text: 'London', country: 'CA' },
      null,
      { city: 'London', country: 'CA' },
    ],
  ];
  test.each(rows)('%s', (_name, r, workplace, expected) => {
    const out = normalizeLocations(input({ raw: [raw(r)], workplace }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject(expected);
  });
});

type Workplace = 'onsite' | 'hybrid' | 'remote' | null;

describe('normalizeLocations merges, dedupes and uses hints', () => {
  test('keeps the source order and drops a country repeated by a city', () => {
    const out = normalizeLocations(input({ texts: ['Berlin, Germany', 'Germany', 'Paris', 'Berlin'] }));
    expect(out.map((l) => l.city)).toEqual(['Berlin', 'Paris']);
  });
  test('drops a bare Remote beside a remote location with a country', () => {
    const out = normalizeLocations(input({ texts: ['Remote', 'Remote - US'] }));
    expect(out).toEqual([{ city: null, region: null, country: 'US', workplace: 'remote', text: 'Remote - US' }]);
  });
  test('a location that states its own arrangement beats the posting-level hint', () => {
    const out = normalizeLocations(input({ texts: ['Berlin (Remote)', 'Munich'], workplace: 'onsite' }));
    expect(out.map((l) => l.workplace)).toEqual(['remote', 'onsite']);
  });
  test('office days in the body make a silent location hybrid', () => {
    const out = normalizeLocations(
      input({ texts: ['Lisbon, Portugal'], bodyText: 'You will work 3 days per week in the office.' }),
    );
    expect(out[0]?.workplace).toBe('hybrid');
  });
  test('the body never adds places', () => {
    const out = normalizeLocations(
      input({ texts: ['Hanoi'], bodyText: 'We have offices in 40 countries, including Tokyo, Berlin and New York.' }),
    );
    expect(out.map((l) => l.city)).toEqual(['Hanoi']);
  });
  test('a bare Remote takes the country the body limits it to', () => {
    const out = normalizeLocations(
      input({ texts: ['Remote'], bodyText: 'This position is remote within the United States.' }),
    );
    expect(out[0]).toMatchObject({ country: 'US', workplace: 'remote' });
  });
  test('workplace stays null when nothing says', () => {
    expect(normalizeLocations(input({ texts: ['Hamburg'] }))[0]?.workplace).toBeNull();
  });
  test('other locations of the posting pick the reading of an ambiguous name', () => {
    const out = normalizeLocations(
      input({ raw: [raw({ text: 'Toronto', city: 'Toronto', country: 'CA' })], texts: ['London'] }),
    );
    expect(out[1]).toMatchObject({ city: 'London', country: 'CA' });
  });
  test('no input gives no locations', () => {
    expect(normalizeLocations(input({}))).toEqual([]);
  });
});

describe('normalizeLocations never throws on hostile input', () => {
  const hostile = [
    '',
    '   ',
    '1234567890'.repeat(1000),
    '💥🔥'.repeat(500),
    'a,'.repeat(5000),
    '((((((((',
    '東'.repeat(3000),
    '\u0000\u0001\uFFFF',
    'Remote '.repeat(2000),
    '- - - / / / | | |',
  ];
  test.each(hostile.map((h) => [h.slice(0, 20), h]))('%s…', (_n, text) => {
    expect(() =>
      normalizeLocations(
        input({ texts: [text], bodyText: text, raw: [raw({ text, city: text, region: text, country: text })] }),
      ),
    ).not.toThrow();
  });
});

describe('lookupCountry', () => {
  const rows: [string, string | null][] = [
    ['Deutschland', 'DE'],
    ['UK', 'GB'],
    ['us', 'US'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['Việt Nam', 'VN'],
    ['日本', 'JP'],
    ['Japon', 'JP'],
    ['España', 'ES'],
    ['Schweiz', 'CH'],
    ['DEU', 'DE'],
    ['Holland', 'NL'],
    ['South Korea', 'KR'],
    ['Atlantis', null],
    ['', null],
  ];
  test.each(rows)('%s → %s', (name, code) => expect(lookupCountry(name)).toBe(code));
});
