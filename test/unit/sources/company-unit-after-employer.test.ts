import { parseHtmlPage } from '../../../shared/sources/html';

/**
 * An organisation field that names a unit after the employer ("Rhodania Services - Facility Management", Taleo's
 * "Organisation" row) gives the employer when the header logo names it.
 */
const page = (logo: string, fact: string): string =>
  `<!doctype html><html><body><div id="header"><a href="/">${logo}</a></div><main><h1>Technician</h1>` +
  `<p>${fact}</p><p>${'We maintain 400 buildings across the region with our own teams. '.repeat(3)}</p></main></body></html>`;
const companyOf = (logo: string, fact: string): string | null =>
  parseHtmlPage(page(logo, fact), {})[0]?.companyName ?? null;

describe('the employer before a unit the logo confirms', () => {
  it.each([
    [
      'fr Taleo',
      '<img alt="Rhodania Services">',
      'Organisation : Rhodania Services - Facility Management',
      'Rhodania Services',
    ],
    ['en division', '<img alt="Acme Corp">', 'Organization: Acme Corp – Retail Division', 'Acme Corp'],
    ['de bar', '<img alt="Nordlicht AG">', 'Unternehmen: Nordlicht AG | IT-Services', 'Nordlicht AG'],
    ['es slash', '<img alt="Clínica Sur">', 'Empresa: Clínica Sur / Radiología', 'Clínica Sur'],
  ])('%s', (_name, logo, fact, company) => expect(companyOf(logo, fact)).toBe(company));
});

describe('other values stay as written', () => {
  it.each([
    [
      'a logo alt that names no one',
      '<img alt="Company logo">',
      'Organization: Acme Corp - Retail Division',
      'Acme Corp - Retail Division',
    ],
    [
      'a logo naming another company',
      '<img alt="Initech">',
      'Organization: Acme Corp - Retail Division',
      'Acme Corp - Retail Division',
    ],
    ['the value is the logo name', '<img alt="Smith - Jones LLP">', 'Company: Smith - Jones LLP', 'Smith - Jones LLP'],
    ['a longer name that starts with it', '<img alt="Acme">', 'Company: Acme Robotics GmbH', 'Acme Robotics GmbH'],
    ['no logo', 'Home', 'Organization: Acme Corp - Retail Division', 'Acme Corp - Retail Division'],
  ])('%s', (_name, logo, fact, company) => expect(companyOf(logo, fact)).toBe(company));
});
