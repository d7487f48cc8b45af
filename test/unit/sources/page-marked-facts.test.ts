import { parseInput } from '../../../shared/sources/parse-input';
import { siteBesideTitle } from '../../../shared/sources/html/page-title';

const page = (head: string, facts: string) =>
  `<html><head><title>${head}</title></head><body><main><section><h1>Store Manager</h1>${facts}</section><p>We run forty garden centres and are opening six more next spring across the region.</p><h2>Responsibilities</h2><ul><li>Lead a team of twelve</li><li>Own the store budget</li></ul></main></body></html>`;

describe('facts under the title in elements whose attributes say what they hold', () => {
  test.each([
    [
      'Workable-style data-ui attributes',
      '<div data-ui="job-location">Cork, Ireland</div><span data-ui="job-type">Full time</span><span data-ui="job-department">Retail</span>',
      { location: ['Cork, Ireland'], 'employment type': ['Full time'], department: ['Retail'] },
    ],
    [
      'class names',
      '<p class="posting-location">Lyon</p><p class="workplace-type">Hybride</p><p class="compensation">45 000 € par an</p>',
      { location: ['Lyon'], workplace: ['Hybride'], salary: ['45 000 € par an'] },
    ],
  ])('%s', (_name, facts, fields) => {
    const raw = parseInput(page('Store Manager', facts), { kind: 'html' })[0];
    expect(raw?.fields).toMatchObject(fields);
  });

  test('a wrapper named for the facts is read as a facts list, not as one fact', () => {
    const raw = parseInput(
      page('Store Manager', '<ul class="job-location-list"><li>Location: Cork</li><li>Team: Retail</li></ul>'),
      {
        kind: 'html',
      },
    )[0];
    expect(raw?.fields.location).toEqual(['Cork']);
  });
});

describe('the site name beside the title in a <title> joined by a plain dash', () => {
  test.each([
    ['after the title', 'Store Manager - Greenleaf Garden Centres', 'Store Manager', 'Greenleaf Garden Centres'],
    ['before the title', 'Greenleaf Garden Centres – Store Manager', 'Store Manager', 'Greenleaf Garden Centres'],
    ['with a careers word', 'Store Manager - Greenleaf Careers', 'Store Manager', 'Greenleaf'],
    ['neither side is the title', 'Retail - Greenleaf', 'Store Manager', null],
  ])('%s: %s', (_name, raw, title, site) => expect(siteBesideTitle(raw, title)).toBe(site));

  test('a page titled that way names its company', () => {
    const raw = parseInput(page('Store Manager - Greenleaf Garden Centres', ''), { kind: 'html' })[0];
    expect(raw?.companyName).toBe('Greenleaf Garden Centres');
  });
});

describe("the employer's name in a heading marked as such under the title (a job board's h2)", () => {
  const board = (facts: string) =>
    parseInput(
      `<html><head><title>Store Manager - Jobboard.example</title><meta property="og:site_name" content="Jobboard.example"></head><body><main><h1>Store Manager</h1>${facts}<p>We run forty garden centres and are opening six more next spring across the region.</p><h2>Responsibilities</h2><ul><li>Lead a team of twelve</li></ul></main></body></html>`,
      { kind: 'html' },
    )[0];

  test.each([
    [
      "pracuj.pl's data-test, a link after the name",
      '<h2 data-test="text-employerName">Grupa Malta Logistyka Sp. z o.o.<a href="/firma">O firmie</a></h2><ul><li data-test="contracts">umowa o pracę</li><li>pełny etat</li></ul>',
      'Grupa Malta Logistyka Sp. z o.o.',
      'pełny etat',
    ],
    [
      'a class name',
      '<h2 class="company-name">Greenleaf Garden Centres Ltd</h2><ul class="job-meta"><li>Leeds</li><li>Full-time</li></ul>',
      'Greenleaf Garden Centres Ltd',
      'Full-time',
    ],
    [
      'a data-testid, the name in a link',
      '<h3 data-testid="employer-name"><a href="/c/42">Harbour Freight GmbH</a></h3><ul class="job-meta"><li>Hamburg</li><li>Vollzeit</li></ul>',
      'Harbour Freight GmbH',
      'Vollzeit',
    ],
  ])('%s', (_name, facts, company, type) => {
    const raw = board(facts);
    expect(raw?.companyName).toBe(company);
    expect(raw?.fields.meta ?? []).toContain(type);
  });

  test('counter-case: an unmarked heading after the title begins the body; its list is not the facts', () => {
    const raw = board('<h2>Greenleaf Garden Centres Ltd</h2><ul><li>Leeds</li><li>Full-time</li></ul>');
    expect(raw?.companyName).not.toBe('Greenleaf Garden Centres Ltd');
    expect(raw?.fields.meta).toBeUndefined();
  });
});
