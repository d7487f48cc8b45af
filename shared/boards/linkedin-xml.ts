import type { EmploymentType, Seniority, Workplace } from '../schema/posting';
import {
  type BoardContext,
  type BoardPosting,
  type BoardReasons,
  descriptionHtml,
  locationLabel,
  postingUrl,
  reason,
} from './board-context';
import { inChunks } from './feed-stream';
import { XML_DECLARATION, buildElement, cdata, type XmlNode } from './xml-text';

/**
 * LinkedIn job XML (Talent Solutions "XML feeds development guide",
 * https://learn.microsoft.com/linkedin/talent/job-postings/xml-feeds-development-guide): a full snapshot
 * under `<source>`; mandatory per job: partnerJobId (≤ 40 chars), company, title, description (≥ 100
 * characters), location, applyUrl (https), companyId (for ATSs) and posterEmail.
 */

export const LINKEDIN_MIN_DESCRIPTION = 100;
export const LINKEDIN_MAX_PARTNER_JOB_ID = 40;

const JOB_TYPE: Record<EmploymentType, string> = {
  FULL_TIME: 'FULL_TIME',
  PART_TIME: 'PART_TIME',
  CONTRACTOR: 'CONTRACT',
  TEMPORARY: 'TEMPORARY',
  INTERN: 'INTERNSHIP',
  VOLUNTEER: 'VOLUNTEER',
  PER_DIEM: 'OTHER',
  OTHER: 'OTHER',
};

const WORKPLACE: Record<Workplace, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' };

const EXPERIENCE: Record<Seniority, string> = {
  intern: 'INTERNSHIP',
  junior: 'ENTRY_LEVEL',
  mid: 'ASSOCIATE',
  senior: 'MID_SENIOR_LEVEL',
  staff: 'MID_SENIOR_LEVEL',
  lead: 'MID_SENIOR_LEVEL',
  principal: 'MID_SENIOR_LEVEL',
  manager: 'MID_SENIOR_LEVEL',
  director: 'DIRECTOR',
  executive: 'EXECUTIVE',
};

/** A title that names a salary ("… – €60k", "$120,000", "80.000 EUR"): LinkedIn wants the title alone. */
const SALARY_IN_TITLE =
  /([$€£¥₹]\s?\d)|(\d[\d.,]*\s?(k|K)\b)|(\b\d[\d.,]{2,}\s?(EUR|USD|GBP|JPY|VND|CHF|AUD|CAD|SGD)\b)|(\b(EUR|USD|GBP)\s?\d)/;

/** True when the title names the company as a word ("Acme Engineer" for Acme, not "Xylophonist" for X). */
function titleNamesCompany(title: string, company: string): boolean {
  const name = company.trim().replace(/[.,]?\s+(inc|ltd|llc|gmbh|corp|co|ag|sa|plc)\.?$/i, '');
  if (name.length < 2) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(title);
}

/** The applyUrl LinkedIn would get: the employer's apply link, else the posting's public URL. */
const applyUrlOf = (posting: BoardPosting, context: BoardContext): string | null => postingUrl(posting, context);

/** Why LinkedIn would refuse this posting, as reasons a recruiter can act on. */
export function validateLinkedIn(posting: BoardPosting, context: BoardContext): BoardReasons {
  const reasons: BoardReasons = [];
  const title = posting.title.trim();
  const company = posting.company.name ?? context.defaults['company'] ?? null;
  const description = posting.description.text.trim();
  const applyUrl = applyUrlOf(posting, context);
  if (posting.id.length > LINKEDIN_MAX_PARTNER_JOB_ID)
    reasons.push(
      reason(
        'LINKEDIN.PARTNER_JOB_ID_TOO_LONG',
        'id',
        `LinkedIn job ids are at most ${LINKEDIN_MAX_PARTNER_JOB_ID} characters; this posting's id has ${posting.id.length}`,
      ),
    );
  if (!title)
    reasons.push(reason('LINKEDIN.MISSING_TITLE', 'title', 'LinkedIn requires a job title; this posting has none'));
  if (!company)
    reasons.push(
      reason('LINKEDIN.MISSING_COMPANY', 'company.name', 'LinkedIn requires a company name; this posting has none'),
    );
  if (title && company && titleNamesCompany(title, company))
    reasons.push(
      reason(
        'LINKEDIN.TITLE_HAS_COMPANY',
        'title',
        `LinkedIn wants the job title alone; "${title}" includes the company name "${company}"`,
      ),
    );
  if (SALARY_IN_TITLE.test(title))
    reasons.push(
      reason(
        'LINKEDIN.TITLE_HAS_SALARY',
        'title',
        `LinkedIn wants the job title alone; "${title}" includes a salary (put it in the salary field instead)`,
      ),
    );
  if (description.length < LINKEDIN_MIN_DESCRIPTION)
    reasons.push(
      reason(
        'LINKEDIN.DESCRIPTION_TOO_SHORT',
        'description',
        `LinkedIn requires a description of at least ${LINKEDIN_MIN_DESCRIPTION} characters; this posting's has ${description.length}`,
      ),
    );
  if (!applyUrl)
    reasons.push(
      reason('LINKEDIN.MISSING_APPLY_URL', 'applyUrl', 'LinkedIn requires an https apply URL; this posting has none'),
    );
  else if (!applyUrl.startsWith('https://'))
    reasons.push(
      reason(
        'LINKEDIN.APPLY_URL_NOT_HTTPS',
        'applyUrl',
        `LinkedIn requires an https apply URL; this posting's is ${applyUrl}`,
      ),
    );
  if (posting.locations.length === 0 && !context.defaults['location'])
    reasons.push(
      reason('LINKEDIN.MISSING_LOCATION', 'locations', 'LinkedIn requires a location; this posting has none'),
    );
  if (!context.defaults['companyId'])
    reasons.push(
      reason(
        'LINKEDIN.MISSING_COMPANY_ID',
        'partner.defaults.companyId',
        "LinkedIn requires the LinkedIn company id; set `companyId` in this partner's defaults",
      ),
    );
  if (!context.defaults['posterEmail'])
    reasons.push(
      reason(
        'LINKEDIN.MISSING_POSTER_EMAIL',
        'partner.defaults.posterEmail',
        "LinkedIn requires the job poster's email; set `posterEmail` in this partner's defaults",
      ),
    );
  return reasons;
}

/** The `<job>` element of one posting. LinkedIn takes one location string; the others go to `alternateLocations`. */
export function linkedInJob(posting: BoardPosting, context: BoardContext): Record<string, XmlNode> {
  const d = context.defaults;
  const [primary, ...others] = posting.locations;
  const workplaces = [...new Set(posting.locations.map((l) => l.workplace).filter((w): w is Workplace => w !== null))];
  return {
    partnerJobId: cdata(posting.id),
    company: cdata(posting.company.name ?? d['company']),
    title: cdata(posting.title.trim()),
    description: cdata(descriptionHtml(posting)),
    applyUrl: cdata(applyUrlOf(posting, context)),
    companyId: cdata(d['companyId']),
    posterEmail: cdata(d['posterEmail']),
    location: cdata(primary ? locationLabel(primary) : d['location']),
    city: cdata(primary?.city),
    state: cdata(primary?.region),
    country: cdata(primary?.country),
    alternateLocations:
      others.length > 0 ? { alternateLocation: others.map((l) => cdata(locationLabel(l))) } : undefined,
    workplaceTypes: cdata(workplaces.map((w) => WORKPLACE[w]).join(',')),
    jobtype: cdata(posting.employmentTypes[0] ? JOB_TYPE[posting.employmentTypes[0]] : null),
    experienceLevel: cdata(posting.seniority ? EXPERIENCE[posting.seniority] : null),
    industryCodes: undefined,
    skills: posting.skills.length > 0 ? { skill: posting.skills.map((s) => cdata(s)) } : undefined,
    salaries: salaryElement(posting),
  };
}

function salaryElement(posting: BoardPosting): XmlNode {
  const s = posting.salary;
  if (!s || !s.currency || (s.min === null && s.max === null)) return undefined;
  const period = s.period
    ? { HOUR: 'HOURLY', DAY: 'DAILY', WEEK: 'WEEKLY', MONTH: 'MONTHLY', YEAR: 'YEARLY' }[s.period]
    : null;
  return {
    salary: {
      highEnd: s.max !== null ? { amount: cdata(s.max), currencyCode: cdata(s.currency) } : undefined,
      lowEnd: s.min !== null ? { amount: cdata(s.min), currencyCode: cdata(s.currency) } : undefined,
      period: cdata(period),
      type: cdata('BASE_SALARY'),
    },
  };
}

export interface LinkedInFeedOptions {
  lastBuildDate: Date;
  /** LinkedIn's `expectedJobCount`, when the caller knows it */
  expectedJobCount?: number | null;
}

/** Streams a LinkedIn job feed of `postings` (live on the partner). */
export async function* writeLinkedInFeed(
  postings: AsyncIterable<BoardPosting> | Iterable<BoardPosting>,
  context: BoardContext,
  options: LinkedInFeedOptions,
): AsyncIterable<string> {
  yield* inChunks(linkedInParts(postings, context, options));
}

async function* linkedInParts(
  postings: AsyncIterable<BoardPosting> | Iterable<BoardPosting>,
  context: BoardContext,
  options: LinkedInFeedOptions,
): AsyncIterable<string> {
  const d = context.defaults;
  yield `${XML_DECLARATION}<source>`;
  yield buildElement('lastBuildDate', cdata(options.lastBuildDate.toUTCString()) ?? '');
  if (d['publisherURL'] ?? context.publicBaseUrl)
    yield buildElement('publisherURL', cdata(d['publisherURL'] ?? context.publicBaseUrl));
  yield buildElement('publisher', cdata(d['publisher'] ?? 'Jobrelay') ?? '');
  if (options.expectedJobCount != null) yield buildElement('expectedJobCount', cdata(options.expectedJobCount));
  for await (const posting of postings) yield buildElement('job', linkedInJob(posting, context));
  yield '</source>\n';
}
