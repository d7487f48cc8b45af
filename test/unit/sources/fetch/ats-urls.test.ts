import { SourceConfig } from '../../../../shared/schema/source';
import {
  ashbyBoardUrl,
  greenhouseBoardUrl,
  leverPageUrl,
  personioFeedUrl,
  recruiteeOffersUrl,
  smartRecruitersDetailUrl,
  smartRecruitersListUrl,
} from '../../../../shared/sources/fetch/ats-urls';

const company = { name: 'Acme' };
const source = <K extends SourceConfig['kind']>(input: Record<string, unknown> & { kind: K }) =>
  SourceConfig.parse({ id: 'acme', company, ...input }) as Extract<SourceConfig, { kind: K }>;

describe('ATS board endpoints', () => {
  it.each([
    [
      'Greenhouse',
      () => greenhouseBoardUrl(source({ kind: 'greenhouse', boardToken: 'acme' })),
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true',
    ],
    [
      'Lever',
      () => leverPageUrl(source({ kind: 'lever', site: 'acme' }), 0, 100),
      'https://api.lever.co/v0/postings/acme?mode=json&skip=0&limit=100',
    ],
    [
      'Lever EU',
      () => leverPageUrl(source({ kind: 'lever', site: 'acme', region: 'eu' }), 200, 100),
      'https://api.eu.lever.co/v0/postings/acme?mode=json&skip=200&limit=100',
    ],
    [
      'Ashby',
      () => ashbyBoardUrl(source({ kind: 'ashby', board: 'Acme Inc' })),
      'https://api.ashbyhq.com/posting-api/job-board/Acme%20Inc?includeCompensation=true',
    ],
    [
      'SmartRecruiters list',
      () => smartRecruitersListUrl(source({ kind: 'smartrecruiters', companyId: 'Acme' }), 100, 100),
      'https://api.smartrecruiters.com/v1/companies/Acme/postings?offset=100&limit=100',
    ],
    [
      'SmartRecruiters detail',
      () => smartRecruitersDetailUrl(source({ kind: 'smartrecruiters', companyId: 'Acme' }), '7441'),
      'https://api.smartrecruiters.com/v1/companies/Acme/postings/7441',
    ],
    [
      'Recruitee',
      () => recruiteeOffersUrl(source({ kind: 'recruitee', subdomain: 'acme' })),
      'https://acme.recruitee.com/api/offers/',
    ],
    [
      'Personio',
      () => personioFeedUrl(source({ kind: 'personio', subdomain: 'acme', language: 'de' })),
      'https://acme.jobs.personio.de/xml?language=de',
    ],
    [
      'a baseUrl override',
      () => greenhouseBoardUrl(source({ kind: 'greenhouse', boardToken: 'acme', baseUrl: 'http://127.0.0.1:9000/' })),
      'http://127.0.0.1:9000/v1/boards/acme/jobs?content=true',
    ],
    [
      'a baseUrl override of a per-company host',
      () => personioFeedUrl(source({ kind: 'personio', subdomain: 'acme', baseUrl: 'https://jobs.acme.example' })),
      'https://jobs.acme.example/xml?language=en',
    ],
  ])('%s', (_name, build, expected) => {
    expect(build()).toBe(expected);
  });
});
