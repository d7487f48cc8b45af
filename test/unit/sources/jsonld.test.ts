import type { RawPosting } from '../../../shared/schema/raw-posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { extractJobPostingNodes } from '../../../shared/sources/jsonld/extract-jsonld';
import { inputFixture } from '../../support/input-fixtures';

type Expectation = { [K in keyof RawPosting]?: unknown };

const cases: { name: string; fixture: string; url?: string; count: number; postings: Record<number, Expectation> }[] = [
  {
    name: 'a JobPosting inside @graph, entity-escaped description, string identifier, Country object, array employmentType',
    fixture: 'jsonld-graph.html',
    count: 1,
    postings: {
      0: {
        kind: 'jsonld',
        externalId: 'SV-FE-01',
        title: 'Lập trình viên Frontend (ReactJS)',
        html: '<p>Sen Vàng xây dựng ứng dụng thanh toán cho 2 triệu người dùng.</p><h3>Mô tả công việc</h3><ul><li>Phát triển giao diện với ReactJS</li></ul>',
        companyName: 'Công ty Sen Vàng',
        companyUrl: 'https://senvang.example/',
        employmentTypes: ['FULL_TIME', 'CONTRACTOR'],
        locations: [
          { text: 'Thành phố Hồ Chí Minh, VN', city: 'Thành phố Hồ Chí Minh', country: 'VN', workplace: 'onsite' },
          { text: 'Đà Nẵng, Vietnam', city: 'Đà Nẵng', country: 'Vietnam', workplace: 'onsite' },
        ],
        workplace: null,
        salary: { min: 25000000, max: 40000000, currency: 'VND', period: 'MONTH' },
        datePosted: '2026-11-02T08:00:00+07:00',
        validThrough: '2026-12-31T23:59:00+07:00',
        url: 'https://senvang.example/viec-lam/fe-01',
        language: 'vi',
        tags: ['ReactJS', 'TypeScript', 'Redux'],
      },
    },
  },
  {
    name: 'an array in the second script, repaired (raw line break, trailing comma), TELECOMMUTE with applicant countries',
    fixture: 'jsonld-remote.html',
    url: 'https://mapleledger.example/careers?id=4242',
    count: 1,
    postings: {
      0: {
        externalId: '4242',
        companyName: 'Maple Ledger Inc.',
        workplace: 'remote',
        employmentTypes: ['PART_TIME', 'TEMPORARY'],
        locations: [
          { text: 'Canada', country: 'Canada', region: null, workplace: 'remote' },
          { text: 'Ontario', country: null, region: 'Ontario', workplace: 'remote' },
        ],
        salary: { min: 32.5, max: 32.5, currency: 'CAD', period: 'HOUR' },
        url: 'https://mapleledger.example/jobs/4242',
        applyUrl: 'https://mapleledger.example/jobs/4242',
        datePosted: '2026-11-20',
        language: 'en-CA',
      },
    },
  },
  {
    name: 'several postings on one page without identifiers get distinct external ids',
    fixture: 'jsonld-multiple.html',
    url: 'https://harbourkitchen.example/jobs',
    count: 2,
    postings: {
      0: {
        title: 'Cook',
        externalId: 'https://harbourkitchen.example/jobs#Cook',
        locations: [{ city: 'Sydney', region: 'NSW', country: 'AU', workplace: 'onsite' }],
      },
      1: {
        title: 'Kitchen Porter',
        externalId: 'https://harbourkitchen.example/jobs#Kitchen Porter',
        locations: [{ text: 'Sydney NSW', workplace: 'onsite' }],
      },
    },
  },
  {
    name: 'JSON-LD given as a JSON document of its own, estimatedSalary when there is no baseSalary',
    fixture: 'jsonld-document.json',
    count: 1,
    postings: {
      0: {
        kind: 'jsonld',
        externalId: 'ES-DATA-9',
        companyName: 'Acme Iberia S.L.',
        language: 'es-ES',
        salary: { min: 45000, max: 55000, currency: 'EUR', period: 'YEAR' },
      },
    },
  },
];

describe('JSON-LD JobPosting parser', () => {
  test.each(cases)('$name', ({ fixture, url, count, postings }) => {
    const parsed = parseInput(inputFixture(fixture), { url: url ?? null });
    expect(parsed).toHaveLength(count);
    for (const [index, expected] of Object.entries(postings)) expect(parsed[Number(index)]).toMatchObject(expected);
  });

  test('a posting whose JSON-LD has no description borrows the body of the page', () => {
    const [posting] = parseInput(inputFixture('jsonld-no-description.html'), {
      url: 'https://bluefern.example/jobs/lc-7',
    });
    expect(posting).toMatchObject({
      kind: 'jsonld',
      externalId: 'LC-7',
      title: 'Line Cook',
      companyName: 'Blue Fern Bistro',
    });
    expect(posting?.html ?? posting?.text ?? '').toContain('150 guests');
  });

  test('a page whose JSON-LD cannot be repaired is read as a plain HTML page', () => {
    const [posting] = parseInput(inputFixture('jsonld-broken.html'));
    expect(posting?.kind).toBe('html');
  });

  test('JobPosting types written as URLs or prefixed names are recognised, other types are not', () => {
    const page = (type: string) =>
      `<script type="application/ld+json">{"@type": ${JSON.stringify(type)}, "title": "X"}</script>`;
    expect(extractJobPostingNodes(page('https://schema.org/JobPosting'))).toHaveLength(1);
    expect(extractJobPostingNodes(page('schema:JobPosting'))).toHaveLength(1);
    expect(extractJobPostingNodes(page('JobPostingList'))).toHaveLength(0);
  });

  test('a page of unclosed JSON-LD scripts is read in one pass and falls back to the HTML parser', () => {
    const hostile = `<html><body>${'<script type="application/ld+json">{"@type":"JobPosting" '.repeat(20_000)}`;
    expect(extractJobPostingNodes(hostile)).toEqual([]);
    expect(parseInput(hostile).every((posting) => posting.kind === 'html')).toBe(true);
  });

  test.each([
    ['an HTML comment wrapper', '<!--{"@type":"JobPosting","title":"Wrapped"}-->'],
    ['a CDATA comment wrapper', '/*<![CDATA[*/ {"@type":"JobPosting","title":"Wrapped"} /*]]>*/'],
    ['a raw line break inside a string', '{"@type":"JobPosting","title":"Wrapped","description":"line one\nline two"}'],
    ['a trailing comma and a raw tab', '{"@type":"JobPosting","title":"Wrapped","description":"a\tb",}'],
  ])('a block with %s is repaired and read', (_name, body) => {
    const page = `<script type="application/ld+json">${body}</script>`;
    expect(extractJobPostingNodes(page).map((n) => n.title)).toEqual(['Wrapped']);
  });

  test('a block that no repair makes JSON is skipped, and the next block still read', () => {
    const page =
      '<script type="application/ld+json">{"@type":"JobPosting", title: Broken}</script>' +
      '<script type="application/ld+json">{"@type":"JobPosting","title":"Fine"}</script>';
    expect(extractJobPostingNodes(page).map((n) => n.title)).toEqual(['Fine']);
  });

  test('a JobPosting nested under mainEntity of a WebPage is found', () => {
    const page =
      '<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"JobPosting","title":"Nested"}}</script>';
    expect(extractJobPostingNodes(page).map((n) => n.title)).toEqual(['Nested']);
  });
});

describe('JSON-LD pages and what the page around them shows', () => {
  const ld = (extra: Record<string, unknown> = {}): string =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Lagerist',
      description: '<p>Wir suchen Verstärkung für unser Lager in Kassel.</p>',
      hiringOrganization: { '@type': 'Organization', name: 'Nordlager GmbH' },
      ...extra,
    })}</script>`;
  const page = (head: string, body: string): string =>
    `<!doctype html><html lang="de"><head>${head}</head><body><main><h1>Lagerist</h1>${body}<p>Wir suchen Verstärkung für unser Lager in Kassel.</p></main></body></html>`;

  it.each([
    [
      'a German "Jetzt bewerben" button and a Bereich in a facts list',
      '<dl><dt>Bereich</dt><dd>Logistik</dd><dt>Ort</dt><dd>Kassel</dd></dl>',
      '<a class="btn" href="/jobs/lagerist/bewerben">Jetzt bewerben</a>',
      { applyUrl: 'https://nordlager.example/jobs/lagerist/bewerben', department: 'Logistik' },
    ],
    [
      'a Spanish "Inscribirme" link and a Departamento in label/value spans',
      '<div class="facts"><div><span>Departamento</span><span>Almacén</span></div><div><span>Ubicación</span><span>Zaragoza</span></div></div>',
      '<a href="https://ats.example/apply/991">Inscribirme</a>',
      { applyUrl: 'https://ats.example/apply/991', department: 'Almacén' },
    ],
  ])('takes %s from the page', (_name, facts, link, expected) => {
    const [posting] = parseInput(page(ld(), facts + link), { url: 'https://nordlager.example/jobs/lagerist' });
    expect(posting).toEqual(expect.objectContaining({ kind: 'jsonld', ...expected }));
  });

  it('keeps the apply URL and department the JSON-LD gives', () => {
    const head = ld({
      directApply: true,
      url: 'https://nordlager.example/jobs/lagerist/form',
      potentialAction: { '@type': 'ApplyAction', target: 'https://nordlager.example/jobs/lagerist/form' },
    });
    const [posting] = parseInput(page(head, '<a href="/elsewhere/apply">Apply</a>'), {
      url: 'https://nordlager.example/jobs/lagerist',
    });
    expect(posting?.applyUrl).toBe('https://nordlager.example/jobs/lagerist/form');
  });

  it('leaves the apply URL empty when the page has no apply link either', () => {
    const [posting] = parseInput(page(ld(), ''), { url: 'https://nordlager.example/jobs/lagerist' });
    expect(posting?.applyUrl).toBeNull();
    expect(posting?.department).toBeNull();
  });
});

describe('JSON-LD pages with a facts sidebar', () => {
  it('takes the department from an aside beside the posting', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Analista de Dados',
      description: '<p>Procuramos alguém para o time de dados em Recife.</p>',
      hiringOrganization: { '@type': 'Organization', name: 'Mangue Dados' },
      potentialAction: { '@type': 'ApplyAction', target: 'https://mangue.example/vagas/7/candidatar' },
    })}</script>`;
    const html = `<html lang="pt-BR"><head>${ld}</head><body><main><h1>Analista de Dados</h1><p>Procuramos alguém para o time de dados em Recife.</p></main><aside class="job-sidebar"><div><span>Departamento</span><span>Dados &amp; BI</span></div></aside></body></html>`;
    const [posting] = parseInput(html, { url: 'https://mangue.example/vagas/7' });
    expect(posting?.department).toBe('Dados & BI');
    expect(posting?.applyUrl).toBe('https://mangue.example/vagas/7/candidatar');
  });
});

describe("schema.org's own text properties beside the description", () => {
  const posting = (extra: Record<string, unknown>) =>
    parseInput(
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Magazijnmedewerker',
        description: '<p>Wij zoeken een magazijnmedewerker in Tilburg.</p><p>Je hebt een heftruckcertificaat.</p>',
        ...extra,
      })}</script>`,
    )[0];

  it.each([
    [
      'a qualifications text the description leaves out becomes its own section',
      { qualifications: 'Rijbewijs B en ervaring met scanners' },
      [{ heading: 'Qualifications', html: '<p>Rijbewijs B en ervaring met scanners</p>' }],
    ],
    [
      'a qualifications text the description already says is left out',
      { qualifications: 'Je hebt een heftruckcertificaat.' },
      [],
    ],
    ['a value too short to be a section is left out', { jobBenefits: 'Lunch' }, []],
    [
      'HTML benefits are kept as HTML, after responsibilities, in schema order',
      {
        jobBenefits: '<ul><li>Reiskostenvergoeding</li></ul>',
        responsibilities: 'Orders verzamelen\nVrachtwagens laden',
      },
      [
        { heading: 'Responsibilities', html: '<p>Orders verzamelen</p><p>Vrachtwagens laden</p>' },
        { heading: 'Benefits', html: '<ul><li>Reiskostenvergoeding</li></ul>' },
      ],
    ],
  ])('%s', (_name, extra, sections) => {
    expect(posting(extra)?.sections).toEqual(sections);
  });
});
