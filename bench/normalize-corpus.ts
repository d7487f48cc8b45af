import { seededRandom } from './support/synthetic-postings';
import { PACKS, type LanguagePack } from './normalize-templates';

/**
 * A deterministic corpus for `npm run bench -- normalize`: every input kind Jobrelay reads (ATS board exports,
 * Personio XML, JSON-LD pages, plain career pages, Markdown, text), in eight languages and three body layouts.
 * Each item carries the HTML a bare `cheerio.load(html).text()` baseline reads for the same postings.
 */

export interface CorpusItem {
  kind: string;
  content: string;
  /** the HTML of each posting in the item (the page itself for HTML inputs): the baseline's input */
  htmls: string[];
  postings: number;
}

interface Spec {
  pack: LanguagePack;
  id: number;
  title: string;
  company: string;
  city: string;
  employment: string;
  min: number;
  max: number;
  layout: number;
  about: string[];
  sections: [string, string[]][];
}

const BOARD_SIZE = 8;
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function makeSpec(random: () => number, id: number): Spec {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = (list: string[]): string[] =>
    list
      .filter(() => random() < 0.75)
      .concat(list.slice(0, 1))
      .filter((v, i, a) => a.indexOf(v) === i);
  const pack = pick(PACKS);
  const [low, high] = pack.range;
  const min = Math.round((low + random() * (high - low) * 0.6) / 100) * 100;
  const about = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(pack.about)} ${pick(pack.about)}`);
  return {
    pack,
    id,
    title: pick(pack.titles),
    company: pick(pack.companies),
    city: pick(pack.cities),
    employment: pick(pack.employment),
    min,
    max: Math.round((min * (1.2 + random() * 0.4)) / 100) * 100,
    layout: Math.floor(random() * 3),
    about,
    sections: [
      [pack.headings.responsibilities, some(pack.responsibilities)],
      [pack.headings.must, some(pack.must)],
      [pack.headings.nice, some(pack.nice)],
      [pack.headings.benefits, some(pack.benefits)],
    ],
  };
}

/** The posting body as HTML, in one of three layouts boards use: headings, bold paragraphs, bullet lines. */
function bodyHtml(spec: Spec, layout = spec.layout): string {
  const intro = spec.about.map((p) => `<p>${esc(p)}</p>`).join('');
  const sections = spec.sections.map(([heading, items]) => {
    if (layout === 0) return `<h3>${esc(heading)}</h3><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    if (layout === 1)
      return `<p><strong>${esc(heading)}</strong></p><ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    return `<p>${esc(heading)}:<br>${items.map((i) => `• ${esc(i)}`).join('<br>')}</p>`;
  });
  return `${intro}${sections.join('')}<p>${esc(spec.pack.labels.salary)}: ${esc(spec.pack.salary(spec.min, spec.max))}</p>`;
}

const sectionHtml = (items: string[]): string => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;

const greenhouseJob = (s: Spec) => ({
  id: 4000000 + s.id,
  absolute_url: `https://boards.greenhouse.io/bench/jobs/${4000000 + s.id}`,
  title: s.title,
  company_name: s.company,
  location: { name: s.city },
  first_published: '2026-11-10T08:00:00-05:00',
  requisition_id: `R-${s.id}`,
  metadata: [{ id: 1, name: 'Employment Type', value: s.employment, value_type: 'single_select' }],
  departments: [{ id: 1, name: 'Engineering', parent_id: null }],
  offices: [],
  content: esc(bodyHtml(s)),
});
const leverPosting = (s: Spec) => ({
  id: `lever-${s.id}`,
  text: s.title,
  createdAt: 1763370000000 + s.id,
  country: s.pack.country,
  workplaceType: 'hybrid',
  categories: { commitment: s.employment, department: 'Operations', location: s.city, allLocations: [s.city] },
  description: s.about.map((p) => `<div>${esc(p)}</div>`).join(''),
  lists: s.sections.map(([text, items]) => ({ text, content: items.map((i) => `<li>${esc(i)}</li>`).join('') })),
  additional: '',
  salaryRange: { currency: s.pack.currency, interval: 'per-year-salary', min: s.min, max: s.max },
  hostedUrl: `https://jobs.lever.co/bench/lever-${s.id}`,
  applyUrl: `https://jobs.lever.co/bench/lever-${s.id}/apply`,
});
const ashbyJob = (s: Spec) => ({
  id: `ashby-${s.id}`,
  title: s.title,
  department: 'Engineering',
  employmentType: 'FullTime',
  location: s.city,
  isListed: true,
  workplaceType: 'OnSite',
  publishedAt: '2026-10-07T17:12:35.753+00:00',
  jobUrl: `https://jobs.ashbyhq.com/bench/ashby-${s.id}`,
  applyUrl: `https://jobs.ashbyhq.com/bench/ashby-${s.id}/application`,
  descriptionHtml: bodyHtml(s),
  compensation: {
    summaryComponents: [
      {
        compensationType: 'Salary',
        interval: '1 YEAR',
        currencyCode: s.pack.currency,
        minValue: s.min,
        maxValue: s.max,
      },
    ],
  },
});
const recruiteeOffer = (s: Spec) => ({
  id: 2000000 + s.id,
  slug: `offer-${s.id}`,
  title: s.title,
  status: 'published',
  company_name: s.company,
  city: s.city,
  country_code: s.pack.country,
  remote: false,
  hybrid: true,
  on_site: false,
  employment_type_code: 'fulltime',
  salary: { min: String(s.min), max: String(s.max), period: 'year', currency: s.pack.currency },
  published_at: '2026-11-12 08:30:00 UTC',
  careers_url: `https://bench.recruitee.com/o/offer-${s.id}`,
  description: s.about.map((p) => `<p>${esc(p)}</p>`).join(''),
  requirements: s.sections
    .slice(1, 3)
    .map(([h, items]) => `<h3>${esc(h)}</h3>${sectionHtml(items)}`)
    .join(''),
});
const personioPosition = (s: Spec) =>
  `<position><id>${1800000 + s.id}</id><subcompany>${esc(s.company)}</subcompany><office>${esc(s.city)}</office><department>Operations</department>` +
  `<name>${esc(s.title)}</name><jobDescriptions>${s.sections.map(([h, items]) => `<jobDescription><name>${esc(h)}</name><value><![CDATA[${sectionHtml(items)}]]></value></jobDescription>`).join('')}</jobDescriptions>` +
  `<employmentType>permanent</employmentType><schedule>full-time</schedule><createdAt>2026-11-03T09:15:00+00:00</createdAt></position>`;

const CHROME_TOP =
  '<div id="cookie-banner">We use cookies. <button>Accept</button></div><header><nav><a href="/">Home</a> <a href="/careers">Careers</a> <a href="/about">About</a></nav></header>';
const CHROME_BOTTOM =
  '<footer><p>© 2026 All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/imprint">Imprint</a></footer>';

function htmlPage(s: Spec, jsonLd: boolean): string {
  const ld = jsonLd
    ? `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: s.title,
        description: bodyHtml(s),
        identifier: { '@type': 'PropertyValue', value: `LD-${s.id}` },
        datePosted: '2026-11-14',
        employmentType: 'FULL_TIME',
        hiringOrganization: { '@type': 'Organization', name: s.company },
        jobLocation: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressLocality: s.city, addressCountry: s.pack.country },
        },
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: s.pack.currency,
          value: { '@type': 'QuantitativeValue', minValue: s.min, maxValue: s.max, unitText: 'YEAR' },
        },
      })}</script>`
    : '';
  const meta = `<ul class="posting-meta"><li>${esc(s.city)}</li><li>${esc(s.employment)}</li><li>Engineering</li></ul>`;
  return `<!doctype html><html lang="${s.pack.lang}"><head><meta charset="utf-8"><title>${esc(s.title)} | ${esc(s.company)}</title>${ld}</head><body>${CHROME_TOP}<main><article><h1>${esc(s.title)}</h1>${meta}${bodyHtml(s)}<a class="apply" href="/apply/${s.id}">Apply</a></article></main>${CHROME_BOTTOM}</body></html>`;
}

function markdown(s: Spec): string {
  const l = s.pack.labels;
  const head = `# ${s.title}\n\n**${l.company}:** ${s.company}\n**${l.location}:** ${s.city}\n**${l.salary}:** ${s.pack.salary(s.min, s.max)}\n**${l.type}:** ${s.employment}\n`;
  return `${head}\n${s.about.join('\n\n')}\n${s.sections.map(([h, items]) => `\n## ${h}\n${items.map((i) => `- ${i}`).join('\n')}\n`).join('')}`;
}

function text(s: Spec): string {
  const l = s.pack.labels;
  const head = `${s.title}\n\n${l.company}: ${s.company}\n${l.location}: ${s.city}\n${l.salary}: ${s.pack.salary(s.min, s.max)}\n${l.type}: ${s.employment}\n`;
  return `${head}\n${s.about.join('\n')}\n${s.sections.map(([h, items]) => `\n${h}:\n${items.map((i) => `• ${i}`).join('\n')}\n`).join('')}`;
}

/**
 * The HTML of a Markdown or text posting: the same document (title, labelled header lines, paragraphs, headed
 * lists) as a converter would write it, so the baseline reads the words the normaliser reads.
 */
function documentHtml(s: Spec): string {
  const l = s.pack.labels;
  const lines: [string, string][] = [
    [l.company, s.company],
    [l.location, s.city],
    [l.salary, s.pack.salary(s.min, s.max)],
    [l.type, s.employment],
  ];
  const head = lines.map(([label, value]) => `<p>${esc(label)}: ${esc(value)}</p>`).join('');
  const about = s.about.map((p) => `<p>${esc(p)}</p>`).join('');
  const sections = s.sections.map(([h, items]) => `<h2>${esc(h)}</h2>${sectionHtml(items)}`).join('');
  return `<h1>${esc(s.title)}</h1>${head}${about}${sections}`;
}

type Builder = (specs: Spec[]) => CorpusItem;
const board = (
  kind: string,
  build: (specs: Spec[]) => string,
  html: (s: Spec) => string,
): [string, number, Builder] => [
  kind,
  BOARD_SIZE,
  (specs) => ({ kind, content: build(specs), htmls: specs.map(html), postings: specs.length }),
];
const single = (kind: string, build: (s: Spec) => string, html: (s: Spec) => string): [string, number, Builder] => [
  kind,
  1,
  ([s]) => ({ kind, content: build(s as Spec), htmls: [html(s as Spec)], postings: 1 }),
];
/** The headed sections alone: what a Personio position or a SmartRecruiters job ad holds (no about text). */
const sectionsHtml = (s: Spec): string =>
  s.sections.map(([h, items]) => `<h3>${esc(h)}</h3>${sectionHtml(items)}`).join('');
const leverHtml = (s: Spec): string => `${s.about.map((p) => `<div>${esc(p)}</div>`).join('')}${sectionsHtml(s)}`;

const KINDS: [string, number, Builder][] = [
  board(
    'greenhouse',
    (specs) => JSON.stringify({ jobs: specs.map(greenhouseJob), meta: { total: specs.length } }),
    (s) => bodyHtml(s),
  ),
  board('lever', (specs) => JSON.stringify(specs.map(leverPosting)), leverHtml),
  board(
    'ashby',
    (specs) => JSON.stringify({ apiVersion: '1', jobs: specs.map(ashbyJob) }),
    (s) => bodyHtml(s),
  ),
  board(
    'recruitee',
    (specs) => JSON.stringify({ offers: specs.map(recruiteeOffer) }),
    (s) => recruiteeOffer(s).description + recruiteeOffer(s).requirements,
  ),
  board(
    'personio',
    (specs) =>
      `<?xml version="1.0" encoding="UTF-8"?><workzag-jobs>${specs.map(personioPosition).join('')}</workzag-jobs>`,
    sectionsHtml,
  ),
  single(
    'smartrecruiters',
    (s) =>
      JSON.stringify({
        id: String(744000000000 + s.id),
        name: s.title,
        company: { identifier: 'Bench', name: s.company },
        releasedDate: '2026-11-05T10:00:00.000Z',
        location: { city: s.city, country: s.pack.country.toLowerCase(), remote: false, hybrid: true },
        typeOfEmployment: { label: s.employment },
        jobAd: {
          sections: Object.fromEntries(
            s.sections.map(([h, items], i) => [
              ['jobDescription', 'qualifications', 'additionalInformation', 'companyDescription'][i],
              { title: h, text: sectionHtml(items) },
            ]),
          ),
        },
      }),
    sectionsHtml,
  ),
  single(
    'jsonld',
    (s) => htmlPage(s, true),
    (s) => htmlPage(s, true),
  ),
  single(
    'html',
    (s) => htmlPage(s, false),
    (s) => htmlPage(s, false),
  ),
  single('markdown', markdown, documentHtml),
  single('text', text, documentHtml),
];

/**
 * At least `minPostings` postings, spread evenly over every input kind and interleaved (one kind after another),
 * so that per-kind timings share the same warm-up and garbage-collection conditions. The same seed gives the
 * same corpus.
 */
export function buildCorpus(minPostings = 2400, seed = 20261120): CorpusItem[] {
  const random = seededRandom(seed);
  const perKind = Math.ceil(minPostings / KINDS.length);
  let id = 0;
  const byKind = KINDS.map(([, size, build]) => {
    const items: CorpusItem[] = [];
    for (let made = 0; made < perKind; made += size) {
      items.push(build(Array.from({ length: size }, () => makeSpec(random, id++))));
    }
    return items;
  });
  const longest = Math.max(...byKind.map((items) => items.length));
  return Array.from({ length: longest }, (_, i) => byKind.flatMap((items) => items[i] ?? [])).flat();
}
