import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { workplaceFromText } from '../../../shared/sources/workplace';

/**
 * A JSON-LD posting whose page shows pay or the working arrangement among its labelled facts while its JSON-LD
 * leaves `baseSalary` or `jobLocationType` out (job boards, career-site builders) takes them from the page; a
 * value the JSON-LD gives wins, and a similar-jobs block's facts are another posting's.
 */
const URL = 'https://jobs.example.org/postings/4711';

const ld = (extra: Record<string, unknown> = {}): string =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Data Engineer',
    description: '<p>We build the data platform behind our logistics network and need another engineer.</p>',
    hiringOrganization: { '@type': 'Organization', name: 'Kestrel Freight' },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Lyon', addressCountry: 'FR' } },
    ...extra,
  })}</script>`;

const page = (lang: string, head: string, body: string): string =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><header><nav><a href="/">Jobs</a></nav></header>` +
  `<main><h1>Data Engineer</h1>${body}<p>We build the data platform behind our logistics network.</p></main>` +
  `<footer><p>© 2026</p></footer></body></html>`;

const read = (html: string) => {
  const [raw] = parseInput(html, { url: URL });
  if (!raw) throw new Error('no posting');
  return { raw, posting: normalizePosting(raw, { sourceId: 'test', now: new Date('2026-11-26T00:00:00Z') }) };
};

describe('a JSON-LD posting takes pay and workplace from the facts its page shows', () => {
  it.each([
    {
      lang: 'fr',
      name: 'an icon list beside the title (job-board layout)',
      body: '<ul><li><i name="contract"></i>CDI</li><li><i name="remote"></i>Travail hybride</li><li><i name="salary"></i>Salaire : 38K à 42K €</li></ul>',
      salary: { min: 38000, max: 42000, currency: 'EUR' },
      workplace: 'hybrid',
    },
    {
      lang: 'en',
      name: 'a definition list beside the title',
      body: '<dl><dt>Salary</dt><dd>$85,000 – $95,000 per year</dd><dt>Workplace</dt><dd>Hybrid</dd></dl>',
      salary: { min: 85000, max: 95000, currency: 'USD' },
      workplace: 'hybrid',
    },
    {
      lang: 'de',
      name: 'a facts sidebar whose arrangement is "teilweise remote"',
      body: '<p>Wir erweitern unser Datenteam in Lyon und suchen Verstärkung.</p><aside><h3>Auf einen Blick</h3><ul><li>Gehalt: 55.000 – 65.000 € jährlich</li><li>Arbeitsmodell: Teilweise remote</li></ul></aside>',
      salary: { min: 55000, max: 65000, currency: 'EUR' },
      workplace: 'hybrid',
    },
    {
      lang: 'es',
      name: 'a labelled meta list beside the title',
      body: '<ul class="job-meta"><li>Salario: 28.000 - 32.000 € brutos/año</li><li>Modalidad: Remoto</li></ul>',
      salary: { min: 28000, max: 32000, currency: 'EUR' },
      workplace: 'remote',
    },
  ])('$lang: $name', ({ lang, body, salary, workplace }) => {
    const { raw, posting } = read(page(lang, ld(), body));
    expect(raw.kind).toBe('jsonld');
    expect(posting.salary).toEqual(expect.objectContaining(salary));
    expect(posting.locations).toEqual([expect.objectContaining({ city: 'Lyon', workplace })]);
  });
});

describe('what the page does not fill', () => {
  it('keeps the baseSalary the JSON-LD gives over the salary the page shows', () => {
    const baseSalary = {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 70000, unitText: 'YEAR' },
    };
    const { posting } = read(
      page('en', ld({ baseSalary }), '<dl><dt>Salary</dt><dd>$85,000 – $95,000 per year</dd></dl>'),
    );
    expect(posting.salary).toEqual(expect.objectContaining({ min: 60000, max: 70000, currency: 'EUR' }));
  });

  it('keeps a TELECOMMUTE job remote though the page says hybrid', () => {
    const head = ld({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'FR' },
    });
    const { raw } = read(page('fr', head, '<ul><li>Mode de travail : Hybride</li><li>CDI</li></ul>'));
    expect(raw.workplace).toBe('remote');
  });

  it.each([
    {
      lang: 'en',
      name: 'a similar-jobs sidebar under its heading',
      body: '<p>Join our data team in Lyon.</p><aside><h3>Similar jobs</h3><ul><li><a href="/p/1">Data Analyst</a><p>Salary: $70,000 – $80,000</p><p>Workplace: Remote</p></li></ul></aside>',
    },
    {
      lang: 'fr',
      name: 'an "Offres similaires" block after the facts of a sidebar',
      body: '<p>Rejoignez notre équipe data à Lyon.</p><aside><h3>Offres similaires</h3><div><a href="/p/2">Data Analyst</a><p>Salaire : 40K à 45K €</p><p>Télétravail : total</p></div></aside>',
    },
    {
      lang: 'de',
      name: 'microdata in a block named related-jobs',
      body: '<p>Wir erweitern unser Datenteam in Lyon.</p><section class="related-jobs"><div itemscope itemtype="https://schema.org/JobPosting"><span itemprop="title">Analyst</span><span itemprop="baseSalary">48.000 €</span><span itemprop="jobLocationType">Remote</span></div></section>',
    },
  ])("$lang: a card's salary and workplace in $name are not read", ({ lang, body }) => {
    const { raw, posting } = read(page(lang, ld(), body));
    expect(posting.salary).toBeNull();
    expect(raw.workplace).toBeNull();
    expect(posting.locations).toEqual([expect.objectContaining({ city: 'Lyon', workplace: 'onsite' })]);
  });

  it('leaves an on-site JSON-LD job on-site when the page names no arrangement', () => {
    const { raw } = read(page('en', ld(), '<ul><li>Full-time</li><li>Lyon, France</li></ul>'));
    expect(raw.workplace).toBeNull();
    expect(raw.locations).toEqual([expect.objectContaining({ workplace: 'onsite' })]);
  });
});

describe('a whole workplace label the vocabulary knows wins over a word inside it', () => {
  it.each<[string, string, 'remote' | 'hybrid' | 'onsite']>([
    ['fr', 'Télétravail partiel', 'hybrid'],
    ['de', 'Teilweise remote', 'hybrid'],
    ['fr', 'Télétravail hybride', 'hybrid'],
    // counter-cases: a remote word alone is still remote
    ['fr', 'Télétravail total', 'remote'],
    ['en', 'Remote', 'remote'],
    ['de', 'Homeoffice', 'remote'],
  ])('%s: %s', (_lang, label, expected) => expect(workplaceFromText(label)).toBe(expected));
});

describe('a JSON-LD posting takes the benefits block its page shows outside the description', () => {
  it.each([
    [
      'fr',
      '<section><h3>Les avantages</h3><ul><li>Mutuelle prise en charge à 100 %</li><li>Tickets restaurant</li><li>RTT</li></ul></section>',
      3,
    ],
    ['en', '<h2>Perks &amp; benefits</h2><ul><li>Private health insurance</li><li>25 days of paid leave</li></ul>', 2],
    [
      'de',
      '<div><h3>Was wir bieten</h3><ul><li>Jobticket</li><li>30 Tage Urlaub</li><li>Betriebliche Altersvorsorge</li><li>Firmenfitness</li></ul></div>',
      4,
    ],
  ])('%s: the block under its own heading', (lang, block, count) => {
    const { posting } = read(page(lang, ld(), block));
    expect(posting.benefits).toHaveLength(count);
  });

  it('does not repeat a block the description already holds', () => {
    const description =
      '<p>We build the data platform behind our logistics network.</p><h3>Benefits</h3><ul><li>Private health insurance</li><li>25 days of paid leave</li></ul>';
    const block = '<h2>Benefits</h2><ul><li>Private health insurance</li><li>25 days of paid leave</li></ul>';
    const { raw, posting } = read(page('en', ld({ description }), block));
    expect(raw.sections).toHaveLength(0);
    expect(posting.benefits).toHaveLength(2);
  });

  it('keeps the jobBenefits the JSON-LD gives and adds no page block', () => {
    const { posting } = read(
      page(
        'en',
        ld({ jobBenefits: 'Company car and a yearly training budget' }),
        '<h2>Benefits</h2><ul><li>Gym membership</li></ul>',
      ),
    );
    expect(JSON.stringify(posting.benefits)).not.toContain('Gym');
  });

  it.each([
    ['en', '<aside><h3>Benefits</h3><ul><li>Gym membership</li></ul></aside>'],
    ['fr', '<section class="similar-jobs"><h3>Avantages</h3><ul><li>Salle de sport</li></ul></section>'],
  ])('%s: does not read a benefits list in site chrome or a similar-jobs block', (lang, block) => {
    const { raw } = read(page(lang, ld(), block));
    expect(raw.sections).toHaveLength(0);
  });
});
