import { parseInput } from '../../../shared/sources/parse-input';

/** `og:site_name` as careers sites write it: the company's name beside a careers word, which is not the company's. */
const page = (site: string) =>
  `<html><head><title>Customer Success Manager</title><meta property="og:site_name" content="${site}"></head><body><main><h1>Customer Success Manager</h1><p>We build accounting software for 12,000 small businesses and are growing our customer team.</p><h2>What you will do</h2><ul><li>Onboard new customers</li><li>Run quarterly reviews</li></ul></main></body></html>`;

describe('the company named by og:site_name', () => {
  test.each([
    ['株式会社ミライクラウド Careers', '株式会社ミライクラウド'],
    ['Acme Karriere', 'Acme'],
    ['Jobs at Northwind', 'Northwind'],
    ['株式会社サンプル 採用サイト', '株式会社サンプル'],
  ])('%s → %s', (site, company) => expect(parseInput(page(site), { kind: 'html' })[0]?.companyName).toBe(company));

  test.each([
    ['a name that is only the company', 'Pollen Logistique', 'Pollen Logistique'],
    ['a name with "Jobs" inside a word', 'Jobsworth Cafés', 'Jobsworth Cafés'],
  ])('counter-case, %s: kept as written', (_name, site, company) =>
    expect(parseInput(page(site), { kind: 'html' })[0]?.companyName).toBe(company),
  );

  test('a site name that is only a careers word names no company', () =>
    expect(parseInput(page('Careers'), { kind: 'html' })[0]?.companyName).not.toBe('Careers'));
});
