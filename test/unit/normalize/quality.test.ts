import { assessQuality, type QualityInput } from '../../../shared/normalize/quality';

const complete: QualityInput = {
  source: { id: 'greenhouse-acme', kind: 'greenhouse', externalId: '1', url: 'https://acme.example/jobs/1' },
  title: 'Data Engineer',
  seniority: 'mid',
  company: { name: 'Acme', url: null },
  department: 'Data',
  employmentTypes: ['FULL_TIME'],
  locations: [{ city: 'Denver', region: 'Colorado', country: 'US', workplace: 'onsite', text: 'Denver, CO' }],
  salary: { min: 100000, max: 120000, currency: 'USD', period: 'YEAR', text: '$100k–$120k' },
  description: { html: '<p>x</p>', text: 'x'.repeat(400) },
  responsibilities: ['Build pipelines'],
  requirements: { must: ['SQL'], nice: [] },
  benefits: [],
  skills: ['SQL'],
  languages: [],
  terms: { probationMonths: null, paidLeaveDays: null },
  applyUrl: 'https://acme.example/jobs/1/apply',
  datePosted: '2026-11-01',
  validThrough: '2026-12-31',
};
const now = new Date('2026-11-20T00:00:00Z');

describe('posting quality', () => {
  test('a complete, current posting scores 100 without warnings', () => {
    expect(assessQuality(complete, now)).toEqual({ score: 100, warnings: [] });
  });

  test.each<[string, Partial<QualityInput>, string]>([
    ['no title', { title: ' ' }, 'missing_title'],
    ['no company', { company: { name: null, url: null } }, 'missing_company'],
    ['a short description', { description: { html: '', text: 'Apply now.' } }, 'short_description'],
    ['no location', { locations: [] }, 'no_location'],
    ['no employment type', { employmentTypes: [] }, 'no_employment_type'],
    ['no salary', { salary: null }, 'missing_salary'],
    [
      'a salary text without numbers',
      { salary: { min: null, max: null, currency: null, period: null, text: 'DOE' } },
      'salary_unparsed',
    ],
    ['no requirements', { requirements: { must: [], nice: [] } }, 'no_requirements'],
    ['no responsibilities', { responsibilities: [] }, 'no_responsibilities'],
    ['no apply link', { applyUrl: null }, 'no_apply_url'],
    ['no date posted', { datePosted: null }, 'no_date_posted'],
    ['a deadline in the past', { validThrough: '2026-11-01' }, 'expired'],
  ])('%s is warned about and lowers the score', (_name, change, warning) => {
    const quality = assessQuality({ ...complete, ...change }, now);
    expect(quality.warnings).toEqual([warning]);
    expect(quality.score).toBeLessThan(100);
  });

  test('the score never goes below 0', () => {
    const empty = {
      ...complete,
      title: '',
      company: { name: null, url: null },
      description: { html: '', text: '' },
      locations: [],
      employmentTypes: [],
      salary: null,
      requirements: { must: [], nice: [] },
      responsibilities: [],
      applyUrl: null,
      datePosted: null,
      validThrough: '2020-01-01',
    };
    expect(assessQuality(empty, now).score).toBe(0);
  });
});
