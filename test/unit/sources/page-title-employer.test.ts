import { parseHtmlPage } from '../../../shared/sources/html';
import { siteBesideTitle } from '../../../shared/sources/html/page-title';

/** A career page with no company field, no og:site_name and no JSON-LD: the <title> is the only employer source. */
const page = (title: string, heading: string, head = ''): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>` +
  `<h1>${heading}</h1><h2>Tasks</h2><ul><li>Build and run the services</li><li>Review the code of others</li></ul>` +
  `</body></html>`;

describe('the employer beside the job title in <title>, when the two titles differ only by hiring noise', () => {
  it.each([
    ['[경력] Android 개발자 채용 - 누리모빌리티', '[경력] Android 개발자 (5년 이상)', '누리모빌리티'],
    ['Acme Robotics - Senior Backend Engineer', 'Senior Backend Engineer (m/w/d)', 'Acme Robotics'],
    ['Buchhalter (m/w/d) - Nordlicht AG', 'Buchhalter', 'Nordlicht AG'],
    ['【正社員】バックエンドエンジニア募集 - 株式会社サンプル', 'バックエンドエンジニア', '株式会社サンプル'],
    ['Job: Data Analyst (Hiring) – Orbit Labs', 'Data Analyst', 'Orbit Labs'],
    ['Enfermeira (Plantão Noturno) - Hospital Araucária', 'Enfermeira', 'Hospital Araucária'],
  ])('%s → %s', (raw, heading, company) => {
    expect(siteBesideTitle(raw, heading)).toBe(company);
    expect(parseHtmlPage(page(raw, heading))[0]?.companyName).toBe(company);
  });

  it.each([
    // a place beside the title says where, not who
    ['Senior Backend Engineer - Berlin', 'Senior Backend Engineer'],
    ['Enfermera - Valencia', 'Enfermera'],
    // neither side is the job's title
    ['Retail - Greenleaf', 'Store Manager'],
    ['[경력] iOS 개발자 채용 - 누리모빌리티', 'Android 개발자'],
  ])('counter-case: %s names no employer', (raw, heading) => {
    expect(siteBesideTitle(raw, heading)).toBeNull();
  });

  it('a better source wins: og:site_name is the company whatever <title> says', () => {
    const head = '<meta property="og:site_name" content="Orbit Labs Group">';
    expect(parseHtmlPage(page('Data Analyst - Orbit Labs', 'Data Analyst', head))[0]?.companyName).toBe(
      'Orbit Labs Group',
    );
  });

  it.each([
    ['채용 | 누리모빌리티', '누리모빌리티'],
    ['採用情報 | 株式会社サンプル', '株式会社サンプル'],
  ])('a <title> of a careers word and a name gives the name: %s', (raw, company) => {
    expect(parseHtmlPage(page(raw, 'Android 개발자'))[0]?.companyName).toBe(company);
  });
});
