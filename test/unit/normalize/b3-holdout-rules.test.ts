import { classifyHeading, classifyHeadingStrict } from '../../../shared/normalize/document/heading-dictionary';
import { normalizeEmploymentTypes } from '../../../shared/normalize/employment-types';
import { cleanTitle } from '../../../shared/normalize/title';
import { extractTerms } from '../../../shared/normalize/terms';
import { fieldKeyFor } from '../../../shared/normalize/document/field-dictionary';
import { skillsIn } from '../../../shared/normalize/skills';
import { splitDocumentTitle } from '../../../shared/sources/html/page-title';
import { isApplyText } from '../../../shared/sources/html/apply-link';
import { bodyWorkplace } from '../../../shared/normalize/geo/body-hints';
import { parseLocationText } from '../../../shared/normalize/geo/location-text';
import { normalizeLocations } from '../../../shared/normalize/locations';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import type { SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { isPayLine } from '../../../shared/sources/text/pay-line';
import { employmentInput } from '../../support/employment-input';

/**
 * Rules found by the B3 holdout round (ja/de/fr/es/vi/zh/pt-PT/it/ko/nl postings in board and career-site
 * layouts): each is checked here in other wordings and languages than the posting that revealed it, with
 * counter-cases that must not change.
 */

const context = { sourceId: 'b3', now: new Date('2026-11-26T12:00:00Z') };
const normalize = (content: string, kind: SourceKind) => {
  const raw = parseInput(content, { kind })[0];
  if (!raw) throw new Error('no posting parsed');
  return normalizePosting(raw, context);
};
const jp = { countryHint: 'JP', contextCountries: new Set(['JP']) };

describe('a katakana place name counts only where a katakana word starts', () => {
  test.each([
    ['フルタイム', null],
    ['パートタイム勤務', null],
    ['フレックスタイム制', null],
    ['タイプ', null],
    ['スタイリスト', null],
  ])('%s names no country', (text, country) => {
    expect(parseLocationText(text, jp).map((l) => l.country ?? null)).not.toContain('TH');
    expect(parseLocationText(text, jp).every((l) => l.country === country)).toBe(true);
  });

  test.each([
    ['タイ', 'TH', null],
    ['タイ王国', 'TH', null],
    ['タイ・バンコク', 'TH', 'Bangkok'],
    ['バンコク（タイ）', 'TH', 'Bangkok'],
    ['ロンドンオフィス', 'GB', 'London'],
    ['シンガポール拠点', 'SG', 'Singapore'],
  ])('%s still reads as the place', (text, country, city) => {
    expect(parseLocationText(text, jp)).toEqual([expect.objectContaining({ country, city })]);
  });
});

describe('a text posting prints its pay on a line of its own under the title', () => {
  test.each([['15-25K·13薪'], ['8-12K'], ['1.5-2万·13薪'], ['200-300元/天'], ['20-30万/年'], ['$120K – $150K']])(
    '%s is a pay line',
    (line) => expect(isPayLine(line)).toBe(true),
  );

  test.each([['3-5年'], ['2026'], ['100-499人'], ['本科'], ['上海 浦东新区'], ['B轮 · 100-499人']])(
    '%s is not',
    (line) => expect(isPayLine(line)).toBe(false),
  );

  test.each([
    ['zh BOSS', '数据分析师\n12-18K·14薪\n深圳 南山区\n\n岗位职责：\n- 数据分析\n', 12000, 18000, 'CNY'],
    ['zh 51job', '会计\n1-1.5万/月\n广州\n\n岗位职责：\n- 做账\n', 10000, 15000, 'CNY'],
  ])('%s: the salary is read from it', (_name, content, min, max, currency) => {
    expect(normalize(content, 'text').salary).toMatchObject({ min, max, currency, period: 'MONTH' });
  });

  test('years and education under the title give no salary', () => {
    expect(normalize('数据分析师\n深圳\n3-5年\n本科\n\n岗位职责：\n- 数据分析\n', 'text').salary).toBeNull();
  });
});

describe('perks printed as tags separated by spaces in Chinese or Japanese are one benefit each', () => {
  test.each([
    [
      'zh',
      '运营专员\n\n岗位职责：\n- 活动策划\n\n福利待遇：\n六险一金  年终奖  节日福利  免费班车\n',
      ['六险一金', '年终奖', '节日福利', '免费班车'],
    ],
    [
      'ja',
      '営業事務\n\n【仕事内容】\n・受発注業務\n\n【待遇・福利厚生】\n社会保険完備　交通費支給　賞与年2回\n',
      ['社会保険完備', '交通費支給', '賞与年2回'],
    ],
  ])('%s', (_name, content, perks) => expect(normalize(content, 'text').benefits).toEqual(perks));

  test('Korean perks separated by spaces stay one item (Korean spaces its words)', () => {
    const content = '데이터 분석가\n\n주요업무:\n- 데이터 분석\n\n혜택 및 복지:\n연 15일 연차 제공 및 점심 식대 지원\n';
    expect(normalize(content, 'text').benefits).toHaveLength(1);
  });
});

const page = (rows: string) =>
  `<html><head><title>Job</title></head><body><main><h1>Warehouse Lead</h1><p>We run three depots and need a lead for the night shift.</p><table>${rows}</table><h2>Responsibilities</h2><ul><li>Lead the night shift team</li><li>Plan the loading bays</li></ul></main></body></html>`;

describe('a table row whose value cell holds several lines keeps every line under its label', () => {
  test.each([
    ['en', '<tr><th>Location</th><td>London<br>Manchester<br>Leeds</td></tr>', ['London', 'Manchester', 'Leeds']],
    ['de', '<tr><th>Standorte</th><td>Hamburg<br/>Bremen</td></tr>', ['Hamburg', 'Bremen']],
    ['fr', '<tr><td>Lieu de travail</td><td>Lyon<br>Grenoble</td></tr>', ['Lyon', 'Grenoble']],
  ])('%s: every office is a place', (_name, rows, cities) => {
    expect(normalize(page(rows), 'html').locations.map((l) => l.city)).toEqual(cities);
  });

  test('a pay cell with a note under the figures still gives the figures', () => {
    const rows = '<tr><th>Salary</th><td>£32,000 – £36,000 per year<br>Depending on experience</td></tr>';
    expect(normalize(page(rows), 'html').salary).toMatchObject({ min: 32000, max: 36000, currency: 'GBP' });
  });

  test('a cell under a label that is no field stays one line', () => {
    const rows = '<tr><th>Our story</th><td>Founded in Leeds in 1990.<br>Family owned.</td></tr>';
    const posting = normalize(page(rows), 'html');
    expect(posting.description.text).toContain('Founded in Leeds in 1990.\nFamily owned.');
    expect(posting.locations).toEqual([]);
  });
});

describe('remote work offered as an option beside offices is how those offices are worked, not a place', () => {
  const read = (texts: string[]) =>
    normalizeLocations({ raw: [], texts, workplace: null, bodyText: '', countryHint: null }).map((l) => [
      l.city,
      l.workplace,
    ]);
  test.each([
    [
      'ja',
      ['東京本社（東京都港区芝浦3-4-1）', '大阪オフィス', '※リモート可（週1回程度の出社あり）'],
      [
        ['Tokyo', 'hybrid'],
        ['Osaka', 'hybrid'],
      ],
    ],
    ['de', ['Berlin', 'Remote möglich'], [['Berlin', 'hybrid']]],
    ['fr', ['Nantes', 'Télétravail possible'], [['Nantes', 'hybrid']]],
    ['es', ['Sevilla', '* Teletrabajo posible'], [['Seville', 'hybrid']]],
  ])('%s', (_name, texts, expected) => expect(read(texts)).toEqual(expected));

  test('a bare "Remote" beside an office stays an alternative', () => {
    expect(read(['Berlin', 'Remote'])).toEqual([
      ['Berlin', null],
      [null, 'remote'],
    ]);
  });

  test('a remote option alone is a remote location', () => {
    expect(read(['Remote möglich'])).toEqual([[null, 'remote']]);
  });
});

describe('board headings in es/pt/fr/it/zh open their sections', () => {
  test.each([
    ['Conocimientos deseados', 'nice'],
    ['Perfil deseado', 'nice'],
    ['Valorizamos também', 'nice'],
    ['Será valorizado:', 'nice'],
    ['Fatores de valorização', 'nice'],
    ['Les petits plus du poste', 'nice'],
    ['Offresi', 'benefits'],
    ['Si offrono:', 'benefits'],
    ['薪酬福利', 'benefits'],
    ['任职资格', 'must'],
    ['岗位要求', 'must'],
    ['工作职责', 'responsibilities'],
    ['公司信息', 'about'],
  ])('%s -> %s', (heading, kind) => expect(classifyHeading(heading)).toBe(kind));

  test.each([
    ['福利待遇', 'benefits'],
    ['任职要求', 'must'],
    ['岗位职责', 'responsibilities'],
  ])('%s standing alone is a heading (strict) -> %s', (heading, kind) =>
    expect(classifyHeadingStrict(heading)).toBe(kind),
  );

  test.each([
    ['Requisitos mínimos', 'must'],
    ['Requisitos', 'must'],
    ['待遇', 'benefits'],
    ['Si offre la possibilità di crescere', null],
  ])('counter-case: %s stays %s', (heading, kind) => expect(classifyHeading(heading)).toBe(kind));
});

describe('a way to permanent employment later is not the type offered now', () => {
  test.each([
    ['ja part-time', ['パート（正社員登用制度あり）'], ['PART_TIME']],
    ['ja side job', ['アルバイト（正社員への登用あり）'], ['PART_TIME']],
    ['ja contract', ['契約社員（正社員登用実績多数）'], ['TEMPORARY']],
    ['ko contract', ['계약직 (정규직 전환 가능)'], ['TEMPORARY']],
  ])('%s', (_name, values, types) => expect(normalizeEmploymentTypes(employmentInput({ values }))).toEqual(types));

  test.each([
    ['ja', ['正社員'], ['FULL_TIME']],
    ['ja with probation', ['正社員（試用期間3ヶ月）'], ['FULL_TIME']],
    ['ko', ['정규직'], ['FULL_TIME']],
    ['ko with probation', ['정규직(수습 3개월)'], ['FULL_TIME']],
  ])('counter-case %s: the permanent job itself is full-time', (_name, values, types) =>
    expect(normalizeEmploymentTypes(employmentInput({ values }))).toEqual(types),
  );
});

describe('a title bracket listing an employment type beside workplace words or places goes', () => {
  test.each([
    ['ja', 'バックエンドエンジニア（Go）【契約社員／リモート可】', 'バックエンドエンジニア（Go）'],
    ['ja place', '営業（正社員／大阪）', '営業'],
    ['en', 'Senior Engineer (Full-time, Remote)', 'Senior Engineer'],
    ['de', 'Data Engineer (Vollzeit / Hamburg)', 'Data Engineer'],
    ['fr', 'Chef de projet (CDI - Télétravail)', 'Chef de projet'],
  ])('%s: %s', (_name, raw, title) => expect(cleanTitle(raw).title).toBe(title));

  test.each([['Backend Engineer (Go / Kotlin)'], ['Engineer (Backend / Platform)'], ['Designer (UX / UI)']])(
    'counter-case: %s keeps its bracket',
    (raw) => expect(cleanTitle(raw).title).toBe(raw),
  );
});

describe('probation: the Portuguese "período experimental", and a rate before the word is not its length', () => {
  test.each([
    ['pt-PT', 'Período experimental de 90 dias, nos termos do Código do Trabalho.', 3],
    ['pt-PT label', 'Período experimental: 180 dias', 6],
    ['es', 'Periodo de prueba de 6 meses', 6],
    ['de', '6 Monate Probezeit', 6],
    ['en', '3 months probation', 3],
  ])('%s: %s', (_name, line, months) => expect(extractTerms([line]).probationMonths).toBe(months));

  test.each([
    ['es', 'Teletrabajo dos días a la semana tras el periodo de prueba'],
    ['en', 'Remote 2 days a week after probation'],
    ['de', 'Homeoffice 2 Tage pro Woche nach der Probezeit'],
    ['nl', '2 dagen thuiswerken na de proeftijd'],
  ])('%s: %s gives no probation length', (_name, line) => expect(extractTerms([line]).probationMonths).toBeNull());
});

describe('job-board header labels for experience, education and openings are fields, not sections', () => {
  test.each([
    ['Experiencia mínima', 'experience'],
    ['Esperienza minima', 'experience'],
    ['Esperienza richiesta', 'experience'],
    ['Titolo di studio', 'education'],
    ['Estudios mínimos', 'education'],
    ['Habilitações literárias', 'education'],
    ['Vacantes', 'headcount'],
    ['Posti disponibili', 'headcount'],
    ['Número de vagas', 'headcount'],
  ])('%s -> %s', (label, key) => expect(fieldKeyFor(label)).toBe(key));

  test('an InfoJobs header line of experience opens no requirements section', () => {
    const content =
      'Administrativo/a\nEmpresa Ejemplo S.L.\n\nExperiencia mínima: Al menos 2 años\nVacantes: 2\n\nRequisitos mínimos:\n- Manejo de Excel\n- Carnet de conducir\n';
    expect(normalize(content, 'text').requirements.must).toEqual(['Manejo de Excel', 'Carnet de conducir']);
  });

  test('counter-case: a requirements heading still opens its section', () => {
    const content = 'Administrativo/a\n\nRequisitos:\n- Manejo de Excel\n- Carnet de conducir\n';
    expect(normalize(content, 'text').requirements.must).toEqual(['Manejo de Excel', 'Carnet de conducir']);
  });
});

describe('Italian names a language as "lingua <adjective>"', () => {
  const languagesOf = (item: string) =>
    normalize(`Impiegato\n\nRequisiti:\n- ${item}\n- Patente B\n`, 'text').languages.map((l) => l.code);
  test.each([
    ['Ottima conoscenza della lingua tedesca', 'de'],
    ['Buona conoscenza della lingua spagnola', 'es'],
    ['Conoscenza della lingua russa', 'ru'],
    ['Padronanza della lingua polacca', 'pl'],
  ])('%s -> %s', (item, code) => expect(languagesOf(item)).toContain(code));

  test.each([["Esperienza in un'azienda tedesca"], ['Lavoro presso una filiale spagnola']])(
    'counter-case: %s names no language',
    (item) => expect(languagesOf(item)).toEqual([]),
  );
});

describe('skills: tools the holdout postings named, and "informatica" the subject', () => {
  test.each([
    ['dbt를 활용한 데이터 모델링 경험', 'dbt'],
    ['dbtを使ったデータ変換の経験', 'dbt'],
    ['Beheer van TOPdesk en ArcGIS Pro', 'TOPdesk'],
    ['Kartografie met Esri ArcGIS of QGIS', 'ArcGIS'],
    ['Modelação de processos em BPMN 2.0', 'BPMN'],
    ['Experience with Agile/Scrum teams', 'Scrum'],
    ['Configurar postos de trabalho Windows e impressoras', 'Windows'],
    ['Windows, macOS and Linux laptops', 'Windows'],
    ['ETL with Informatica PowerCenter', 'Informatica'],
    ['Informatica, Talend or SSIS', 'Informatica'],
  ])('%s names %s', (text, skill) => expect(skillsIn(text)).toContain(skill));

  test.each([
    ['Een afgeronde hbo-opleiding informatica of bedrijfskunde', 'Informatica'],
    ['Laurea in Informatica o Ingegneria', 'Informatica'],
    ['Ingeniería Informática', 'Informatica'],
    ['Clean the windows and shelves', 'Windows'],
    ['DBT skills group facilitation', 'dbt'],
  ])('counter-case: %s names no %s', (text, skill) => expect(skillsIn(text)).not.toContain(skill));
});

describe('page titles: the full-width bar, careers-page words in the middle, and job boards named by domain', () => {
  test.each([
    [
      'バックエンドエンジニア（Go）｜採用情報｜株式会社ミナトクラウド',
      'バックエンドエンジニア（Go）',
      '株式会社ミナトクラウド',
    ],
    ['営業職｜株式会社サンプル', '営業職', '株式会社サンプル'],
    ['数据分析师｜招聘信息｜杭州云栖网络科技有限公司', '数据分析师', '杭州云栖网络科技有限公司'],
    ['Kế toán tổng hợp tại Công ty TNHH Minh Long | TopCV.vn', 'Kế toán tổng hợp', 'Công ty TNHH Minh Long'],
    ['Backend Engineer at Acme Corp | Indeed.com', 'Backend Engineer', 'Acme Corp'],
    ['Lagerist bei Muster Logistik GmbH | StepStone.de', 'Lagerist', 'Muster Logistik GmbH'],
  ])('%s', (raw, title, site) => expect(splitDocumentTitle(raw)).toEqual({ title, site }));

  test.each([
    ['Engineer at heart | acme.io', 'acme.io'],
    ['Backend Engineer | Acme', 'Acme'],
  ])('counter-case: %s keeps the site %s', (raw, site) => expect(splitDocumentTitle(raw).site).toBe(site));
});

describe('titles: a pay range keeps its dash, and role acronyms in brackets are no places', () => {
  test.each([
    ['Chuyên Viên Phân Tích Nghiệp Vụ (BA) - Thu Nhập 15 - 25 Triệu', 'Chuyên Viên Phân Tích Nghiệp Vụ (BA)'],
    ['Kế Toán Tổng Hợp - Lương 10 - 15 Triệu', 'Kế Toán Tổng Hợp'],
    ['Business Analyst (BA)', 'Business Analyst (BA)'],
    ['Software Tester (QA)', 'Software Tester (QA)'],
    ['Research Engineer (AI/ML)', 'Research Engineer (AI/ML)'],
  ])('%s -> %s', (raw, title) => expect(cleanTitle(raw).title).toBe(title));

  test.each([
    ['Engineer – Berlin', 'Engineer'],
    ['Nurse (New York)', 'Nurse'],
    ['Sales Manager (IT)', 'Sales Manager'],
  ])('counter-case: %s -> %s', (raw, title) => expect(cleanTitle(raw).title).toBe(title));
});

const sidebarPage = (box: string) =>
  `<html><head><title>Job</title></head><body><main><h1>Warehouse Lead</h1><p>We run three depots and need a lead for the night shift, with a team of twelve.</p><h2>Responsibilities</h2><ul><li>Lead the night shift team</li><li>Plan the loading bays</li></ul><h2>Requirements</h2><ul><li>Two years leading a team</li><li>Forklift licence</li></ul><div class="box">${box}</div></main></body></html>`;

describe('a fact label in an element of its own takes the short value in the next one', () => {
  test.each([
    ['vi', '<div>Hình thức làm việc</div><div>Toàn thời gian</div>', ['FULL_TIME']],
    ['en', '<div class="t">Job type</div><div class="v">Part-time</div>', ['PART_TIME']],
    ['de', '<span>Anstellungsart:</span></div><div><span>Teilzeit</span>', ['PART_TIME']],
  ])('%s: the employment type is read', (_name, box, types) =>
    expect(normalize(sidebarPage(box), 'html').employmentTypes).toEqual(types),
  );

  test('en: a location label and its city', () => {
    const posting = normalize(sidebarPage('<div>Location</div><div>Leeds</div>'), 'html');
    expect(posting.locations.map((l) => l.city)).toEqual(['Leeds']);
  });

  test('counter-case: a long paragraph after a label line stays prose', () => {
    const box =
      '<div>Location</div><p>Our depots are spread across the north of England and we move people between them as the season requires, so flexibility matters.</p>';
    expect(normalize(sidebarPage(box), 'html').locations).toEqual([]);
  });
});

describe('Japanese apply links, Korean roads named after places, Korean legal forms written apart', () => {
  test.each([['この職種にエントリーする'], ['この求人に応募する'], ['今すぐ応募する'], ['エントリー']])(
    '%s is an apply link',
    (text) => expect(isApplyText(text)).toBe(true),
  );
  test.each([['この職種について'], ['エントリーシートの書き方']])('counter-case: %s is not', (text) =>
    expect(isApplyText(text)).toBe(false),
  );

  const kr = { countryHint: 'KR', contextCountries: new Set(['KR']) };
  test.each([
    ['서울특별시 강남구 테헤란로 142, 12층', 'Seoul'],
    ['서울 강남구 강남대로 382', 'Seoul'],
    ['성남시 분당구 판교역로 235', 'Seongnam'],
  ])('%s is in %s, not on a namesake road', (text, city) => {
    expect(parseLocationText(text, kr).map((l) => l.country)).not.toContain('IR');
    expect(parseLocationText(text, kr)[0]?.city).toBe(city);
  });
  test('counter-case: 로 as a particle keeps the city ("서울로 출근")', () =>
    expect(parseLocationText('서울로 출근', kr)[0]?.city).toBe('Seoul'));

  test.each([
    [
      'ko apart, under a Markdown title',
      '# 데이터 엔지니어\n\n주식회사 온길모빌리티 · 서울 강남구 · 경력 3~5년\n\n본문입니다.\n',
      '주식회사 온길모빌리티',
    ],
    ['ko joined', '# 백엔드 개발자\n\n(주)한빛소프트 · 판교\n\n본문입니다.\n', '(주)한빛소프트'],
    ['ja, text', '経理スタッフ\n株式会社みらい物流 ・ 東京\n\n仕事内容\n・経理\n', '株式会社みらい物流'],
  ])('%s: the employer line gives the company', (_name, content, company) =>
    expect(normalize(content, content.startsWith('#') ? 'markdown' : 'text').company.name).toBe(company),
  );
});

describe('remote work as a share of the time below all of it is hybrid', () => {
  test.each([
    ['Mobiles Arbeiten bis zu 60 % der Arbeitszeit (Homeoffice-Anteil)'],
    ['40 % Homeoffice'],
    ['Remote work up to 40% of the time'],
    ["Télétravail jusqu'à 50 %"],
    ['50% smart working'],
  ])('%s', (text) => expect(bodyWorkplace(text)).toBe('hybrid'));

  test.each([
    ['100% remote', 'remote'],
    ['Remote-first company, 30% growth last year', null],
    ['Homeoffice-Zuschuss 50 €', null],
  ])('counter-case: %s -> %s', (text, workplace) => expect(bodyWorkplace(text)).toBe(workplace));
});

describe('the employer named first under a heading about the company', () => {
  test.each([
    [
      'zh',
      '数据分析师\n12-18K\n深圳\n\n岗位职责：\n- 数据分析\n\n公司信息\n深圳星河数据科技有限公司\nA轮 · 20-99人\n',
      '深圳星河数据科技有限公司',
    ],
    ['ja', '経理スタッフ\n\n仕事内容\n・月次決算\n\n会社概要\n株式会社みらい物流\n設立 1998年\n', '株式会社みらい物流'],
    [
      'en',
      'Payroll Officer\n\nResponsibilities:\n- Run payroll\n\nAbout the company\nHarbour Freight Services Ltd\nFounded in 1990.\n',
      'Harbour Freight Services Ltd',
    ],
  ])('%s', (_name, content, company) => expect(normalize(content, 'text').company.name).toBe(company));

  test('counter-case: a sentence opening the section is no employer', () => {
    const content =
      'Payroll Officer\n\nResponsibilities:\n- Run payroll\n\nAbout the company\nWe move freight across the UK.\n';
    expect(normalize(content, 'text').company.name).toBeNull();
  });
});
