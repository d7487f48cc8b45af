import type { FixtureServer, RecordedRequest } from './fixture-server';
import { html, json, xml, type AnswerOptions } from './fixture-responses';

/**
 * Fixture job boards: one mutable list of jobs served the way each ATS API or career site serves it, on a
 * fixture server. Tests change a job, remove it or bring it back between two refreshes and watch what the
 * pipeline makes of it. Jest-free, so bench/ uses it too.
 *
 * ```ts
 * const board = new FixtureBoard(sampleJobs(3));
 * const source = serveBoard(server, 'greenhouse', board); // routes + a SourceConfig input for this server
 * board.update('2', { title: 'Senior Engineer' });
 * ```
 */

export interface FixtureJob {
  id: string;
  title: string;
  /** HTML body */
  description: string;
  city: string;
  country: string;
  department: string;
  postedAt: string;
}

/** The jobs a fixture board publishes, changeable between requests. */
export class FixtureBoard {
  private readonly removed = new Map<string, FixtureJob>();

  constructor(public jobs: FixtureJob[]) {}

  update(id: string, change: Partial<FixtureJob>): void {
    const job = this.jobs.find((j) => j.id === id);
    if (!job) throw new Error(`no fixture job ${id}`);
    Object.assign(job, change);
  }

  /** takes a job off the board (remembered, so `restore` can bring it back) */
  remove(id: string): void {
    const index = this.jobs.findIndex((j) => j.id === id);
    const [job] = this.jobs.splice(index, 1);
    if (job) this.removed.set(id, job);
  }

  restore(id: string): void {
    const job = this.removed.get(id);
    if (!job) throw new Error(`fixture job ${id} was not removed`);
    this.removed.delete(id);
    this.jobs.push(job);
  }

  /** empties the board (the "suddenly zero jobs" failure mode) */
  clear(): void {
    for (const job of this.jobs) this.removed.set(job.id, job);
    this.jobs = [];
  }
}

const CITIES: Array<[string, string]> = [
  ['Berlin', 'DE'],
  ['Tokyo', 'JP'],
  ['Toronto', 'CA'],
  ['Ho Chi Minh City', 'VN'],
  ['Austin', 'US'],
];

/** `count` plausible jobs with ids "1", "2", …, each with a description long enough to be a real posting. */
export function sampleJobs(count: number): FixtureJob[] {
  return Array.from({ length: count }, (_v, i) => {
    const [city, country] = CITIES[i % CITIES.length] as [string, string];
    const n = i + 1;
    return {
      id: String(n),
      title: `Software Engineer ${n}`,
      description:
        `<p>Build the systems behind job number ${n}.</p><h3>Responsibilities</h3><ul><li>Design and ship services in TypeScript</li>` +
        `<li>Review code and mentor engineers</li></ul><h3>Requirements</h3><ul><li>3+ years with Node.js and PostgreSQL</li>` +
        `<li>Experience with Kubernetes</li></ul><h3>Benefits</h3><ul><li>30 days paid leave</li></ul>`,
      city,
      country,
      department: i % 2 ? 'Engineering' : 'Platform',
      postedAt: new Date(Date.UTC(2026, 1, 1 + (i % 28))).toISOString(),
    };
  });
}

export type FixtureBoardKind =
  'greenhouse' | 'lever' | 'ashby' | 'smartrecruiters' | 'recruitee' | 'personio' | 'jsonld' | 'html' | 'feed';

export interface ServeOptions {
  /** board token / site / company id used in paths (default "acme") */
  token?: string;
  /** list page size for paged kinds (lever, smartrecruiters, career sites) */
  pageSize?: number;
  /** answer with ETags and 304s */
  etag?: boolean;
}

/**
 * Mounts the routes that play `kind` for `board` on `server` and returns a source configuration (input
 * shape, before defaults) pointing at it, with politeness that costs no time in tests.
 */
export function serveBoard(
  server: FixtureServer,
  kind: FixtureBoardKind,
  board: FixtureBoard,
  options: ServeOptions = {},
): Record<string, unknown> {
  const token = options.token ?? 'acme';
  const pageSize = options.pageSize ?? 10;
  const answer: AnswerOptions = options.etag ? { etag: true } : {};
  const base = {
    id: `${kind}-${token}`,
    company: { name: 'Acme Corp', url: null },
    politeness: { concurrency: 2, minDelayMs: 0 },
  };
  const jobUrl = (job: FixtureJob) => `${server.url}/jobs/${job.id}`;
  switch (kind) {
    case 'greenhouse':
      server.route(
        'GET',
        `/v1/boards/${token}/jobs`,
        json(() => greenhouseBoard(board, jobUrl), answer),
      );
      return { ...base, kind, boardToken: token, baseUrl: server.url };
    case 'lever':
      server.route(
        'GET',
        `/v0/postings/${token}`,
        json((req: RecordedRequest) => leverPage(board, req, jobUrl), answer),
      );
      return { ...base, kind, site: token, baseUrl: server.url };
    case 'ashby':
      server.route(
        'GET',
        `/posting-api/job-board/${token}`,
        json(() => ({ apiVersion: '1', jobs: board.jobs.map((j) => ashbyJob(j, jobUrl)) }), answer),
      );
      return { ...base, kind, board: token, baseUrl: server.url };
    case 'smartrecruiters':
      serveSmartRecruiters(server, board, token, jobUrl);
      return { ...base, kind, companyId: token, baseUrl: server.url };
    case 'recruitee':
      server.route(
        'GET',
        '/api/offers/',
        json(() => ({ offers: board.jobs.map((j) => recruiteeOffer(j, jobUrl)) }), answer),
      );
      return { ...base, kind, subdomain: token, baseUrl: server.url };
    case 'personio':
      server.route(
        'GET',
        '/xml',
        xml(() => personioXml(board), answer),
      );
      return { ...base, kind, subdomain: token, baseUrl: server.url };
    case 'feed':
      server.route(
        'GET',
        '/feed.xml',
        xml(() => indeedFeed(board, jobUrl), answer),
      );
      return { ...base, kind, url: `${server.url}/feed.xml` };
    case 'jsonld':
      serveCareerSite(server, board, pageSize, 'jsonld');
      return { ...base, kind, startUrls: [`${server.url}/careers`], linkSelector: 'a.job' };
    case 'html':
      serveCareerSite(server, board, pageSize, 'html');
      return { ...base, kind, startUrls: [`${server.url}/careers`], selectors: HTML_SELECTORS };
  }
}

/** The selectors of the `html` fixture site. */
export const HTML_SELECTORS = {
  link: '.openings a.opening',
  next: '.pager a.more',
  title: 'h1.role',
  description: 'section.role-body',
  location: '.facts .where',
  department: '.facts .team',
  applyUrl: 'a.apply',
};

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string): string => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function greenhouseBoard(board: FixtureBoard, jobUrl: (j: FixtureJob) => string): unknown {
  return {
    jobs: board.jobs.map((j) => ({
      id: Number(j.id),
      internal_job_id: 1000 + Number(j.id),
      title: j.title,
      absolute_url: jobUrl(j),
      location: { name: `${j.city}, ${j.country}` },
      content: escapeHtml(j.description),
      departments: [{ id: 1, name: j.department }],
      offices: [],
      metadata: null,
      updated_at: j.postedAt,
      first_published: j.postedAt,
    })),
    meta: { total: board.jobs.length },
  };
}

function leverPage(board: FixtureBoard, req: RecordedRequest, jobUrl: (j: FixtureJob) => string): unknown {
  const skip = Number(req.query.get('skip') ?? 0);
  const limit = Number(req.query.get('limit') ?? board.jobs.length);
  return board.jobs.slice(skip, skip + limit).map((j) => ({
    id: `lever-${j.id}`,
    text: j.title,
    categories: { location: `${j.city}, ${j.country}`, team: j.department, commitment: 'Full-time' },
    description: j.description,
    lists: [],
    hostedUrl: jobUrl(j),
    applyUrl: `${jobUrl(j)}/apply`,
    createdAt: Date.parse(j.postedAt),
    workplaceType: 'on-site',
  }));
}

const ashbyJob = (j: FixtureJob, jobUrl: (j: FixtureJob) => string) => ({
  id: `ashby-${j.id}`,
  title: j.title,
  department: j.department,
  location: `${j.city}, ${j.country}`,
  isListed: true,
  employmentType: 'FullTime',
  workplaceType: 'OnSite',
  descriptionHtml: j.description,
  jobUrl: jobUrl(j),
  applyUrl: `${jobUrl(j)}/apply`,
  publishedAt: j.postedAt,
});

function serveSmartRecruiters(
  server: FixtureServer,
  board: FixtureBoard,
  token: string,
  jobUrl: (j: FixtureJob) => string,
): void {
  const summary = (j: FixtureJob) => ({
    id: `sr-${j.id}`,
    name: j.title,
    refNumber: `REF${j.id}`,
    releasedDate: j.postedAt,
    location: { city: j.city, country: j.country.toLowerCase(), remote: false },
    company: { identifier: token, name: 'Acme Corp' },
    typeOfEmployment: { label: 'Full-time' },
    department: { label: j.department },
  });
  server.route(
    'GET',
    `/v1/companies/${token}/postings`,
    json((req: RecordedRequest) => {
      const offset = Number(req.query.get('offset') ?? 0);
      const limit = Math.min(100, Number(req.query.get('limit') ?? 10));
      return {
        offset,
        limit,
        totalFound: board.jobs.length,
        content: board.jobs.slice(offset, offset + limit).map(summary),
      };
    }),
  );
  server.route('GET', new RegExp(`^/v1/companies/${token}/postings/sr-[^/]+$`), (req, res) => {
    const id = req.pathname.split('/').pop()?.replace(/^sr-/, '');
    const job = board.jobs.find((j) => j.id === id);
    if (!job) return json({ message: 'not found' }, { status: 404 })(req, res);
    const detail = {
      ...summary(job),
      postingUrl: jobUrl(job),
      applyUrl: `${jobUrl(job)}/apply`,
      jobAd: { sections: { jobDescription: { title: 'Job Description', text: job.description } } },
    };
    return json(detail)(req, res);
  });
}

const recruiteeOffer = (j: FixtureJob, jobUrl: (j: FixtureJob) => string) => ({
  id: Number(j.id),
  slug: `job-${j.id}`,
  title: j.title,
  description: j.description,
  requirements: '',
  city: j.city,
  country_code: j.country,
  location: `${j.city}, ${j.country}`,
  status: 'published',
  published_at: j.postedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
  careers_url: jobUrl(j),
  department: j.department,
  employment_type_code: 'fulltime',
  remote: false,
  hybrid: false,
  on_site: true,
});

function personioXml(board: FixtureBoard): string {
  const positions = board.jobs.map(
    (j) =>
      `<position><id>${j.id}</id><subcompany>Acme Corp</subcompany><office>${j.city}</office><department>${j.department}</department>` +
      `<name>${escapeHtml(j.title)}</name><jobDescriptions><jobDescription><name>Your role</name><value>${cdata(j.description)}</value>` +
      `</jobDescription></jobDescriptions><employmentType>permanent</employmentType><schedule>full-time</schedule>` +
      `<createdAt>${j.postedAt}</createdAt></position>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<workzag-jobs>${positions.join('')}</workzag-jobs>`;
}

/** An Indeed-style XML feed of the board (https://docs.indeed.com/indeed-apply/xml-feed). */
export function indeedFeed(board: FixtureBoard, jobUrl: (j: FixtureJob) => string): string {
  const jobs = board.jobs.map(
    (j) =>
      `<job><title>${cdata(j.title)}</title><date>${cdata(j.postedAt)}</date><referencenumber>${cdata(`feed-${j.id}`)}</referencenumber>` +
      `<requisitionid>${cdata(`REQ-${j.id}`)}</requisitionid><url>${cdata(jobUrl(j))}</url><company>${cdata('Acme Corp')}</company>` +
      `<city>${cdata(j.city)}</city><state>${cdata('')}</state><country>${cdata(j.country)}</country>` +
      `<description>${cdata(j.description)}</description><jobtype>${cdata('fulltime')}</jobtype><category>${cdata(j.department)}</category></job>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<source><publisher>Other Board</publisher><publisherurl>https://other.example</publisherurl>${jobs.join('')}</source>`;
}

/** A career site: `/careers?page=N` lists jobs (with a next link), `/jobs/{id}` shows one. */
function serveCareerSite(
  server: FixtureServer,
  board: FixtureBoard,
  pageSize: number,
  flavour: 'jsonld' | 'html',
): void {
  server.route(
    'GET',
    '/careers',
    html((req: RecordedRequest) => {
      const page = Number(req.query.get('page') ?? 1);
      const jobs = board.jobs.slice((page - 1) * pageSize, page * pageSize);
      const more = page * pageSize < board.jobs.length;
      return flavour === 'jsonld' ? jsonLdListPage(jobs, page, more) : selectorListPage(jobs, page, more);
    }),
  );
  server.route('GET', /^\/jobs\/[^/]+$/, (req, res) => {
    const job = board.jobs.find((j) => `/jobs/${j.id}` === req.pathname);
    if (!job) return html('<h1>Not found</h1>', { status: 404 })(req, res);
    return html(flavour === 'jsonld' ? jsonLdJobPage(job, server.url) : selectorJobPage(job))(req, res);
  });
}

const chrome = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Careers at Acme</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav>${body}<footer>© Acme</footer></body></html>`;

const jsonLdListPage = (jobs: FixtureJob[], page: number, more: boolean) =>
  chrome(
    `<ul>${jobs.map((j) => `<li><a class="job" href="/jobs/${j.id}">${escapeHtml(j.title)}</a></li>`).join('')}</ul>${more ? `<a rel="next" href="/careers?page=${page + 1}">Next</a>` : ''}`,
  );

function jsonLdJobPage(job: FixtureJob, origin: string): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: 'Acme', value: `site-${job.id}` },
    title: job.title,
    description: job.description,
    datePosted: job.postedAt.slice(0, 10),
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Acme Corp', sameAs: origin },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: job.city, addressCountry: job.country },
    },
    url: `${origin}/jobs/${job.id}`,
  };
  return chrome(
    `<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script><h1>${escapeHtml(job.title)}</h1>${job.description}`,
  );
}

const selectorListPage = (jobs: FixtureJob[], page: number, more: boolean) =>
  chrome(
    `<div class="openings">${jobs.map((j) => `<a class="opening" href="/jobs/${j.id}">${escapeHtml(j.title)}</a>`).join('')}</div>${more ? `<div class="pager"><a class="more" href="/careers?page=${page + 1}">More</a></div>` : ''}`,
  );

const selectorJobPage = (job: FixtureJob) =>
  chrome(
    `<main><h1 class="role">${escapeHtml(job.title)}</h1><ul class="facts"><li class="where">${job.city}, ${job.country}</li><li class="team">${job.department}</li></ul>` +
      `<section class="role-body">${job.description}</section><a class="apply" href="/jobs/${job.id}/apply">Apply now</a></main>`,
  );
