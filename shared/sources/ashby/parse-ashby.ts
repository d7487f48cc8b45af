import type { RawLocation, RawPosting, RawSalary } from '../../schema/raw-posting';
import { arr, bool, decodeEntities, isObject, joinParts, num, obj, str, type JsonObject } from '../json-values';
import { buildRawPosting, type JsonSourceParser, type ParserOptions } from '../raw-posting-builder';
import { workplaceFromText } from '../workplace';

/**
 * Ashby public job board (https://developers.ashbyhq.com/docs/public-job-posting-api):
 * `GET /posting-api/job-board/{board}?includeCompensation=true` gives `{apiVersion, jobs: [...]}`.
 * Unlisted jobs (`isListed: false`) are skipped; only `Salary` compensation components are pay.
 */

const isAshbyJob = (value: unknown): boolean =>
  isObject(value) &&
  'title' in value &&
  ('jobUrl' in value || 'descriptionHtml' in value || 'isListed' in value || 'employmentType' in value);

function matchesAshby(json: unknown): boolean {
  const root = obj(json);
  if (!root) return false;
  if (isAshbyJob(root) && !('absolute_url' in root)) return true;
  if (!Array.isArray(root.jobs)) return false;
  const firstJob: unknown = root.jobs[0];
  return firstJob === undefined
    ? 'apiVersion' in root
    : isAshbyJob(firstJob) && !('absolute_url' in (firstJob as JsonObject));
}

/** `{location, address: {postalAddress: {addressLocality, addressRegion, addressCountry}}}` → a raw location. */
function locationOf(text: string | null, address: unknown): RawLocation | null {
  const postal = obj(obj(address)?.postalAddress);
  const city = str(postal?.addressLocality);
  const region = str(postal?.addressRegion);
  const country = str(postal?.addressCountry);
  const written = text ?? joinParts(city, region, country);
  return written ? { text: written, city, region, country, workplace: null } : null;
}

function locationsOf(job: JsonObject): RawLocation[] {
  const primary = locationOf(str(job.location) ?? str(job.locationName), job.address);
  const secondary = arr(job.secondaryLocations).map((s) =>
    locationOf(str(obj(s)?.location) ?? str(obj(s)?.locationName), obj(s)?.address),
  );
  return [primary, ...secondary].filter((l): l is RawLocation => l !== null);
}

/** `compensation.summaryComponents[]` with `compensationType: "Salary"` (equity and bonus are not pay). */
function salaryOf(job: JsonObject): RawSalary | null {
  const compensation = obj(job.compensation);
  if (!compensation) return null;
  const text = str(compensation.scrapeableCompensationSalarySummary) ?? str(compensation.compensationTierSummary);
  const component = arr(compensation.summaryComponents)
    .map(obj)
    .find((c) => c !== null && /^salary$/i.test(str(c.compensationType) ?? ''));
  if (!component) return text ? { min: null, max: null, currency: null, period: null, text } : null;
  return {
    min: num(component.minValue),
    max: num(component.maxValue),
    currency: str(component.currencyCode),
    period: str(component.interval),
    text,
  };
}

function workplaceOf(job: JsonObject): RawPosting['workplace'] {
  return workplaceFromText(str(job.workplaceType)) ?? (bool(job.isRemote) === true ? 'remote' : null);
}

function parseJob(job: JsonObject, options: ParserOptions): RawPosting {
  const html = str(job.descriptionHtml);
  return buildRawPosting({
    kind: 'ashby',
    externalId: str(job.id),
    url: str(job.jobUrl) ?? options.url,
    title: str(job.title) === null ? null : decodeEntities(str(job.title) as string),
    department: str(job.department) ?? str(job.team),
    html,
    text: html === null ? str(job.descriptionPlain) : null,
    locations: locationsOf(job),
    workplace: workplaceOf(job),
    employmentTypes: str(job.employmentType) ? [str(job.employmentType) as string] : [],
    salary: salaryOf(job),
    applyUrl: str(job.applyUrl),
    datePosted: str(job.publishedAt) ?? str(job.publishedDate),
  });
}

/** Ashby job board or single job → raw postings, without unlisted jobs. */
export const ashbyParser: JsonSourceParser = {
  kind: 'ashby',
  matches: matchesAshby,
  parse(json, options) {
    const root = obj(json);
    if (!root) return [];
    const jobs = Array.isArray(root.jobs) ? root.jobs : [root];
    return jobs
      .map(obj)
      .filter((job): job is JsonObject => job !== null && bool(job.isListed) !== false)
      .map((job) => parseJob(job, options));
  },
};
