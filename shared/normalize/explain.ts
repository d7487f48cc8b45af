import { JobPosting, type SourceKind } from '../schema/posting';
import type { RawPosting } from '../schema/raw-posting';

/**
 * Provenance for `jobrelay normalize --explain`: where each field of a posting came from, in words a
 * recruiter or a parser author can act on ("salary ← Greenhouse pay_input_ranges (cents)").
 */

/** One line per posting field: its origin. */
export type FieldTrace = Partial<Record<keyof JobPosting, string>>;

type RawField = keyof RawPosting;

/** Where each parser takes each raw field from, in the source's own vocabulary. */
const RAW_ORIGINS: Partial<Record<SourceKind, Partial<Record<RawField, string>>>> = {
  greenhouse: {
    externalId: 'id',
    url: 'absolute_url',
    title: 'title',
    companyName: 'company_name',
    department: 'departments[].name',
    html: 'content (entity-decoded HTML)',
    locations: 'location.name + offices[].location',
    workplace: 'metadata "Workplace"',
    employmentTypes: 'metadata "Employment Type"',
    salary: 'pay_input_ranges (cents), else the pay-range block in content',
    applyUrl: 'absolute_url',
    datePosted: 'first_published',
    seniority: 'metadata "Seniority"',
  },
  lever: {
    externalId: 'id',
    url: 'hostedUrl',
    title: 'text',
    department: 'categories.department',
    html: 'description + additional',
    sections: 'lists[]',
    locations: 'categories.allLocations / categories.location (+ country)',
    workplace: 'workplaceType',
    employmentTypes: 'categories.commitment',
    salary: 'salaryRange',
    applyUrl: 'applyUrl',
    datePosted: 'createdAt (epoch ms)',
  },
  ashby: {
    externalId: 'id',
    url: 'jobUrl',
    title: 'title',
    department: 'department',
    html: 'descriptionHtml',
    locations: 'address.postalAddress + secondaryLocations[]',
    workplace: 'workplaceType',
    employmentTypes: 'employmentType',
    salary: 'compensation.summaryComponents[Salary]',
    applyUrl: 'applyUrl',
    datePosted: 'publishedAt',
  },
  smartrecruiters: {
    externalId: 'id',
    url: 'postingUrl',
    title: 'name',
    companyName: 'company.name',
    department: 'department.label',
    sections: 'jobAd.sections.*',
    locations: 'location {city, region, country, remote, hybrid}',
    employmentTypes: 'typeOfEmployment.label',
    seniority: 'experienceLevel.label',
    applyUrl: 'applyUrl',
    datePosted: 'releasedDate',
  },
  recruitee: {
    externalId: 'id',
    url: 'careers_url',
    title: 'title',
    companyName: 'company_name',
    department: 'department',
    html: 'description + requirements',
    locations: 'locations[] / city, country_code',
    workplace: 'remote / hybrid / on_site',
    employmentTypes: 'employment_type_code',
    salary: 'salary {min, max, period, currency}',
    applyUrl: 'careers_apply_url',
    datePosted: 'published_at',
  },
  personio: {
    externalId: '<id>',
    url: 'feed host + /job/{id}',
    title: '<name>',
    companyName: '<subcompany>',
    department: '<department>',
    sections: '<jobDescriptions>',
    locations: '<office>',
    employmentTypes: '<employmentType> + <schedule>',
    seniority: '<seniority>',
    datePosted: '<createdAt>',
  },
  jsonld: {
    externalId: 'identifier',
    url: 'url',
    title: 'title',
    companyName: 'hiringOrganization.name',
    html: 'description',
    locations: 'jobLocation / applicantLocationRequirements',
    workplace: 'jobLocationType',
    employmentTypes: 'employmentType',
    salary: 'baseSalary',
    applyUrl: 'directApply / potentialAction',
    datePosted: 'datePosted',
    validThrough: 'validThrough',
  },
};

const KIND_NAMES: Partial<Record<SourceKind, string>> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  smartrecruiters: 'SmartRecruiters',
  recruitee: 'Recruitee',
  personio: 'Personio XML',
  jsonld: 'JSON-LD',
  html: 'HTML page',
  markdown: 'Markdown',
  text: 'plain text',
};

/** "Greenhouse first_published", or "Markdown datePosted" for kinds without a fixed mapping. */
export function rawOrigin(kind: SourceKind, field: RawField): string {
  const name = KIND_NAMES[kind] ?? kind;
  const path = RAW_ORIGINS[kind]?.[field];
  return path ? `${name} ${path}` : `${name} ${field}`;
}

/** Human-readable explanation of one posting, one line per field, for stderr. */
export function formatTrace(posting: JobPosting, trace: FieldTrace, index: number, total: number): string {
  const head = `posting ${index + 1}/${total}: ${JSON.stringify(posting.title)} (id ${posting.id}, ${posting.source.kind} ${posting.source.externalId})`;
  const fields = Object.keys(JobPosting.shape).filter((field): field is keyof JobPosting => field in trace);
  const width = Math.max(...fields.map((field) => field.length));
  const lines = fields.map((field) => `  ${field.padEnd(width)}  ← ${originLine(posting[field], trace[field] ?? '')}`);
  return [head, ...lines].join('\n');
}

// Words the tracers already use for an absent value ("not given", "none found", "none"): kept as written.
const ABSENT_WORDING = /^(not given|not found|none)\b/;

/**
 * A field with no value names no source: "section headings in the html body" beside an empty
 * responsibilities list reads as "found there", which sends a parser author to the wrong place.
 */
function originLine(value: unknown, origin: string): string {
  if (!isEmptyValue(value) || ABSENT_WORDING.test(origin)) return origin;
  return 'not found';
}

/** null, "", [] and objects made only of those (requirements {must: [], nice: []}, terms with every fact null). */
function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyValue);
  return false;
}
