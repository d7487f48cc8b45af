import type { RawLocation, RawPosting, RawSalary, RawSection } from '../../schema/raw-posting';
import type { Workplace } from '../../schema/posting';
import { arr, bool, decodeEntities, isObject, joinParts, num, obj, str, type JsonObject } from '../json-values';
import { buildRawPosting, FieldBag, type JsonSourceParser, type ParserOptions } from '../raw-posting-builder';

/**
 * SmartRecruiters Posting API (https://developers.smartrecruiters.com/docs/posting-api): the list
 * `GET /v1/companies/{id}/postings` gives `{offset, limit, totalFound, content: [...]}` without descriptions;
 * the detail `GET …/postings/{id}` adds `jobAd.sections`, `postingUrl` and `applyUrl`. A list whose items
 * are details (what a fetcher assembles) is read the same way.
 */

const isSmartRecruitersPosting = (value: unknown): boolean =>
  isObject(value) &&
  'name' in value &&
  'id' in value &&
  ('jobAd' in value || 'typeOfEmployment' in value || 'refNumber' in value || 'releasedDate' in value);

function matchesSmartRecruiters(json: unknown): boolean {
  if (Array.isArray(json)) return json.length > 0 && isSmartRecruitersPosting(json[0]);
  const root = obj(json);
  if (!root) return false;
  if (isSmartRecruitersPosting(root)) return true;
  return Array.isArray(root.content) && ('totalFound' in root || isSmartRecruitersPosting(root.content[0]));
}

/** `location {city, region, country: "us", remote, hybrid, fullLocation?}`; both flags false means on-site. */
function locationOf(posting: JsonObject): RawLocation[] {
  const location = obj(posting.location);
  if (!location) return [];
  const city = str(location.city);
  const region = str(location.region);
  const country = str(location.country)?.toUpperCase() ?? null;
  const text = str(location.fullLocation) ?? joinParts(city, region, country);
  const remote = bool(location.remote);
  const hybrid = bool(location.hybrid);
  const workplace: Workplace | null = hybrid ? 'hybrid' : remote ? 'remote' : remote === false ? 'onsite' : null;
  return text ? [{ text, city, region, country, workplace }] : [];
}

/** Sections in reading order: company, job, qualifications, additional information, then any others. */
const SECTION_ORDER = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'];
const SECTION_HEADINGS: Record<string, string> = {
  companyDescription: 'Company Description',
  jobDescription: 'Job Description',
  qualifications: 'Qualifications',
  additionalInformation: 'Additional Information',
};

function sectionsOf(posting: JsonObject): RawSection[] {
  const sections = obj(obj(posting.jobAd)?.sections) ?? {};
  const keys = [
    ...SECTION_ORDER.filter((k) => k in sections),
    ...Object.keys(sections).filter((k) => !SECTION_ORDER.includes(k)),
  ];
  return keys.flatMap((key) => {
    const section = obj(sections[key]);
    const html = str(section?.text);
    return html ? [{ heading: decodeEntities(str(section?.title) ?? SECTION_HEADINGS[key] ?? ''), html }] : [];
  });
}

/** `compensation {min, max, currency, period?}` where the employer published one. */
function salaryOf(posting: JsonObject): RawSalary | null {
  const pay = obj(posting.compensation);
  if (!pay) return null;
  const min = num(pay.min) ?? num(pay.minValue);
  const max = num(pay.max) ?? num(pay.maxValue);
  if (min === null && max === null) return null;
  return {
    min,
    max,
    currency: str(pay.currency) ?? str(pay.currencyCode),
    period: str(pay.period) ?? str(pay.interval),
    text: null,
  };
}

/** `customField [{fieldLabel, valueLabel}]`: employer-defined header fields. */
function fieldsOf(posting: JsonObject): Record<string, string[]> {
  const fields = new FieldBag();
  for (const field of arr(posting.customField))
    fields.add(str(obj(field)?.fieldLabel) ?? '', str(obj(field)?.valueLabel));
  return fields.toRecord();
}

/** The public posting page; list items carry no URL, so it is built from the company identifier and id. */
function postingUrlOf(posting: JsonObject, options: ParserOptions): string | null {
  const companyId = str(obj(posting.company)?.identifier);
  const id = str(posting.id);
  const built =
    companyId && id
      ? `https://jobs.smartrecruiters.com/${encodeURIComponent(companyId)}/${encodeURIComponent(id)}`
      : null;
  return str(posting.postingUrl) ?? built ?? options.url;
}

function parsePosting(posting: JsonObject, options: ParserOptions): RawPosting {
  const label = (value: unknown): string | null => str(obj(value)?.label) ?? str(obj(value)?.id) ?? str(value);
  return buildRawPosting({
    kind: 'smartrecruiters',
    externalId: str(posting.id),
    url: postingUrlOf(posting, options),
    title: str(posting.name) === null ? null : decodeEntities(str(posting.name) as string),
    companyName: str(obj(posting.company)?.name),
    department: label(posting.department),
    requisitionId: str(posting.refNumber),
    sections: sectionsOf(posting),
    fields: fieldsOf(posting),
    locations: locationOf(posting),
    employmentTypes: [label(posting.typeOfEmployment)].filter((t): t is string => t !== null),
    seniority: label(posting.experienceLevel),
    salary: salaryOf(posting),
    applyUrl: str(posting.applyUrl),
    datePosted: str(posting.releasedDate),
    language: str(obj(posting.language)?.code),
  });
}

/** SmartRecruiters list, detail, or list of details → raw postings. */
export const smartRecruitersParser: JsonSourceParser = {
  kind: 'smartrecruiters',
  matches: matchesSmartRecruiters,
  parse(json, options) {
    const root = obj(json);
    const list = Array.isArray(json) ? json : root && isSmartRecruitersPosting(root) ? [root] : arr(root?.content);
    return list
      .map(obj)
      .filter((p): p is JsonObject => p !== null && str(p.id) !== null)
      .map((p) => parsePosting(p, options));
  },
};
