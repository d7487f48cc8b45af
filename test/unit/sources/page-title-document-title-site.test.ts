import { parseHtmlPage } from '../../../shared/sources/html';

/**
 * Career-site builders give `og:title` the job's title alone and write "Job - Acme Careers" in `<title>` only:
 * the company is read from `<title>` when `og:title`, read first, names none.
 */
const page = (head: string): string =>
  `<!doctype html><html><head>${head}</head><body><main><h1>Nurse</h1><p>${'We care for patients around the clock. '.repeat(4)}</p></main></body></html>`;

describe('the company named in <title> when og:title names none', () => {
  it.each([
    ['en careers suffix', 'Nurse (Part-Time) - Harborview Health Careers', 'Nurse (Part-Time)', 'Harborview Health'],
    [
      'de Karriere suffix',
      'Pflegefachkraft (m/w/d) | Karriere Klinikum Nordstadt',
      'Pflegefachkraft (m/w/d)',
      'Klinikum Nordstadt',
    ],
    ['pt Carreiras suffix', 'Enfermeira | Carreiras Vila Verde', 'Enfermeira', 'Vila Verde'],
    ['es Empleos en', 'Enfermera — Empleos en Clínica Sur', 'Enfermera', 'Clínica Sur'],
  ])('%s', (_name, documentTitle, ogTitle, company) => {
    const html = page(`<title>${documentTitle}</title><meta property="og:title" content="${ogTitle}">`);
    expect(parseHtmlPage(html, {})[0]?.companyName).toBe(company);
  });

  it('og:site_name still comes first', () => {
    const html = page(
      '<title>Nurse - Harborview Health Careers</title><meta property="og:title" content="Nurse"><meta property="og:site_name" content="Harborview">',
    );
    expect(parseHtmlPage(html, {})[0]?.companyName).toBe('Harborview');
  });

  it('a <title> that names no site gives no company', () => {
    const html = page('<title>Nurse (Part-Time)</title><meta property="og:title" content="Nurse">');
    expect(parseHtmlPage(html, {})[0]?.companyName).toBeNull();
  });
});
