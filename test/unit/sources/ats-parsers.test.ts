import type { RawPosting } from '../../../shared/schema/raw-posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { inputFixture } from '../../support/input-fixtures';

type Expectation = { [K in keyof RawPosting]?: unknown };

interface ParserCase {
  name: string;
  fixture: string;
  url?: string;
  count: number;
  /** expectations per posting, by index: each is matched with toMatchObject */
  postings: Record<number, Expectation>;
}

const cases: ParserCase[] = [
  {
    name: 'Greenhouse board: entity-escaped content decoded, pay ranges converted from cents, requisition id kept',
    fixture: 'greenhouse-board.json',
    count: 3,
    postings: {
      0: {
        kind: 'greenhouse',
        externalId: '5100001',
        title: 'Data Engineer & Analyst',
        companyName: 'Northwind Freight',
        department: 'Data Platform',
        requisitionId: 'DATA-042',
        url: 'https://boards.greenhouse.io/northwind/jobs/5100001',
        applyUrl: 'https://boards.greenhouse.io/northwind/jobs/5100001',
        datePosted: '2026-08-28T09:30:00-04:00',
        language: 'en',
        locations: [{ text: 'Denver, CO', city: null, country: null, workplace: null }],
        salary: { min: 125000, max: 150000, currency: 'USD', period: null, text: 'Base salary' },
        employmentTypes: [],
        workplace: null,
      },
      1: {
        title: 'Werkstudent*in Marketing (m/w/d)',
        employmentTypes: ['Vollzeit'],
        workplace: 'remote',
        salary: { min: 60000, max: 75000, currency: 'EUR' },
        fields: { 'hiring manager': ['Jana Weber'] },
        locations: [{ text: 'Berlin, Deutschland' }],
      },
      2: {
        html: null,
        datePosted: null,
        workplace: 'remote',
        department: null,
        locations: [{ text: 'Remote - US' }, { text: 'Chicago, IL' }, { text: 'US Remote' }],
      },
    },
  },
  {
    name: 'Greenhouse single job with a multi-select employment type',
    fixture: 'greenhouse-job.json',
    count: 1,
    postings: {
      0: {
        kind: 'greenhouse',
        externalId: '5100004',
        employmentTypes: ['Full-time', 'Permanent'],
        department: 'Engenharia',
      },
    },
  },
  {
    name: 'Lever postings: lists become sections, createdAt stays epoch ms, country belongs to the primary location',
    fixture: 'lever-postings.json',
    count: 3,
    postings: {
      0: {
        kind: 'lever',
        externalId: 'a1b2c3d4-0001-4e5f-8a9b-000000000001',
        title: 'Chargé·e de clientèle',
        department: 'Relation client',
        datePosted: 1767225600000,
        workplace: 'hybrid',
        employmentTypes: ['CDI'],
        sections: [
          {
            heading: 'Vos missions',
            html: '<ul><li>Répondre aux demandes des clients</li><li>Suivre les dossiers dans Zendesk</li></ul>',
          },
          {
            heading: 'Votre profil',
            html: "<ul><li>Deux ans d'expérience en relation client</li><li>Français courant</li></ul>",
          },
        ],
        locations: [
          { text: 'Paris, France', country: 'FR' },
          { text: 'Lyon, France', country: null },
        ],
        salary: { min: 32000, max: 36000, currency: 'EUR', period: 'per-year-salary', text: 'Selon profil' },
        applyUrl: 'https://jobs.lever.co/mistral-services/a1b2c3d4-0001-4e5f-8a9b-000000000001/apply',
        tags: ['Zendesk', 'CRM'],
      },
      1: {
        workplace: 'remote',
        department: 'Ingeniería',
        locations: [{ text: 'Remoto - España', country: null }],
        sections: [{ heading: 'Requisitos', html: '<ul><li>Experiencia con Go</li></ul>' }],
        salary: null,
      },
      2: {
        workplace: null,
        html: null,
        text: 'Sort and pack orders.\n- Lift up to 20 kg\n- Morning shifts',
        datePosted: 'not a date',
        applyUrl: null,
      },
    },
  },
  {
    name: 'Ashby board: unlisted jobs skipped, postal addresses kept, only Salary compensation is pay',
    fixture: 'ashby-board.json',
    count: 2,
    postings: {
      0: {
        kind: 'ashby',
        title: '機械学習エンジニア',
        department: '研究開発',
        workplace: 'hybrid',
        employmentTypes: ['FullTime'],
        locations: [
          { text: '東京', city: 'Tokyo', region: 'Tokyo', country: 'JP' },
          { text: '大阪', city: 'Osaka', country: 'Japan' },
          { text: 'Remote (Japan)', city: null },
        ],
        salary: { min: 8000000, max: 12000000, currency: 'JPY', period: '1 YEAR', text: '¥8M – ¥12M' },
        datePosted: '2026-10-01T00:00:00.000+09:00',
        applyUrl: 'https://jobs.ashbyhq.com/sakura/5b0c6f0e-aaaa-4bbb-8ccc-000000000001/application',
      },
      1: {
        title: 'Support Specialist',
        workplace: 'remote',
        html: null,
        text: 'Help customers by chat and email.',
        salary: { min: null, max: null, text: '$25 – $30 per hour' },
      },
    },
  },
  {
    name: 'SmartRecruiters list: no description, URL built from company identifier, both location flags false is on-site',
    fixture: 'smartrecruiters-list.json',
    count: 2,
    postings: {
      0: {
        kind: 'smartrecruiters',
        externalId: '743999000000001',
        url: 'https://jobs.smartrecruiters.com/VerdeBank/743999000000001',
        companyName: 'Verde Bank',
        department: 'Dados',
        requisitionId: 'BR-DATA-7',
        employmentTypes: ['Tempo integral'],
        seniority: 'Associate',
        language: 'pt-BR',
        locations: [{ text: 'São Paulo, SP, BR', city: 'São Paulo', region: 'SP', country: 'BR', workplace: 'onsite' }],
        fields: { brand: ['Verde Digital'] },
        sections: [],
      },
      1: { locations: [{ text: 'Brazil', country: 'BR', workplace: 'remote' }], employmentTypes: ['contract'] },
    },
  },
  {
    name: 'SmartRecruiters detail: jobAd sections in reading order with their own titles, empty ones dropped',
    fixture: 'smartrecruiters-detail.json',
    count: 1,
    postings: {
      0: {
        title: 'Kỹ sư DevOps',
        url: 'https://jobs.smartrecruiters.com/LotusCloud/743999000000003-ky-su-devops',
        applyUrl: 'https://jobs.smartrecruiters.com/LotusCloud/743999000000003-ky-su-devops?oga=true',
        locations: [{ text: 'Hà Nội, Việt Nam', city: 'Hanoi', country: 'VN', workplace: 'hybrid' }],
        sections: [
          { heading: 'Giới thiệu công ty' },
          { heading: 'Mô tả công việc' },
          { heading: 'Yêu cầu' },
          { heading: 'Videos' },
        ],
      },
    },
  },
  {
    name: 'SmartRecruiters list whose items are details: every item read as a detail',
    fixture: 'smartrecruiters-list-with-details.json',
    count: 2,
    postings: {
      0: {
        externalId: '743999000000003',
        sections: expect.arrayContaining([expect.objectContaining({ heading: 'Yêu cầu' })]),
      },
      1: { externalId: '743999000000004', applyUrl: null },
    },
  },
  {
    name: 'Recruitee offers: drafts skipped, description + requirements joined, booleans become the workplace',
    fixture: 'recruitee-offers.json',
    count: 2,
    postings: {
      0: {
        kind: 'recruitee',
        externalId: '3300001',
        companyName: 'Fietsfabriek B.V.',
        html: '<p>Wij maken elektrische fietsen.</p><h3>Wat ga je doen?</h3><ul><li>Je leidt een team van 8 medewerkers</li></ul>\n<h3>Wat vragen wij?</h3><ul><li>Uitstekend Nederlands</li></ul>',
        workplace: 'hybrid',
        employmentTypes: ['fulltime_permanent'],
        seniority: 'experienced',
        salary: { min: 3800, max: 4600, currency: 'EUR', period: 'month' },
        datePosted: '2026-10-15 07:45:00 UTC',
        validThrough: '2026-12-31',
        locations: [{ text: 'Amsterdam, Nederland', city: 'Amsterdam', region: 'Noord-Holland', country: 'NL' }],
        fields: { hours: ['32–40 hours per week'] },
        applyUrl: 'https://fietsfabriek.recruitee.com/o/teamleider-klantenservice/c/new',
      },
      1: {
        externalId: '3300003',
        workplace: null,
        salary: null,
        locations: [
          { text: 'Utrecht, Utrecht, NL', city: 'Utrecht', country: 'NL' },
          { text: 'Antwerpen, BE', city: 'Antwerpen', country: 'BE' },
        ],
      },
    },
  },
  {
    name: 'Recruitee single offer ({offer: …})',
    fixture: 'recruitee-offer.json',
    count: 1,
    postings: {
      0: { externalId: '3300004', employmentTypes: ['internship'], locations: [{ city: 'Rotterdam', country: 'NL' }] },
    },
  },
  {
    name: 'Personio XML: jobDescriptions as sections, subcompany as company, offices as locations, CDATA-less HTML kept',
    fixture: 'personio-positions.xml',
    url: 'https://bergbrot.jobs.personio.de/xml?language=de',
    count: 2,
    postings: {
      0: {
        kind: 'personio',
        externalId: '2204411',
        url: 'https://bergbrot.jobs.personio.de/job/2204411?language=de',
        title: 'Bäcker (m/w/d) in Teilzeit',
        companyName: 'Bergbrot GmbH',
        department: 'Produktion',
        employmentTypes: ['permanent', 'part-time'],
        seniority: 'experienced',
        language: 'de',
        tags: ['Backen', 'Handwerk'],
        datePosted: '2026-10-02T06:00:00+00:00',
        locations: [{ text: 'München' }, { text: 'Augsburg' }],
        sections: [
          {
            heading: 'Deine Aufgaben',
            html: '<ul><li>Herstellung von Brot &amp; Brötchen</li><li>Pflege der Öfen</li></ul>',
          },
          { heading: 'Das bringst du mit', html: '<p>Eine abgeschlossene Ausbildung als Bäcker.</p>' },
        ],
      },
      1: {
        title: 'IT Support Engineer',
        employmentTypes: ['freelance', 'full-time'],
        sections: [{ heading: 'Your tasks', html: '<p>Keep our 40 laptops &amp; tills running.</p>' }],
      },
    },
  },
  {
    name: 'Personio empty board: an empty root is an empty list',
    fixture: 'personio-empty.xml',
    count: 0,
    postings: {},
  },
  { name: 'Greenhouse empty board', fixture: 'greenhouse-empty.json', count: 0, postings: {} },
  { name: 'an empty JSON array is an empty export', fixture: 'empty-array.json', count: 0, postings: {} },
];

describe('ATS parsers', () => {
  test.each(cases)('$name', ({ fixture, url, count, postings }) => {
    const parsed = parseInput(inputFixture(fixture), { url: url ?? null });
    expect(parsed).toHaveLength(count);
    for (const [index, expected] of Object.entries(postings)) expect(parsed[Number(index)]).toMatchObject(expected);
  });

  test("postings of a board export that do not name their company take the board's", () => {
    expect(parseInput(inputFixture('greenhouse-board.json')).map((p) => p.companyName)).toEqual([
      'Northwind Freight',
      'Northwind Freight',
      'Northwind Freight',
    ]);
  });

  test('a Greenhouse board parsed twice gives equal raw postings', () => {
    expect(parseInput(inputFixture('greenhouse-board.json'))).toEqual(
      parseInput(inputFixture('greenhouse-board.json')),
    );
  });

  test('ATS fields of the wrong type read as absent instead of failing the posting', () => {
    const odd = JSON.stringify({
      jobs: [
        {
          id: 7,
          absolute_url: 42,
          title: ['x'],
          content: { html: 1 },
          metadata: 'none',
          location: 'Oslo',
          departments: null,
          offices: 'x',
          pay_input_ranges: [{ min_cents: 'lots' }],
        },
      ],
    });
    const [posting] = parseInput(odd);
    expect(posting).toMatchObject({
      kind: 'greenhouse',
      externalId: '7',
      title: null,
      html: null,
      salary: null,
      department: null,
      locations: [{ text: 'Oslo' }],
    });
  });
});
