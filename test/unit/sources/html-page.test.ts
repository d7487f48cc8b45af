import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlPage } from '../../../shared/sources/html';
import { htmlToText } from '../../../shared/normalize/sanitize';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/documents', name), 'utf8');

describe('parseHtmlPage', () => {
  it.each([
    {
      name: 'a page with cookie banner, site header with a logo <h1>, breadcrumbs, share widget, similar jobs, sidebar and footer',
      file: 'career-page-chrome.html',
      url: 'https://careers.northwind.example/jobs/platform-engineer',
      title: 'Platform Engineer',
      company: 'Northwind',
      applyUrl: 'https://careers.northwind.example/jobs/platform-engineer/apply',
      fields: {
        location: ['Amsterdam, Netherlands'],
        meta: ['Hybrid', 'Full-time'],
        department: ['Infrastructure'],
        salary: ['€70,000 – €85,000 per year.'],
      },
      bodyHas: ['3,000 European warehouses', 'Run our Kubernetes clusters on GCP', 'CKA certification'],
      bodyLacks: [
        'cookies',
        'Accept all',
        'Blog',
        'Similar jobs',
        'Site Reliability Engineer',
        'Share on',
        'talent community',
        'Subscribe',
        'Northwind B.V.',
        'Apply now',
        'dataLayer',
      ],
    },
    {
      name: 'a page of bare divs with no semantic markup and no <h1>',
      file: 'career-page-div-soup.html',
      url: 'https://sonnenhof.example/karriere/werkstudent',
      title: 'Werkstudent Marketing (m/w/d)',
      company: 'Sonnenhof',
      applyUrl: 'mailto:jobs@sonnenhof.example',
      fields: {},
      bodyHas: ['Familienunternehmen aus Freiburg', 'Erstellung von Newslettern', '15 € pro Stunde'],
      bodyLacks: ['Impressum', 'Datenschutz', 'Presse', 'Jetzt bewerben'],
    },
    {
      name: 'a French page titled by og:title with a separator-joined facts line',
      file: 'career-page-fr.html',
      url: 'https://atelier-lumiere.example/offres/42',
      title: 'Chargé de recrutement (H/F)',
      company: 'Atelier Lumière',
      applyUrl: 'https://atelier-lumiere.example/postuler/42',
      fields: { meta: ['Lyon', 'CDI', 'Ressources humaines'] },
      bodyHas: ['Piloter les recrutements', 'Mutuelle prise en charge'],
      bodyLacks: ['cookies', 'Offres similaires', 'Assistant RH'],
    },
  ])('reads $name', ({ file, url, title, company, applyUrl, fields, bodyHas, bodyLacks }) => {
    const [posting, ...rest] = parseHtmlPage(fixture(file), { url });
    expect(rest).toEqual([]);
    expect(posting).toEqual(
      expect.objectContaining({ kind: 'html', url, title, companyName: company, applyUrl, fields }),
    );
    const text = htmlToText(posting?.html ?? '');
    for (const phrase of bodyHas) expect(text).toContain(phrase);
    for (const phrase of bodyLacks) expect(text).not.toContain(phrase);
  });

  it.each([
    ['the main <h1>', '<h1>Data Engineer</h1><p>Body text that is long enough.</p>', 'Data Engineer'],
    [
      'og:title without the company',
      '<head><meta property="og:title" content="Data Engineer | Acme Careers"></head><body><p>Body</p></body>',
      'Data Engineer',
    ],
    [
      '<title> without " — Company"',
      '<head><title>Data Engineer — Acme</title></head><body><p>Body</p></body>',
      'Data Engineer',
    ],
    [
      '<title> keeping a dash that is part of the title',
      '<head><title>Nurse – Night Shifts</title></head><body><p>Body</p></body>',
      'Nurse – Night Shifts',
    ],
    [
      '<title> without " - Jobs at Company"',
      '<head><title>Barista - Jobs at Tostado</title></head><body><p>Body</p></body>',
      'Barista',
    ],
  ])('takes the title from %s', (_name, html, title) => {
    expect(parseHtmlPage(html, {})[0]?.title).toBe(title);
  });

  it.each([
    ['Apply now', '<a href="/jobs/1/apply">Apply now</a>'],
    ['Jetzt bewerben', '<a href="/stellen/1/bewerbung">Jetzt bewerben</a>'],
    ['Postuler', '<a href="/offres/1/candidature">Postuler</a>'],
    ['応募する', '<a href="/jobs/1/entry">応募する</a>'],
    ['Ứng tuyển', '<a href="/viec-lam/1/ung-tuyen">Ứng tuyển ngay</a>'],
    ['Aplicar', '<a href="/empleos/1/aplicar">Aplicar</a>'],
    ['Candidatar', '<a href="/vagas/1/candidatura">Candidatar-se</a>'],
    ['Solliciteer', '<a href="/vacatures/1/solliciteren">Solliciteer nu</a>'],
    ['a class that says apply', '<a class="btn-apply" href="/go/123">Start</a>'],
    ['a button inside the link', '<a href="/jobs/1/form"><button>Apply</button></a>'],
  ])('finds the apply link by %s and makes it absolute', (_name, link) => {
    const html = `<nav><a href="/">Home</a><a href="/jobs">All jobs</a></nav><h1>Role</h1><p>Text</p>${link}`;
    const applyUrl = parseHtmlPage(html, { url: 'https://acme.example/jobs/1' })[0]?.applyUrl;
    expect(applyUrl).toMatch(/^https:\/\/acme\.example\//);
    expect(applyUrl).not.toBe('https://acme.example/jobs');
  });

  it('ignores javascript: apply links and keeps clearly labelled meta items as fields', () => {
    const html =
      '<article><h1>Role</h1><ul class="meta"><li>Location: Berlin</li><li>Remote</li></ul><p>Body text.</p><a href="javascript:apply()">Apply</a></article>';
    const [posting] = parseHtmlPage(html, { url: 'https://acme.example/r' });
    expect(posting?.applyUrl).toBeNull();
    expect(posting?.fields).toEqual({ location: ['Berlin'], meta: ['Remote'] });
  });

  const questionsPage = (block: string): string =>
    `<html><body><article><h1>Payroll Officer</h1><div><h3>About the role</h3><p>You will run the fortnightly payroll for 1,400 staff across nine homes.</p><ul><li>Process timesheets and leave</li><li>Reconcile superannuation</li></ul></div>${block}<div><h3>About us</h3><p>We are a not-for-profit provider in Western Sydney.</p></div></article></body></html>`;
  it.each([
    [
      'SEEK: its own block',
      '<div><h3>Employer questions</h3><p>Your application will include the following questions:</p><ul><li>Do you hold a police check?</li></ul></div>',
      'police check',
    ],
    [
      'Indeed fr: heading and list loose among the sections',
      "<h3>Questions de l'employeur</h3><ul><li>Avez-vous le permis B ?</li></ul>",
      'permis B',
    ],
    [
      'Indeed de, with a colon',
      '<section><h2>Fragen des Arbeitgebers:</h2><p>Haben Sie einen Staplerschein?</p></section>',
      'Staplerschein',
    ],
    [
      'LinkedIn en',
      '<div><h4>Screening questions</h4><p>Are you authorised to work in Australia?</p></div>',
      'authorised to work',
    ],
  ])("leaves out the board's application questions: %s", (_name, block, question) => {
    const text = htmlToText(parseHtmlPage(questionsPage(block), {})[0]?.html ?? '');
    expect(text).toContain('Reconcile superannuation');
    expect(text).toContain('not-for-profit provider');
    expect(text).not.toContain(question);
  });

  it.each([
    [
      'a heading that asks',
      '<div><h3>Questions?</h3><p>Call Sam on 02 9000 0000 about the role.</p></div>',
      'Call Sam',
    ],
    [
      'a heading about the interview',
      '<div><h3>Interview questions we ask</h3><p>Tell us about a payroll you fixed.</p></div>',
      'payroll you fixed',
    ],
  ])("keeps a posting's own questions: %s", (_name, block, kept) => {
    expect(htmlToText(parseHtmlPage(questionsPage(block), {})[0]?.html ?? '')).toContain(kept);
  });

  const statusPage = (line: string): string =>
    `<html><body><main><h1>Payroll Officer</h1><div><p>Harbour Foods is hiring in Leeds.</p>${line}<h3>About the role</h3><p>You will run the fortnightly payroll for 1,400 staff across nine homes.</p><ul><li>Process timesheets and leave</li><li>Reconcile superannuation</li></ul></div></main></body></html>`;
  it.each([
    ['SEEK: a short age', '<span>Posted 3d ago</span>', 'Posted 3d ago'],
    ['Computrabajo: an age with its update note', '<p class="fc_aux">Hace 2 días (actualizada)</p>', 'Hace 2'],
    [
      'LinkedIn fr: age and applicants',
      '<p><span>Il y a 3 jours</span> · <span>Plus de 100 candidats</span></p>',
      'candidats',
    ],
    ['SEEK: a star rating with reviews', '<a href="/reviews">3.8 ★ 42 reviews</a>', '42 reviews'],
    ['Computrabajo: a rating in Spanish', '<span>4,2 ★ (37 evaluaciones)</span>', 'evaluaciones'],
  ])("leaves out the board's status note and rating: %s", (_name, line, gone) => {
    const text = htmlToText(parseHtmlPage(statusPage(line), {})[0]?.html ?? '');
    expect(text).toContain('Reconcile superannuation');
    expect(text).not.toContain(gone);
  });

  it.each([
    ['a sentence with a time ago', '<p>We opened our new office 3 days ago and are hiring.</p>'],
    ['a pay line', '<span>€ 3.900/mnd - € 5.100/mnd</span>'],
    ['a team size', '<span>Team of 12 people</span>'],
  ])('keeps a line that is not a status note: %s', (_name, line) => {
    const kept = htmlToText(line).trim();
    expect(htmlToText(parseHtmlPage(statusPage(line), {})[0]?.html ?? '')).toContain(kept);
  });

  it('keeps a date line the posted-date logic reads', () => {
    const [posting] = parseHtmlPage(statusPage('<p>Posted 3 days ago</p>'), {});
    const text = htmlToText(posting?.html ?? '');
    expect(`${text} ${JSON.stringify(posting?.fields)} ${posting?.datePosted ?? ''}`).toContain('3 days ago');
  });

  it('returns no posting for a page with neither title nor content', () => {
    expect(parseHtmlPage('<html><head></head><body><nav><a href="/">Home</a></nav></body></html>', {})).toEqual([]);
  });

  it('survives hostile HTML: deep nesting, huge attributes, unclosed tags', () => {
    const hostile = [
      `<div>${'<div><span>'.repeat(30_000)}<h1>Deep Role</h1>`,
      `<p class="${'x'.repeat(1_000_000)}">text</p>`,
      '<ul><li>a<li>b<table><tr><td>c',
      '<a href="'.repeat(1000),
    ];
    for (const html of hostile) expect(() => parseHtmlPage(html, { url: 'https://acme.example/' })).not.toThrow();
    expect(htmlToText(parseHtmlPage(hostile[0] ?? '', {})[0]?.html ?? '')).toContain('Deep Role');
  });
});

describe('parseHtmlPage reading a facts sidebar', () => {
  const page = (aside: string): string =>
    `<html><body><div class="job"><h1>Role</h1><p>We build tools for small shops and need help.</p><ul><li>Ship it</li></ul></div>${aside}</body></html>`;

  it.each([
    [
      'label and value spans (German)',
      '<aside><div class="fact"><span class="label">Standort</span><span class="value">Leipzig</span></div><div class="fact"><span class="label">Abteilung</span> <span class="value">Logistik</span></div></aside>',
      { location: 'Leipzig', department: 'Logistik' },
    ],
    [
      'a definition list (Spanish)',
      '<aside class="sidebar"><dl><dt>Ubicación</dt><dd>Valencia</dd><dt>Tipo de contrato</dt><dd>Indefinido</dd></dl></aside>',
      { location: 'Valencia', 'employment type': 'Indefinido' },
    ],
    [
      'label and value blocks (French)',
      '<div class="job-sidebar"><div class="fact"><div class="label">Lieu</div><div>Nantes</div></div><div class="fact"><div class="label">Salaire</div><div>42 000 € par an</div></div></div>',
      { location: 'Nantes', salary: '42 000 € par an' },
    ],
    [
      'a two-column table (Italian)',
      '<aside><table><tr><th>Sede</th><td>Bari</td></tr><tr><th>Contratto</th><td>Tempo pieno</td></tr></table></aside>',
      { location: 'Bari', 'employment type': 'Tempo pieno' },
    ],
    [
      'a bold label beside its value (Dutch)',
      '<aside><p><strong>Plaats</strong><span>Zwolle</span></p></aside>',
      { location: 'Zwolle' },
    ],
  ])('reads %s as header fields', (_name, aside, expected) => {
    const [posting] = parseHtmlPage(page(aside), { url: 'https://shop.example/jobs/1' });
    for (const [key, value] of Object.entries(expected)) expect(posting?.fields[key]).toEqual([value]);
  });

  it('does not read a label line followed by another label as a value', () => {
    const aside = '<aside><div>Location</div><div>Department: Sales</div></aside>';
    const [posting] = parseHtmlPage(page(aside), { url: 'https://shop.example/jobs/1' });
    expect(posting?.fields.location).toBeUndefined();
    expect(posting?.fields.department).toEqual(['Sales']);
  });
});

describe('parseHtmlPage reading dates in the page locale', () => {
  it.each([
    ['es', 'Publicada', '02/12/2026', '2026-12-02'],
    ['pt-BR', 'Publicado em', '05/01/2027', '2027-01-05'],
    ['it', 'Data di pubblicazione', '07/03/2027', '2027-03-07'],
    ['en-US', 'Date posted', '03/04/2027', '2027-03-04'],
  ])('reads a %s posting date from a "%s" table row', (lang, label, written, iso) => {
    const html = `<html lang="${lang}"><body><div id="content"><h1>Role</h1><table><tr><th>${label}</th><td>${written}</td></tr></table><div class="body"><p>We build tools for small shops across the country.</p><h3>Tasks</h3><ul><li>Ship features to hundreds of shop owners every week</li><li>Talk to shop owners about what slows them down</li></ul></div></div></body></html>`;
    expect(parseHtmlPage(html, { url: 'https://shop.example/jobs/1' })[0]?.datePosted).toBe(iso);
  });

  it('keeps a date it cannot read in the locale as written', () => {
    const html =
      '<html lang="en"><body><div id="content"><h1>Role</h1><table><tr><th>Posted</th><td>03/04/2027</td></tr></table><div class="body"><p>We build tools for small shops across the country.</p><h3>Tasks</h3><ul><li>Ship features to hundreds of shop owners every week</li><li>Talk to shop owners about what slows them down</li></ul></div></div></body></html>';
    expect(parseHtmlPage(html, {})[0]?.datePosted).toBe('03/04/2027');
  });
});
