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
