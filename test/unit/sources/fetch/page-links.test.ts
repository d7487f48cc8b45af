import { readListPage, readSitemap, sameSiteUrl } from '../../../../shared/sources/fetch/page-links';

describe('reading career-site list pages and sitemaps', () => {
  const page = `<html><head><link rel="next" href="/jobs?page=3"></head><body>
    <a href="/jobs/1">One</a><a href="/jobs/1#apply">One again</a><a href="https://careers.acme.example/jobs/2">Two</a>
    <a href="https://other.example/jobs/3">Elsewhere</a><a href="mailto:jobs@acme.example">Mail</a><a href="javascript:void(0)">JS</a>
    <a class="job" href="/jobs/4">Four</a></body></html>`;

  it('keeps same-site links only, without fragments or duplicates', () => {
    expect(readListPage(page, 'https://acme.example/jobs?page=2', {}).details).toEqual([
      'https://acme.example/jobs/1',
      'https://careers.acme.example/jobs/2',
      'https://acme.example/jobs/4',
    ]);
  });

  it('uses the link selector when one is given', () => {
    expect(readListPage(page, 'https://acme.example/jobs', { link: 'a.job' }).details).toEqual([
      'https://acme.example/jobs/4',
    ]);
  });

  it('finds the next page through rel=next, or the next selector', () => {
    expect(readListPage(page, 'https://acme.example/jobs?page=2', {}).next).toBe('https://acme.example/jobs?page=3');
    expect(readListPage(page, 'https://acme.example/jobs', { next: 'a.job' }).next).toBe('https://acme.example/jobs/4');
  });

  it.each([
    ['/a', 'https://acme.example/x', 'https://acme.example/a'],
    ['https://www.acme.example/a', 'https://acme.example/', 'https://www.acme.example/a'],
    ['https://jobs.acme.example/a', 'https://acme.example/', 'https://jobs.acme.example/a'],
    ['https://acme.example.evil.test/a', 'https://acme.example/', null],
    ['https://evilacme.example/a', 'https://acme.example/', null],
    ['http://acme.example:8080/a', 'http://acme.example/', null],
    ['ftp://acme.example/a', 'https://acme.example/', null],
  ])('%s seen from %s is same-site: %p', (href, base, expected) => {
    expect(sameSiteUrl(href, base)).toBe(expected);
  });

  it('reads url sets and sitemap indexes', () => {
    const urlset =
      '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://a.example/1 </loc></url></urlset>';
    const index =
      '<sitemapindex><sitemap><loc>https://a.example/jobs.xml</loc></sitemap><sitemap><loc>https://a.example/more.xml</loc></sitemap></sitemapindex>';
    expect(readSitemap(urlset)).toEqual({ pages: ['https://a.example/1'], sitemaps: [] });
    expect(readSitemap(index)).toEqual({
      pages: [],
      sitemaps: ['https://a.example/jobs.xml', 'https://a.example/more.xml'],
    });
  });
});
