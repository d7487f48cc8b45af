import { sha256Hex } from '../ids';
import type { EmploymentType, Location } from '../schema/posting';
import {
  type BoardContext,
  type BoardPosting,
  type BoardReasons,
  descriptionHtml,
  locationLabel,
  parseDate,
  postedAt,
  postingUrl,
  reason,
  salaryLabel,
} from './board-context';
import { inChunks } from './feed-stream';
import { XML_DECLARATION, buildElement, cdata, type XmlNode } from './xml-text';

/**
 * Indeed XML job feed (https://docs.indeed.com/indeed-apply/xml-feed, REFERENCE "Partner feeds"): a full
 * snapshot of open jobs under `<source>`; a job missing from the feed is closed. Indeed wants one `<job>`
 * per job *and location*, with a `referencenumber` that never changes.
 */

/** The elements Indeed requires on every `<job>`, in the documented order. */
export const INDEED_REQUIRED = [
  'title',
  'date',
  'referencenumber',
  'requisitionid',
  'url',
  'company',
  'city',
  'state',
  'country',
  'description',
] as const;

type IndeedJob = Record<string, string | null>;

const JOB_TYPE: Record<EmploymentType, string> = {
  FULL_TIME: 'fulltime',
  PART_TIME: 'parttime',
  CONTRACTOR: 'contract',
  TEMPORARY: 'temporary',
  INTERN: 'internship',
  VOLUNTEER: 'volunteer',
  PER_DIEM: 'per diem',
  OTHER: 'other',
};

const REMOTE_TYPE = { remote: 'Fully remote', hybrid: 'Hybrid remote', onsite: null } as const;

/** The reference number of one job at one location: stable while the location stays the same. */
function referenceNumber(postingId: string, location: Location | null): string {
  if (!location) return postingId;
  const key = [location.city, location.region, location.country, location.workplace ?? ''].join('|');
  return `${postingId}-${sha256Hex(key.toLowerCase()).slice(0, 8)}`;
}

/** The `<job>` fields for each location of a posting (one job when it has no location). */
export function indeedJobs(posting: BoardPosting, context: BoardContext): IndeedJob[] {
  const d = context.defaults;
  const date = parseDate(postedAt(posting));
  const shared = {
    title: posting.title.trim() || null,
    date: date ? date.toUTCString() : null,
    requisitionid: posting.source.externalId,
    url: postingUrl(posting, context),
    company: posting.company.name ?? d['company'] ?? null,
    sourcename: d['sourcename'] ?? posting.company.name ?? null,
    description: descriptionHtml(posting).trim() || null,
    salary: salaryLabel(posting.salary),
    jobtype: posting.employmentTypes.map((t) => JOB_TYPE[t]).join(', ') || null,
    category: posting.department,
    expirationdate: parseDate(posting.validThrough)?.toUTCString() ?? null,
    email: d['email'] ?? null,
  };
  const locations: (Location | null)[] = posting.locations.length > 0 ? posting.locations : [null];
  return locations.map((location) => ({
    title: shared.title,
    date: shared.date,
    referencenumber: referenceNumber(posting.id, location),
    requisitionid: shared.requisitionid,
    url: shared.url,
    company: shared.company,
    sourcename: shared.sourcename,
    city: location?.city ?? d['city'] ?? null,
    state: location?.region ?? d['state'] ?? null,
    country: location?.country ?? d['country'] ?? null,
    description: shared.description,
    salary: shared.salary,
    jobtype: shared.jobtype,
    category: shared.category,
    expirationdate: shared.expirationdate,
    remotetype: location?.workplace ? REMOTE_TYPE[location.workplace] : null,
    email: shared.email,
  }));
}

const MISSING: Record<(typeof INDEED_REQUIRED)[number], (where: string) => string> = {
  title: () => 'Indeed requires a job title; this posting has none',
  date: () => 'Indeed requires the date the job was posted; this posting has none',
  referencenumber: () => 'Indeed requires a reference number; this posting has no id',
  requisitionid: () => 'Indeed requires a requisition id; this posting has no external id',
  url: () => 'Indeed requires a URL for the job; this posting has no apply URL, source URL or public job page',
  company: () =>
    'Indeed requires a company name; this posting has none (set it on the source, or a default `company` for this partner)',
  city: (where) =>
    `Indeed requires a city for every location; ${where} has none (set a default \`city\` for this partner to use one)`,
  state: (where) =>
    `Indeed requires a state or region for every location; ${where} has none (set a default \`state\` for this partner to use one)`,
  country: (where) => `Indeed requires a country for every location; ${where} has none`,
  description: () => 'Indeed requires a job description; this posting has none',
};

const LOCATION_FIELDS = new Set(['city', 'state', 'country']);

/** Why Indeed would refuse this posting: each required element that would be empty. */
export function validateIndeed(posting: BoardPosting, context: BoardContext): BoardReasons {
  const reasons: BoardReasons = [];
  const seen = new Set<string>();
  indeedJobs(posting, context).forEach((job, i) => {
    const location = posting.locations[i];
    const where = location ? `"${locationLabel(location)}"` : 'the posting (it has no location)';
    for (const field of INDEED_REQUIRED) {
      if (job[field]) continue;
      const key = LOCATION_FIELDS.has(field) ? `${field}:${i}` : field;
      if (seen.has(key)) continue;
      seen.add(key);
      const path =
        LOCATION_FIELDS.has(field) && location ? `locations[${i}].${field === 'state' ? 'region' : field}` : field;
      reasons.push(reason(`INDEED.MISSING_${field.toUpperCase()}`, path, MISSING[field](where)));
    }
  });
  return reasons;
}

/** One `<job>` element per location, as XML text. */
export function renderIndeedJobs(posting: BoardPosting, context: BoardContext): string {
  let out = '';
  for (const job of indeedJobs(posting, context)) {
    const element: Record<string, XmlNode> = {};
    for (const [name, value] of Object.entries(job)) element[name] = cdata(value);
    out += buildElement('job', element);
  }
  return out;
}

export interface IndeedFeedOptions {
  /** the feed's build date: the newest change it contains, so unchanged state renders the same bytes */
  lastBuildDate: Date;
}

/** Streams an Indeed feed of `postings`; the caller passes only postings that are live on the partner. */
export async function* writeIndeedFeed(
  postings: AsyncIterable<BoardPosting> | Iterable<BoardPosting>,
  context: BoardContext,
  options: IndeedFeedOptions,
): AsyncIterable<string> {
  yield* inChunks(indeedParts(postings, context, options));
}

async function* indeedParts(
  postings: AsyncIterable<BoardPosting> | Iterable<BoardPosting>,
  context: BoardContext,
  options: IndeedFeedOptions,
): AsyncIterable<string> {
  const d = context.defaults;
  yield `${XML_DECLARATION}<source>`;
  yield buildElement('publisher', cdata(d['publisher'] ?? 'Jobrelay') ?? '');
  if (d['publisherurl'] ?? context.publicBaseUrl)
    yield buildElement('publisherurl', cdata(d['publisherurl'] ?? context.publicBaseUrl));
  yield buildElement('lastBuildDate', cdata(options.lastBuildDate.toUTCString()));
  for await (const posting of postings) yield renderIndeedJobs(posting, context);
  yield '</source>\n';
}
