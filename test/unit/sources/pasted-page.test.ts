import { pastedPage } from '../../../shared/sources/text/pasted-page';
import { parseText } from '../../../shared/sources/text';
import { parseMarkdown } from '../../../shared/sources/markdown';

const lines = (...l: string[]): string => l.join('\n');
/** An Indeed card as copied: skip link, title, employer, star rating, place. */
const CARD = ['Skip to content', 'Payroll Clerk', 'Harbour Foods', '3.4 out of 5 stars', 'Leeds LS11 5QR'];

describe('pastedPage: a job board page copied whole', () => {
  it.each([
    [
      'Indeed en-GB: title, company, rating, place, pay and type',
      lines(
        'Skip to main content',
        'Home',
        'Company reviews',
        'Sign in',
        'Payroll Clerk',
        'Harbour Foods',
        '3.4 out of 5 stars',
        'Leeds LS11 5QR',
        '£26,000 a year - Permanent, Full-time',
        'Apply now',
        'Save job',
        '',
        'Full job description',
        'Harbour Foods supplies bakeries across Yorkshire.',
      ),
      {
        title: 'Payroll Clerk',
        company: 'Harbour Foods',
        location: 'Leeds LS11 5QR',
        types: ['Permanent', 'Full-time'],
      },
    ],
    [
      'Indeed de: the rating in German',
      lines(
        'Zum Hauptinhalt springen',
        'Startseite',
        'Lagerist (m/w/d)',
        'Nordhafen Logistik',
        '3,6 von 5 Sternen',
        '28197 Bremen',
        'Vollzeit',
      ),
      { title: 'Lagerist (m/w/d)', company: 'Nordhafen Logistik', location: '28197 Bremen', types: ['Vollzeit'] },
    ],
    [
      'Glassdoor: company and rating above the title',
      lines(
        'Skip to content',
        'Glassdoor',
        'Search',
        'Buckeye Mutual Insurance',
        '3.9 ★',
        'Staff Accountant',
        'Columbus, OH',
        'Easy Apply',
        'Save',
      ),
      { title: 'Staff Accountant', company: 'Buckeye Mutual Insurance', location: 'Columbus, OH', types: [] },
    ],
    [
      'SEEK: rating, reviews and a link on one dotted line',
      lines(
        'Skip to content',
        'SEEK',
        'Sign in',
        'Civil Site Supervisor',
        'Northern Reef Civil Pty Ltd',
        '4.2 ★ 18 reviews · View all jobs',
        'Townsville, Queensland',
        'Full time',
      ),
      {
        title: 'Civil Site Supervisor',
        company: 'Northern Reef Civil Pty Ltd',
        location: 'Townsville, Queensland',
        types: ['Full time'],
      },
    ],
    [
      'LinkedIn nl: company above the title, named again below',
      lines(
        '0 meldingen totaal',
        'Naar zoeken',
        'Startpagina',
        'Zuiderzee Zorg',
        'Delen',
        'Meer opties weergeven',
        'Teamleider Thuiszorg',
        'Zwolle, Overijssel, Nederland · 3 dagen geleden',
        'Fulltime',
        '',
        'Over de vacature',
        'Zuiderzee Zorg biedt thuiszorg in de regio.',
      ),
      {
        title: 'Teamleider Thuiszorg',
        company: 'Zuiderzee Zorg',
        location: 'Zwolle, Overijssel, Nederland',
        types: ['Fulltime'],
      },
    ],
    [
      'LinkedIn it: a place with its workplace in brackets',
      lines(
        'Vai al contenuto principale',
        'Accedi',
        'Addetto Contabilità',
        'Milano, Lombardia, Italia (Ibrido)',
        'Candidati',
        'Salva',
      ),
      { title: 'Addetto Contabilità', company: null, location: 'Milano, Lombardia, Italia', types: [] },
    ],
  ])('%s', (_name, text, want) => {
    const page = pastedPage(text);
    expect(
      page && { title: page.title, company: page.company, location: page.location, types: page.employmentTypes },
    ).toEqual(want);
  });

  it.each([
    [
      'a board logo then menu entries',
      lines(
        'Indeed',
        'Home',
        'Company reviews',
        'Sign in',
        'Payroll Clerk',
        'Harbour Foods',
        '3.4 out of 5 stars',
        'Leeds LS11 5QR',
      ),
    ],
    [
      'a menu entry then more',
      lines('Home', 'Find jobs', 'Sign in', 'Payroll Clerk', 'Harbour Foods', '3.4 out of 5 stars', 'Leeds LS11 5QR'),
    ],
  ])('reads a page that opens with %s', (_name, text) => {
    expect(pastedPage(text)?.title).toBe('Payroll Clerk');
  });

  it('reads Indeed ja: a Japanese skip link and a Japanese place', () => {
    const page = pastedPage(
      lines(
        'メインコンテンツにスキップ',
        'ホーム',
        '倉庫内軽作業スタッフ',
        '株式会社ミナトロジ',
        '3.5 out of 5 stars',
        '千葉県市川市',
        '正社員',
      ),
    );
    expect(page && [page.title, page.company, page.location]).toEqual([
      '倉庫内軽作業スタッフ',
      '株式会社ミナトロジ',
      '千葉県市川市',
    ]);
  });

  it('drops the menu before the title and the buttons, ratings and sign-in prompts after it', () => {
    const page = pastedPage(
      lines(
        'Skip to main content',
        'Home',
        'Sign in',
        'Payroll Clerk',
        'Harbour Foods',
        '3.4 out of 5 stars',
        'Leeds LS11 5QR',
        'Apply now',
        'Save job',
        '',
        'Benefits',
        'Pulled from the full job description',
        'Company pension',
        '',
        'Full job description',
        'Harbour Foods supplies bakeries across Yorkshire.',
        'Show more',
        'Sign in to create job alert',
        'We use cookies to improve your experience.',
        'Report job',
      ),
    );
    expect(page?.text).toBe(
      lines(
        'Payroll Clerk',
        'Harbour Foods',
        'Leeds LS11 5QR',
        '',
        'Harbour Foods supplies bakeries across Yorkshire.',
      ),
    );
  });

  it("drops Indeed's job-details box, LinkedIn's hiring team and save line, and what follows the report link", () => {
    const indeed = pastedPage(
      lines(
        'Skip to main content',
        'Payroll Clerk',
        'Harbour Foods',
        '3.4 out of 5 stars',
        'Leeds LS11 5QR',
        '',
        'Profile insights',
        "Here's how the job qualifications align with your profile.",
        'Job details',
        'Pay',
        '£26,000 a year',
        '',
        'Full job description',
        'Harbour Foods supplies bakeries across Yorkshire.',
        'You will run the weekly payroll for 300 staff.',
        'Report job',
        'Be careful',
        'Career advice',
      ),
    );
    expect(indeed?.text).toBe(
      lines(
        'Payroll Clerk',
        'Harbour Foods',
        'Leeds LS11 5QR',
        '',
        'Harbour Foods supplies bakeries across Yorkshire.',
        'You will run the weekly payroll for 300 staff.',
      ),
    );
    const linkedin = pastedPage(
      lines(
        '0 notifications total',
        'Payroll Clerk',
        'Leeds, England, United Kingdom · 2 days ago',
        'Promoted by hirer · Actively reviewing applicants',
        'Save Payroll Clerk at Harbour Foods',
        'Meet the hiring team',
        'Sam Jones',
        'Recruiter at Harbour Foods',
        '',
        'About the job',
        'Harbour Foods supplies bakeries across Yorkshire.',
        '',
        'About the company',
        'Harbour Foods',
        '8,214 followers',
        'Follow',
      ),
    );
    expect(linkedin?.text).toBe(
      lines(
        'Payroll Clerk',
        'Leeds, England, United Kingdom',
        '',
        'About the job',
        'Harbour Foods supplies bakeries across Yorkshire.',
        '',
        'About the company',
        'Harbour Foods',
      ),
    );
  });

  it.each([
    [
      "SEEK en-AU: 'Employer questions', its lead-in and questions",
      [
        'Employer questions',
        'Your application will include the following questions:',
        'Do you hold a White Card?',
        'How many years of experience do you have?',
      ],
    ],
    [
      'Indeed fr: a blank line between the heading and the questions',
      ["Questions de l'employeur", '', 'Avez-vous le permis B ?', 'Depuis combien de temps exercez-vous ?'],
    ],
    [
      'LinkedIn en: screening questions with a colon',
      ['Screening questions:', 'Are you authorised to work in the UK?', 'Yes / No'],
    ],
    ['Indeed de', ['Fragen des Arbeitgebers', 'Haben Sie einen Staplerschein?']],
    ['Indeed es', ['Preguntas del empleador', '¿Tiene carnet de conducir?']],
  ])("drops the board's application questions: %s", (_name, box) => {
    const page = pastedPage(
      lines(
        ...CARD,
        '',
        'Harbour Foods supplies bakeries across Yorkshire.',
        '',
        ...box,
        '',
        'Any questions? Call Sam on 0113 496 0000.',
      ),
    );
    expect(page?.text).toBe(
      lines(
        'Payroll Clerk',
        'Harbour Foods',
        'Leeds LS11 5QR',
        '',
        'Harbour Foods supplies bakeries across Yorkshire.',
        '',
        'Any questions? Call Sam on 0113 496 0000.',
      ),
    );
  });

  it.each([
    ["a heading about questions that is not the board's box", 'Questions you may have'],
    ['a sentence naming the questions', 'Employer questions will be asked at interview.'],
  ])("keeps a posting's own lines about questions: %s", (_name, line) => {
    const page = pastedPage(lines(...CARD, '', line, 'We reply within a week.'));
    expect(page?.text).toContain(`${line}\nWe reply within a week.`);
  });

  it.each([
    ['LinkedIn en: after the place', 'Leeds, England · 5 days ago · Over 100 applicants', 'Leeds, England'],
    ['LinkedIn fr: a line of its own', 'Il y a 3 jours · Plus de 100 candidats', null],
    ['LinkedIn de', 'vor 2 Tagen · 45 Bewerbungen', null],
    ['LinkedIn es Markdown: no dot between the parts', 'Hace 1 semana Más de 200 solicitudes', null],
    ['LinkedIn nl', 'Utrecht, Nederland · 2 weken geleden · Meer dan 100 sollicitanten', 'Utrecht, Nederland'],
    ['SEEK: a short age', 'Posted 3d ago', null],
    ['StepStone Markdown: an age as a list item', '- vor 4 Tagen', null],
    ['LinkedIn: reposted, early applicant', 'Leeds · Reposted 1 week ago · Be an early applicant', 'Leeds'],
  ])("drops the board's status note: %s", (_name, status, left) => {
    const page = pastedPage(lines(...CARD, status, '', 'Harbour Foods supplies bakeries across Yorkshire.'));
    expect(page?.text).toBe(
      lines(
        'Payroll Clerk',
        'Harbour Foods',
        'Leeds LS11 5QR',
        ...(left === null ? [] : [left]),
        '',
        'Harbour Foods supplies bakeries across Yorkshire.',
      ),
    );
  });

  it.each([
    ['a date the posted-date logic reads, as a paragraph', '3 days ago'],
    ['a sentence with a time ago', 'We opened our Leeds bakery 5 days ago with 100 applicants.'],
    ['a count of the team, not of applicants', 'Team · 12 people'],
    ['a place and a pay line', 'Leeds · £26,000 a year'],
  ])("keeps a line that is not the board's status note: %s", (_name, line) => {
    const page = pastedPage(lines(...CARD, '', line, 'We reply within a week.'));
    expect(page?.text).toContain(`${line}\nWe reply within a week.`);
  });

  const posting = [
    'Harbour Foods supplies bakeries across Yorkshire.',
    'You will run the weekly payroll for 300 staff.',
    'We offer 25 days of holiday.',
    'Job Type: Full-time',
  ];
  /** An Indeed card (title, employer, rating, place) above `posting`, then the given tail after a blank line. */
  const indeedPage = (...tail: string[]) =>
    pastedPage(
      lines(
        'Skip to content',
        'Payroll Clerk',
        'Harbour Foods',
        '3.4 out of 5 stars',
        'Leeds',
        '',
        ...posting,
        '',
        ...tail,
      ),
    );
  it.each([
    [
      'Glassdoor en: pay box',
      ['Base pay range', '$62K - $74K /yr (Employer est.)', 'Company overview', 'Size', '501 to 1000 Employees'],
    ],
    [
      'Glassdoor en: company box, ratings',
      ['Company overview', '', 'Founded', '1921', 'Company rating', '★ 4.1', 'Work/Life balance', '3.8'],
    ],
    [
      'Glassdoor fr',
      [
        'Fourchette de salaire de base',
        '38 k€ - 45 k€ /an (Estimation de l’employeur)',
        "Aperçu de l'entreprise",
        'Taille',
        '51 à 200 employés',
      ],
    ],
    ['Glassdoor de', ['Unternehmensübersicht', 'Größe', '501 bis 1000 Mitarbeiter', 'Gegründet', '1921']],
    ['Glassdoor es', ['Rango salarial', '30 mil € - 34 mil € /año (Estimación del empleador)']],
  ])("ends the posting at Glassdoor's pay and company boxes: %s", (_name, box) => {
    const page = pastedPage(
      lines('Skip to content', 'Harbour Foods', '3.9 ★', 'Payroll Clerk', 'Leeds', '', ...posting, '', ...box),
    );
    expect(page?.text).toBe(lines('Payroll Clerk', 'Leeds', '', ...posting));
  });

  it.each([
    [
      "an employer's company overview in prose",
      ['Company overview', 'Harbour Foods was founded in 1921 and bakes for Yorkshire.'],
    ],
    ['a pay range the employer gives', ['Salary range', '£26,000 - £30,000 a year depending on experience']],
  ])("keeps a posting's own overview and pay range: %s", (_name, tail) => {
    const page = pastedPage(
      lines('Skip to content', 'Harbour Foods', '3.9 ★', 'Payroll Clerk', 'Leeds', '', ...posting, '', ...tail),
    );
    expect(page?.text).toBe(lines('Payroll Clerk', 'Leeds', '', ...posting, '', ...tail));
  });

  it.each([
    ["StepStone de: the ad's number", ['Job-ID: 12345678']],
    ['a number with no colon', ['Anzeigen-ID 4711-22']],
    ['Indeed fr', ["ID de l'offre : 987654"]],
    [
      'LinkedIn es: recommendations received',
      ['Recomendaciones recibidas', '', 'Ver quién ha recomendado a Harbour Foods'],
    ],
    ['LinkedIn en', ['Recommendations received', 'See who Harbour Foods has recommended']],
    [
      'LinkedIn en: referrals',
      ['Referrals increase your chances of interviewing at Harbour Foods by 2x', 'See who you know'],
    ],
  ])("drops the board's ad number and recommendation lines: %s", (_name, tail) => {
    const page = indeedPage(...tail);
    expect(page?.text).toBe(lines('Payroll Clerk', 'Harbour Foods', 'Leeds', '', ...posting));
  });

  it.each([
    ["the employer's reference", ['Referenznummer: 2026-114']],
    ['an ID in a sentence', ['Please quote Job-ID 4711 in your application.']],
    ["a heading 'Empfehlungen' of the posting", ['Empfehlungen', 'Bringen Sie Ihre Freunde mit: 500 € Prämie.']],
  ])("keeps the posting's own reference and recommendation lines: %s", (_name, tail) => {
    const page = indeedPage(...tail);
    expect(page?.text).toBe(lines('Payroll Clerk', 'Harbour Foods', 'Leeds', '', ...posting, '', ...tail));
  });

  it.each([
    ['WTTJ fr', '[Voir toutes les offres de Maison Garonne](https://example.com/companies/mg/jobs)'],
    ['Glassdoor en', 'View all jobs at Harbour Foods'],
    ['Computrabajo es: a count', 'Ver todas las ofertas (6)'],
    ['StepStone de', 'Alle Jobs von Harbour Foods anzeigen'],
    ['Indeed nl', 'Bekijk alle vacatures van Harbour Foods'],
  ])("drops the link to the employer's other postings: %s", (_name, link) => {
    const page = indeedPage(link);
    expect(page?.text).toBe(lines('Payroll Clerk', 'Harbour Foods', 'Leeds', '', ...posting));
  });

  it.each([
    ['a sentence about the jobs', 'See all the jobs we have open on our careers page.'],
    ['a line naming jobs at the employer', 'Alle Stellen sind unbefristet und in Vollzeit.'],
  ])("keeps a posting's own line about its other jobs: %s", (_name, line) => {
    const page = indeedPage(line);
    expect(page?.text).toBe(lines('Payroll Clerk', 'Harbour Foods', 'Leeds', '', ...posting, '', line));
  });

  it('cuts the list of postings other readers viewed and the footer after it', () => {
    const page = pastedPage(
      lines(
        'Skip to content',
        'Sign in',
        'Payroll Clerk',
        'Leeds, West Yorkshire',
        '',
        'Harbour Foods supplies bakeries across Yorkshire.',
        'You will run the weekly payroll.',
        'People also viewed',
        'Accounts Assistant',
        'Aire Valley Ltd',
        '© 2026',
      ),
    );
    expect(page?.text).not.toMatch(/Aire Valley|People also viewed/);
  });

  it("reads LinkedIn's saved criteria as label: value lines and stops at its job-alert prompt", () => {
    const page = pastedPage(
      lines(
        '[Skip to main content](#main-content)',
        '# Data Engineer',
        '',
        '[Harbour Foods](https://example.com/company/harbour) Leeds, England, United Kingdom',
        '',
        'We build data pipelines for our bakeries across the north of England and beyond.',
        'You will own the warehouse, the models and the dashboards that our buyers use.',
        '',
        '*   ### Employment type',
        '',
        '    Full-time',
        '',
        '*   ### Seniority level',
        '',
        '    Mid-Senior level',
        '',
        '[Get notified about new Data Engineer jobs in Leeds.](https://example.com/alert)',
        '',
        '## More text after the alert',
      ),
    );
    expect(page?.text).toContain('Employment type: Full-time\n\nSeniority level: Mid-Senior level');
    expect(page?.text).not.toMatch(/Get notified|More text/);
  });

  it('reads a page saved as Markdown: the heading is the title, the employer link before the place', () => {
    const page = pastedPage(
      lines(
        '[Saltar al contenido principal](#main-content)',
        '*   [Empleos](https://example.com/jobs)',
        '[Iniciar sesión](https://example.com/login)',
        '',
        '# Técnico de Mantenimiento',
        '',
        '[Cartonajes Moncayo S.L.](https://example.com/company/moncayo) Zaragoza, Aragón, España',
        '',
        '[Solicitar](https://example.com/apply)',
      ),
    );
    expect(page && [page.title, page.company, page.location]).toEqual([
      'Técnico de Mantenimiento',
      'Cartonajes Moncayo S.L.',
      'Zaragoza, Aragón, España',
    ]);
    expect(page?.text).not.toMatch(/Saltar|Iniciar|Solicitar|Empleos/);
  });

  it.each([
    [
      'a posting whose first line is its title',
      lines('Payroll Clerk', 'Harbour Foods', '3.4 out of 5 stars', 'Leeds LS11 5QR'),
    ],
    ['a title that opens with a menu word', lines('Home Care Assistant', 'Leeds, West Yorkshire', 'Apply now')],
    [
      'a skip link with no card under it',
      lines('Skip to main content', 'We are hiring across the region.', 'Apply now'),
    ],
    [
      'a board name with one menu entry under it',
      lines('LinkedIn', 'Sign in', 'Payroll Clerk', 'Leeds, West Yorkshire'),
    ],
    ['a first line that only mentions skipping', lines('Skip to content creation: Video Editor', 'London', 'Save')],
  ])('leaves %s alone', (_name, text) => {
    expect(pastedPage(text)).toBeNull();
  });
});

describe('parseText / parseMarkdown with a copied page', () => {
  it('gives the card title, company and place instead of the first menu line', () => {
    const [raw] = parseText(
      lines(
        'Skip to main content',
        'Home',
        'Payroll Clerk',
        'Harbour Foods',
        '3.4 out of 5 stars',
        'Leeds LS11 5QR',
        '',
        'Harbour Foods supplies bakeries.',
      ),
    );
    expect([raw?.title, raw?.companyName, raw?.fields?.location]).toEqual([
      'Payroll Clerk',
      'Harbour Foods',
      ['Leeds LS11 5QR'],
    ]);
  });

  it('leaves a Markdown posting that opens with its heading as it was', () => {
    const md = lines('# Payroll Clerk', '', 'Harbour Foods · Leeds', '', 'Home', 'Save');
    const [raw] = parseMarkdown(md);
    expect(raw?.title).toBe('Payroll Clerk');
    expect(raw?.markdown).toBe(md);
  });
});
