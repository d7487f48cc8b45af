import { parseHtmlPage } from '../../../shared/sources/html';

/** A hosted career page whose <title> is the job's alone, with `header` as its site header. */
const page = (header: string, title = 'Project Engineer'): string =>
  `<html><head><title>${title}</title></head><body>${header}<main><h1>Project Engineer</h1>` +
  '<p>Design and deliver water projects from concept to construction for councils and utilities.</p>' +
  '<ul><li>Prepare drawings</li><li>Liaise with clients</li></ul></main>' +
  '<footer><a href="/">Powered by Workday Jobs</a></footer></body></html>';

const companyOf = (html: string): string | null => parseHtmlPage(html)[0]?.companyName ?? null;

describe('the employer a career site names in its header link is the company when nothing else names it', () => {
  it.each([
    ['name then Careers', '<header><a href="/">Aotea Engineering Careers</a></header>', 'Aotea Engineering'],
    ['Careers at name', '<header><nav><a href="/">Careers at Kauri Bank</a></nav></header>', 'Kauri Bank'],
    ['name then Jobs', '<div role="banner"><a href="/">Northwind Logistics Jobs</a></div>', 'Northwind Logistics'],
    ['capital site word', '<header><a href="/">MAPLE HEALTH CAREERS</a></header>', 'MAPLE HEALTH'],
  ])('%s', (_name, header, company) => {
    expect(companyOf(page(header))).toBe(company);
  });

  it.each([
    ['a site action', '<header><a href="/search">Search for Jobs</a></header>'],
    ['similar jobs', '<header><a href="/similar">Similar Jobs</a></header>'],
    ['a link outside the header', '<nav><a href="/">Aotea Engineering Careers</a></nav>'],
    ['a header link without a site word', '<header><a href="/">Aotea Engineering</a></header>'],
  ])('counter-case, %s: no company', (_name, header) => {
    expect(companyOf(page(header))).toBeNull();
  });

  it('the page title naming the company still wins', () => {
    const html = page(
      '<header><a href="/">Other Brand Careers</a></header>',
      'Project Engineer | Careers at Kauri Bank',
    );
    expect(companyOf(html)).toBe('Kauri Bank');
  });
});
