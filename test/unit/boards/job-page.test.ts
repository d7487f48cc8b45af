import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { collectText } from '../../../shared/boards/feed-stream';
import { GOOGLE_REQUIRED } from '../../../shared/boards/jsonld';
import { JOB_PAGE_CSP, renderJobPage } from '../../../shared/boards/job-page';
import { renderSitemap } from '../../../shared/boards/sitemap';
import { makePosting } from './posting-fixture';

const context = { defaults: {}, publicBaseUrl: 'https://jobs.acme.example/' };

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no JSON-LD');
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe('job page', () => {
  it('answers 200 with a strict Content-Security-Policy and JSON-LD holding every required property', () => {
    const page = renderJobPage(makePosting(), context);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(JOB_PAGE_CSP);
    expect(JOB_PAGE_CSP).toContain("default-src 'none'");
    expect(JOB_PAGE_CSP).not.toContain('unsafe-inline');
    const ld = jsonLdOf(page.body);
    for (const property of GOOGLE_REQUIRED) expect(ld[property]).toBeTruthy();
    expect(page.body).toContain(
      '<link rel="canonical" href="https://jobs.acme.example/jobs/a1b2c3d4e5f6a7b8c9d0e1f2">',
    );
  });

  it('escapes markup in the title and company, and the JSON-LD cannot be closed early', () => {
    const attack = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const page = renderJobPage(makePosting({ title: attack, company: { name: `"><b>${attack}`, url: null } }), context);
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('&lt;/script&gt;');
    expect(jsonLdOf(page.body)['title']).toBe(attack);
  });

  it('answers 410 for a closed posting, without job markup', () => {
    const page = renderJobPage(makePosting({ status: 'closed', closedAt: '2026-04-01T00:00:00.000Z' }), context);
    expect(page.status).toBe(410);
    expect(page.body).not.toContain('application/ld+json');
    expect(page.headers['x-robots-tag']).toBe('noindex');
  });

  it('points a duplicate to the canonical posting page', () => {
    const page = renderJobPage(makePosting({ duplicateOf: 'canonical1' }), context);
    expect(page.body).toContain('<link rel="canonical" href="https://jobs.acme.example/jobs/canonical1">');
  });
});

describe('sitemap', () => {
  it('lists job page URLs with their last change, as valid XML', async () => {
    const xml = await collectText(
      renderSitemap(
        [
          { id: 'p1', lastModified: '2026-03-02T10:00:00.000Z' },
          { id: 'p2', lastModified: '2026-03-03T10:00:00.000Z' },
        ],
        'https://jobs.acme.example',
      ),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml) as {
      urlset: { url: { loc: string; lastmod: string }[] };
    };
    expect(doc.urlset.url).toEqual([
      { loc: 'https://jobs.acme.example/jobs/p1', lastmod: '2026-03-02T10:00:00.000Z' },
      { loc: 'https://jobs.acme.example/jobs/p2', lastmod: '2026-03-03T10:00:00.000Z' },
    ]);
  });

  it('an empty sitemap is still a valid urlset', async () => {
    const xml = await collectText(renderSitemap([], 'https://jobs.acme.example'));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<urlset');
  });
});
