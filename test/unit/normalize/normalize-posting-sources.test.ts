import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { JobPosting } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { inputFixture } from '../../support/input-fixtures';

/**
 * What each source's structured values become in the contract: identity, company, department, apply link,
 * dates and structured pay. Text extraction (sections, skills, languages) has its own tests per module.
 */

const context = { sourceId: 'fixture', now: new Date('2026-11-20T12:00:00Z') };

const cases: { fixture: string; url?: string; index: number; expected: Record<string, unknown> }[] = [
  {
    fixture: 'greenhouse-board.json',
    index: 0,
    expected: {
      source: { kind: 'greenhouse', externalId: '5100001', url: 'https://boards.greenhouse.io/northwind/jobs/5100001' },
      title: 'Data Engineer & Analyst',
      company: { name: 'Northwind Freight' },
      department: 'Data Platform',
      salary: { min: 125000, max: 150000, currency: 'USD' },
      applyUrl: 'https://boards.greenhouse.io/northwind/jobs/5100001',
      datePosted: '2026-08-28T13:30:00Z',
    },
  },
  {
    fixture: 'greenhouse-board.json',
    index: 2,
    expected: { company: { name: 'Northwind Freight' }, datePosted: null, description: { html: '', text: '' } },
  },
  {
    fixture: 'lever-postings.json',
    index: 0,
    expected: {
      source: { kind: 'lever', externalId: 'a1b2c3d4-0001-4e5f-8a9b-000000000001' },
      department: 'Relation client',
      salary: { min: 32000, max: 36000, currency: 'EUR' },
      applyUrl: 'https://jobs.lever.co/mistral-services/a1b2c3d4-0001-4e5f-8a9b-000000000001/apply',
      datePosted: '2026-01-01T00:00:00Z',
    },
  },
  {
    fixture: 'lever-postings.json',
    index: 2,
    expected: {
      datePosted: null,
      applyUrl: 'https://jobs.lever.co/mistral-services/a1b2c3d4-0003-4e5f-8a9b-000000000003',
    },
  },
  {
    fixture: 'ashby-board.json',
    index: 0,
    expected: {
      salary: { min: 8000000, max: 12000000, currency: 'JPY', period: 'YEAR' },
      datePosted: '2026-09-30T15:00:00Z',
    },
  },
  {
    fixture: 'smartrecruiters-detail.json',
    index: 0,
    expected: {
      source: { kind: 'smartrecruiters', externalId: '743999000000003' },
      company: { name: 'Lotus Cloud' },
      department: 'Vận hành',
      applyUrl: 'https://jobs.smartrecruiters.com/LotusCloud/743999000000003-ky-su-devops?oga=true',
      datePosted: '2026-11-01T03:00:00Z',
    },
  },
  {
    fixture: 'recruitee-offers.json',
    index: 0,
    expected: {
      company: { name: 'Fietsfabriek B.V.' },
      salary: { min: 3800, max: 4600, currency: 'EUR', period: 'MONTH' },
      datePosted: '2026-10-15T07:45:00Z',
      validThrough: '2026-12-31',
      applyUrl: 'https://fietsfabriek.recruitee.com/o/teamleider-klantenservice/c/new',
    },
  },
  {
    fixture: 'personio-positions.xml',
    url: 'https://bergbrot.jobs.personio.de/xml?language=de',
    index: 0,
    expected: {
      source: {
        kind: 'personio',
        externalId: '2204411',
        url: 'https://bergbrot.jobs.personio.de/job/2204411?language=de',
      },
      company: { name: 'Bergbrot GmbH' },
      department: 'Produktion',
      applyUrl: 'https://bergbrot.jobs.personio.de/job/2204411?language=de',
      datePosted: '2026-10-02T06:00:00Z',
    },
  },
  {
    fixture: 'jsonld-graph.html',
    index: 0,
    expected: {
      source: { kind: 'jsonld', externalId: 'SV-FE-01', url: 'https://senvang.example/viec-lam/fe-01' },
      company: { name: 'Công ty Sen Vàng', url: 'https://senvang.example/' },
      employmentTypes: ['FULL_TIME', 'CONTRACTOR'],
      salary: { min: 25000000, max: 40000000, currency: 'VND', period: 'MONTH' },
      datePosted: '2026-11-02T01:00:00Z',
      validThrough: '2026-12-31T16:59:00Z',
    },
  },
  {
    fixture: 'jsonld-remote.html',
    url: 'https://mapleledger.example/careers?id=4242',
    index: 0,
    expected: {
      source: { externalId: '4242', url: 'https://mapleledger.example/jobs/4242' },
      salary: { min: 32.5, max: 32.5, currency: 'CAD', period: 'HOUR' },
      applyUrl: 'https://mapleledger.example/jobs/4242',
      datePosted: '2026-11-20',
    },
  },
];

describe('normalizePosting over each source', () => {
  test.each(cases)('$fixture #$index keeps its structured values', ({ fixture, url, index, expected }) => {
    const postings = parseInput(inputFixture(fixture), { url: url ?? null }).map((raw) =>
      normalizePosting(raw, context),
    );
    const posting = postings[index];
    expect(JobPosting.safeParse(posting).success).toBe(true);
    expect(posting).toMatchObject(expected);
  });

  test('the JSON-LD on-site job keeps its place on-site and the TELECOMMUTE job is remote', () => {
    const [onsite] = parseInput(inputFixture('jsonld-graph.html')).map((raw) => normalizePosting(raw, context));
    const [remote] = parseInput(inputFixture('jsonld-remote.html')).map((raw) => normalizePosting(raw, context));
    expect(onsite?.locations.every((l) => l.workplace === 'onsite')).toBe(true);
    expect(remote?.locations.length).toBeGreaterThan(0);
    expect(remote?.locations.every((l) => l.workplace === 'remote')).toBe(true);
  });
});
