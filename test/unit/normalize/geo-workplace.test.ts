import { normalizeLocations } from '../../../shared/normalize/locations';
import { textsInput as input } from '../../support/location-input';
import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';
import type { RawLocation } from '../../../shared/schema/raw-posting';

const raw = (r: Partial<RawLocation>): RawLocation => ({
  text: '',
  city: null,
  region: null,
  country: null,
  workplace: null,
  ...r,
});

type Row = [string, string, { city: string; workplace: 'remote' | 'hybrid' | 'onsite' }];

describe('a location text states its workplace in the languages postings are written in', () => {
  const rows: Row[] = [
    ['de remote', 'Leipzig (100% Homeoffice)', { city: 'Leipzig', workplace: 'remote' }],
    ['de hybrid', 'Köln – hybrides Arbeiten', { city: 'Cologne', workplace: 'hybrid' }],
    ['de on-site', 'Stuttgart, Präsenz', { city: 'Stuttgart', workplace: 'onsite' }],
    ['fr remote', 'Nantes (télétravail complet)', { city: 'Nantes', workplace: 'remote' }],
    ['fr hybrid', 'Lille - mode hybride', { city: 'Lille', workplace: 'hybrid' }],
    ['fr on-site', 'Bordeaux (100% présentiel)', { city: 'Bordeaux', workplace: 'onsite' }],
    ['es remote', 'Valencia (100% remoto)', { city: 'Valencia', workplace: 'remote' }],
    ['es Latin American home office', 'Guadalajara – 100% home office', { city: 'Guadalajara', workplace: 'remote' }],
    ['es hybrid', 'Bilbao (modelo híbrido)', { city: 'Bilbao', workplace: 'hybrid' }],
    ['es on-site', 'Monterrey, 100% presencial', { city: 'Monterrey', workplace: 'onsite' }],
    ['pt remote', 'Curitiba (totalmente remoto)', { city: 'Curitiba', workplace: 'remote' }],
    ['pt hybrid', 'Recife - regime híbrido', { city: 'Recife', workplace: 'hybrid' }],
    ['pt on-site', 'Porto Alegre (trabalho presencial)', { city: 'Porto Alegre', workplace: 'onsite' }],
    ['it remote', 'Bologna (completamente da remoto)', { city: 'Bologna', workplace: 'remote' }],
    ['it hybrid', 'Firenze – modalità ibrida', { city: 'Florence', workplace: 'hybrid' }],
    ['it on-site', 'Napoli (in presenza)', { city: 'Naples', workplace: 'onsite' }],
    ['nl remote', 'Utrecht (volledig thuiswerken)', { city: 'Utrecht', workplace: 'remote' }],
    ['nl hybrid', 'Eindhoven, hybride werken', { city: 'Eindhoven', workplace: 'hybrid' }],
    ['nl on-site', 'Den Haag (op kantoor)', { city: 'The Hague', workplace: 'onsite' }],
    ['pl remote', 'Gdańsk (w pełni zdalnie)', { city: 'Gdańsk', workplace: 'remote' }],
    ['pl hybrid', 'Wrocław – model hybrydowy', { city: 'Wrocław', workplace: 'hybrid' }],
    ['pl on-site', 'Łódź (praca stacjonarna)', { city: 'Łódź', workplace: 'onsite' }],
    ['ja remote allowed in full', '大阪市北区（フルリモート可）', { city: 'Osaka', workplace: 'remote' }],
    ['ja hybrid', '名古屋市（一部在宅）', { city: 'Nagoya', workplace: 'hybrid' }],
    ['ko remote', '부산 (전면재택)', { city: 'Busan', workplace: 'remote' }],
    ['ko hybrid', '서울 (부분재택)', { city: 'Seoul', workplace: 'hybrid' }],
    ['zh remote', '深圳（远程工作）', { city: 'Shenzhen', workplace: 'remote' }],
    ['ko remote possible, in two words', '대전 (재택근무 가능)', { city: 'Daejeon', workplace: 'hybrid' }],
    ['zh remote possible', '成都（可远程）', { city: 'Chengdu', workplace: 'hybrid' }],
    ['zh hybrid', '北京（混合办公）', { city: 'Beijing', workplace: 'hybrid' }],
    ['zh on-site', '广州（坐班）', { city: 'Guangzhou', workplace: 'onsite' }],
    ['vi hybrid', 'Đà Nẵng - làm việc kết hợp', { city: 'Da Nang', workplace: 'hybrid' }],
    ['sv remote', 'Göteborg (på distans)', { city: 'Gothenburg', workplace: 'remote' }],
    ['fi hybrid', 'Tampere, hybridityö', { city: 'Tampere', workplace: 'hybrid' }],
    ['tr on-site', 'İzmir (ofiste)', { city: 'İzmir', workplace: 'onsite' }],
    ['cs hybrid', 'Brno – hybridní', { city: 'Brno', workplace: 'hybrid' }],
  ];
  test.each(rows)('%s: %s', (_name, text, expected) => {
    const out = normalizeLocations(input([text]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject(expected);
  });
});

describe('days in the office or at home, below five a week, make a place hybrid', () => {
  const rows: Row[] = [
    ['en office days a month', 'Leeds (2 days a month in the office)', { city: 'Leeds', workplace: 'hybrid' }],
    ['en office days reversed', 'Dublin, in the office 3 days a week', { city: 'Dublin', workplace: 'hybrid' }],
    ['en five office days', 'Boston (5 days a week in the office)', { city: 'Boston', workplace: 'onsite' }],
    ['en remote days', 'Denver (2 days remote)', { city: 'Denver', workplace: 'hybrid' }],
    [
      'en office visits, otherwise remote',
      'Oslo (1 day a month on site), otherwise remote',
      { city: 'Oslo', workplace: 'hybrid' },
    ],
    ['de office days', 'Bremen (2 Tage pro Woche im Büro)', { city: 'Bremen', workplace: 'hybrid' }],
    ['de home-office days', 'Hannover, 3 Tage Homeoffice', { city: 'Hanover', workplace: 'hybrid' }],
    ['fr remote days', 'Toulouse (2 jours de télétravail par semaine)', { city: 'Toulouse', workplace: 'hybrid' }],
    ['es office days', 'Sevilla (3 días a la semana en oficina)', { city: 'Seville', workplace: 'hybrid' }],
    ['pt office days', 'Campinas (2x por semana no escritório)', { city: 'Campinas', workplace: 'hybrid' }],
    ['it office days', 'Genova (2 giorni a settimana in ufficio)', { city: 'Genoa', workplace: 'hybrid' }],
    ['nl office days', 'Groningen (3 dagen per week op kantoor)', { city: 'Groningen', workplace: 'hybrid' }],
    ['pl office days', 'Poznań (2 dni w tygodniu w biurze)', { city: 'Poznań', workplace: 'hybrid' }],
    ['ko office days', '대구 (주 3회 출근)', { city: 'Daegu', workplace: 'hybrid' }],
    ['zh office days', '杭州（每周到岗3天）', { city: 'Hangzhou', workplace: 'hybrid' }],
    [
      'en office days without a preposition',
      'Austin (remote, 2 office days a week)',
      { city: 'Austin', workplace: 'hybrid' },
    ],
    ['en days on-site after remote', 'Denver (remote, 2 days on-site)', { city: 'Denver', workplace: 'hybrid' }],
    [
      'de office days without a preposition',
      'Köln (remote, 2 Tage Büro pro Woche)',
      { city: 'Cologne', workplace: 'hybrid' },
    ],
    ['de Bürotage', 'Bonn (remote, 2 Bürotage)', { city: 'Bonn', workplace: 'hybrid' }],
    ['en five office days', 'Phoenix (5 office days)', { city: 'Phoenix', workplace: 'onsite' }],
  ];
  test.each(rows)('%s: %s', (_name, text, expected) => {
    const out = normalizeLocations(input([text]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject(expected);
  });
});

describe("a second workplace phrase in a place's brackets refines that place instead of adding a location", () => {
  const rows: Row[] = [
    [
      'fr hybrid and remote days',
      'Lyon (hybride, 2 jours de télétravail par semaine)',
      { city: 'Lyon', workplace: 'hybrid' },
    ],
    ['es hybrid and remote days', 'Madrid (híbrido, 2 días de teletrabajo)', { city: 'Madrid', workplace: 'hybrid' }],
    ['en hybrid and remote days', 'Denver (hybrid, 2 days remote)', { city: 'Denver', workplace: 'hybrid' }],
    ['nl hybrid and home days', 'Utrecht (hybride, 2 dagen thuiswerken)', { city: 'Utrecht', workplace: 'hybrid' }],
    [
      'en on-site then office days',
      'Seattle (on-site, 4 days in the office)',
      { city: 'Seattle', workplace: 'hybrid' },
    ],
  ];
  test.each(rows)('%s: %s', (_name, text, expected) => {
    const out = normalizeLocations(input([text]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject(expected);
  });

  test('a remote word after a qualified place stays an alternative of its own', () => {
    const out = normalizeLocations(input(['Berlin (hybrid) or remote']));
    expect(out.map((l) => [l.city, l.workplace])).toEqual([
      ['Berlin', 'hybrid'],
      [null, 'remote'],
    ]);
  });
});

describe('the body states the arrangement in several languages', () => {
  const rows: [string, string, 'remote' | 'hybrid' | 'onsite' | null][] = [
    ['en office days', 'You will spend 2-3 days per week in the office.', 'hybrid'],
    ['fr remote days', 'Avantages : 2 jours de télétravail par semaine.', 'hybrid'],
    ['de home-office days', 'Du arbeitest 3 Tage pro Woche im Homeoffice.', 'hybrid'],
    ['es hybrid model', 'Trabajarás en un esquema híbrido con el equipo de producto.', 'hybrid'],
    ['pt remote', 'A vaga é 100% remota para todo o Brasil.', 'remote'],
    ['it on-site', 'Il ruolo è 100% in presenza presso la sede di Bari.', 'onsite'],
    ['pl hybrid', 'Oferujemy pracę w modelu hybrydowym? Tak: praca hybrydowa.', 'hybrid'],
    ['ko remote', '전면 재택 근무가 가능합니다.', 'remote'],
    ['nothing said', 'We build payroll software for small businesses.', null],
  ];
  test.each(rows)('%s', (_name, body, expected) => expect(bodyWorkplace(body)).toBe(expected));
});

describe('workplace words and places given apart describe the same location', () => {
  test.each([
    ['an Italian meta line', ['Torino', 'Ibrido']],
    ['a German meta line', ['Dresden', 'Hybrid']],
    ['a Spanish meta line', ['Zaragoza', 'Presencial']],
  ])('%s: %j', (_name, texts) => {
    const out = normalizeLocations(input(texts));
    expect(out).toHaveLength(1);
    expect(out[0]?.workplace).toBe(normalizeLocations(input([texts[1]!]))[0]?.workplace);
  });

  test('a bare remote beside a city stays an alternative of its own', () => {
    expect(normalizeLocations(input(['Berlin', 'Remote'])).map((l) => l.workplace)).toEqual([null, 'remote']);
  });

  test('structured on-site with remote days in the body is hybrid', () => {
    const out = normalizeLocations(
      input([], {
        raw: [raw({ text: 'Nantes', city: 'Nantes', country: 'FR', workplace: 'onsite' })],
        bodyText: 'Vous pourrez faire 2 jours de télétravail par semaine.',
      }),
    );
    expect(out[0]?.workplace).toBe('hybrid');
  });

  test('structured on-site stays on-site when the body says nothing', () => {
    const out = normalizeLocations(
      input([], { raw: [raw({ text: 'Nantes', city: 'Nantes', country: 'FR', workplace: 'onsite' })] }),
    );
    expect(out[0]?.workplace).toBe('onsite');
  });
});

describe('one location text describes one place however many words qualify it', () => {
  const rows: [string, string, { city: string | null; country: string | null; workplace: string | null }][] = [
    [
      'an area narrowed by time zones',
      'Remote (anywhere in Europe, CET ± 2 hours)',
      { city: null, country: null, workplace: 'remote' },
    ],
    [
      'an area and a time-zone range',
      'Remote – EMEA, GMT to GMT+3',
      { city: null, country: null, workplace: 'remote' },
    ],
    ['anywhere in a country', 'Anywhere in Canada', { city: null, country: 'CA', workplace: 'remote' }],
    [
      'a Japanese ward after its city',
      '札幌市中央区大通（リモート可）',
      { city: 'Sapporo', country: 'JP', workplace: 'hybrid' },
    ],
    ['a Korean district after its city', '부산광역시 해운대구', { city: 'Busan', country: 'KR', workplace: null }],
    [
      'an unknown county after a city',
      'Wolverhampton, West Midlands',
      { city: 'Wolverhampton', country: 'GB', workplace: null },
    ],
    [
      'an unknown district after a city',
      'Glasgow, South Lanarkshire',
      { city: 'Glasgow', country: 'GB', workplace: null },
    ],
  ];
  test.each(rows)('%s: %s', (_name, text, expected) => {
    const out = normalizeLocations(input([text]));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject(expected);
  });

  test.each([
    ['a French arrondissement and region', 'Lyon 7e, Auvergne-Rhône-Alpes'],
    ['a Spanish district and province', 'Madrid Centro, Comunidad de Madrid'],
  ])('%s keeps every word of the text: %s', (_name, text) => {
    const out = normalizeLocations(input([text]));
    expect(out).toHaveLength(1);
    expect(out[0]?.text).toBe(text);
  });

  test('two cities in different countries stay two', () => {
    expect(normalizeLocations(input(['Berlin, Vienna'])).map((l) => l.country)).toEqual(['DE', 'AT']);
  });
});
