import { unescapeHtml } from '../../../shared/sources/json-values';
import { parseJsonLdDocument, parseJsonLdPage } from '../../../shared/sources/jsonld/parse-jsonld';

/**
 * JSON-LD as SEO plugins write it: the posting points to its employer by `@id` inside a `@graph` (or another
 * script), and a description a CMS escaped before its template escaped it again.
 */
const script = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const page = (...scripts: string[]): string =>
  `<!doctype html><html><head>${scripts.join('')}</head><body></body></html>`;
const posting = (extra: Record<string, unknown>) => ({
  '@type': 'JobPosting',
  title: 'Tester',
  description: '<p>We test billing systems.</p>',
  datePosted: '2026-11-21',
  ...extra,
});

describe('a property given as an @id reference reads the node it names', () => {
  const org = { '@type': 'Organization', '@id': 'https://acme.example/#org', name: 'Acme sp. z o.o.' };
  const ref = { hiringOrganization: { '@id': 'https://acme.example/#org' } };
  it.each([
    ['in the same @graph', page(script({ '@context': 'https://schema.org', '@graph': [org, posting(ref)] }))],
    ['in another script', page(script(org), script(posting(ref)))],
    ['after the posting', page(script({ '@graph': [posting(ref), { '@type': 'WebPage', '@id': '#wp' }, org] }))],
  ])('%s', (_name, html) => expect(parseJsonLdPage(html, { url: null })[0]?.companyName).toBe('Acme sp. z o.o.'));

  it('references inside arrays resolve too', () => {
    const place = { '@id': '#krakow', '@type': 'Place', address: { addressLocality: 'Kraków', addressCountry: 'PL' } };
    const json = { '@graph': [place, posting({ jobLocation: [{ '@id': '#krakow' }] })] };
    expect(parseJsonLdDocument(json, { url: null })[0]?.locations[0]?.city).toBe('Kraków');
  });

  it('a reference to nothing on the page stays a reference', () => {
    const html = page(script(posting({ hiringOrganization: { '@id': 'https://elsewhere.example/#org' } })));
    expect(parseJsonLdPage(html, { url: null })[0]?.companyName).toBeNull();
  });

  it('a node that says more than its @id is read as written', () => {
    const html = page(
      script({
        '@graph': [{ '@id': '#org', name: 'Other' }, posting({ hiringOrganization: { '@id': '#org', name: 'Acme' } })],
      }),
    );
    expect(parseJsonLdPage(html, { url: null })[0]?.companyName).toBe('Acme');
  });
});

describe('HTML escaped more than once is unescaped to markup', () => {
  it.each([
    ['twice', '&amp;lt;p&amp;gt;Zespół R&amp;amp;amp;D&amp;lt;/p&amp;gt;', '<p>Zespół R&amp;D</p>'],
    [
      'three times',
      '&amp;amp;lt;ul&amp;amp;gt;&amp;amp;lt;li&amp;amp;gt;Python&amp;amp;lt;/li&amp;amp;gt;&amp;amp;lt;/ul&amp;amp;gt;',
      '<ul><li>Python</li></ul>',
    ],
    ['once, as before', '&lt;p&gt;R&amp;amp;D&lt;/p&gt;', '<p>R&amp;D</p>'],
  ])('%s', (_name, escaped, html) => expect(unescapeHtml(escaped)).toBe(html));

  it.each([
    ['markup that shows an escaped tag', '<p>Write &amp;lt;div&amp;gt; in the template</p>'],
    ['plain text with an ampersand', 'Research &amp;amp; Development'],
  ])('%s stays as written', (_name, text) => expect(unescapeHtml(text)).toBe(text));

  it('a JSON-LD description escaped twice gives sections, not visible tags', () => {
    const description =
      '&amp;lt;h3&amp;gt;Obowiązki&amp;lt;/h3&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Testy API&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;';
    const [raw] = parseJsonLdPage(page(script(posting({ description }))), { url: null });
    expect(raw?.html).toBe('<h3>Obowiązki</h3><ul><li>Testy API</li></ul>');
  });
});
