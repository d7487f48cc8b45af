import type { RawLocation, RawPosting, RawSalary } from '../../schema/raw-posting';
import type { Workplace } from '../../schema/posting';
import { arr, decodeEntities, isObject, num, obj, str, strings, unescapeHtml, type JsonObject } from '../json-values';
import { buildRawPosting, FieldBag, type JsonSourceParser, type ParserOptions } from '../raw-posting-builder';
import { workplaceFromText } from '../workplace';
import { salaryFromPayBlock } from './pay-transparency';

/**
 * Greenhouse Job Board API (https://developers.greenhouse.io/job-board.html): `GET /v1/boards/{token}/jobs?content=true`
 * gives `{jobs: [...], meta: {total}}`; `GET …/jobs/{id}` gives one job. `content` is entity-escaped HTML,
 * `metadata` may be null, pay ranges are in cents.
 */

const isGreenhouseJob = (value: unknown): boolean =>
  isObject(value) &&
  'id' in value &&
  ('absolute_url' in value || 'internal_job_id' in value || 'requisition_id' in value);

function matchesGreenhouse(json: unknown): boolean {
  const root = obj(json);
  if (!root) return false;
  if (isGreenhouseJob(root)) return true;
  if (!Array.isArray(root.jobs)) return false;
  const firstJob: unknown = root.jobs[0];
  return firstJob === undefined ? isObject(root.meta) : isGreenhouseJob(firstJob);
}

/** Metadata names vary per employer ("Employment Type", "Job Type", "Workplace Type", "Remote?"): matched by meaning. */
const METADATA_ROLES: [RegExp, 'employment' | 'workplace' | 'salary' | 'seniority'][] = [
  [/employment|job type|contract|commitment|time type|type of (work|position)|schedule/i, 'employment'],
  [/workplace|remote|location type|work (model|arrangement|mode|style|setting)|on-?site/i, 'workplace'],
  [/salary|compensation|pay( |$)|wage/i, 'salary'],
  [/seniority|experience level|career level|job level/i, 'seniority'],
];

interface MetadataFacts {
  employmentTypes: string[];
  workplace: Workplace | null;
  salary: RawSalary | null;
  seniority: string | null;
  fields: FieldBag;
}

function readMetadata(metadata: unknown): MetadataFacts {
  const facts: MetadataFacts = {
    employmentTypes: [],
    workplace: null,
    salary: null,
    seniority: null,
    fields: new FieldBag(),
  };
  for (const item of arr(metadata)) {
    const entry = obj(item);
    const name = str(entry?.name);
    if (!entry || !name) continue;
    const role = METADATA_ROLES.find(([pattern]) => pattern.test(name))?.[1];
    const values = metadataValues(entry.value);
    if (role === 'employment') facts.employmentTypes.push(...values);
    else if (role === 'workplace') facts.workplace ??= workplaceFromMetadata(entry.value, values);
    else if (role === 'seniority') facts.seniority ??= values[0] ?? null;
    else if (role === 'salary') facts.salary ??= salaryFromMetadata(entry.value, values);
    else values.forEach((v) => facts.fields.add(name, v));
  }
  return facts;
}

function metadataValues(value: unknown): string[] {
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (isObject(value)) return [];
  return strings(value);
}

function workplaceFromMetadata(value: unknown, values: string[]): Workplace | null {
  if (value === true) return 'remote';
  return values.map(workplaceFromText).find((w) => w !== null) ?? null;
}

/** `currency_range` metadata: `{min_value, max_value, unit}`; `currency`: `{amount, unit}`; else text. */
function salaryFromMetadata(value: unknown, values: string[]): RawSalary | null {
  const v = obj(value);
  if (v) {
    const min = num(v.min_value) ?? num(v.amount);
    const max = num(v.max_value) ?? num(v.amount);
    if (min === null && max === null) return null;
    return { min, max, currency: str(v.unit), period: null, text: null };
  }
  return values[0] ? { min: null, max: null, currency: null, period: null, text: values[0] } : null;
}

/**
 * `pay_input_ranges [{min_cents, max_cents, currency_type, title, blurb}]`: amounts are in cents. Ranges per
 * location or zone ("San Francisco", "New York") in the first range's currency make one posting-wide range
 * from the lowest minimum to the highest maximum; the text names each range.
 */
function salaryFromPayRanges(ranges: unknown): RawSalary | null {
  const all = arr(ranges)
    .map(obj)
    .filter((r): r is JsonObject => r !== null && (num(r.min_cents) !== null || num(r.max_cents) !== null));
  const first = all[0];
  if (!first) return null;
  const currency = str(first.currency_type);
  const same = all.filter((r) => str(r.currency_type) === currency);
  const dollars = (key: 'min_cents' | 'max_cents'): number[] =>
    same
      .map((r) => num(r[key]))
      .filter((v): v is number => v !== null)
      .map((v) => v / 100);
  const mins = dollars('min_cents');
  const maxes = dollars('max_cents');
  const text =
    same.length > 1
      ? same.map((r) => `${str(r.title) ?? ''}: ${rangeText(r, currency)}`.replace(/^: /, '')).join('; ')
      : (str(first.title) ?? null);
  return {
    min: mins.length ? Math.min(...mins) : null,
    max: maxes.length ? Math.max(...maxes) : null,
    currency,
    period: null,
    text,
  };
}

function rangeText(range: JsonObject, currency: string | null): string {
  const amount = (key: string): string | null => {
    const cents = num(range[key]);
    return cents === null ? null : (cents / 100).toLocaleString('en-US');
  };
  return [[amount('min_cents'), amount('max_cents')].filter(Boolean).join('–'), currency].filter(Boolean).join(' ');
}

function locationsOf(job: JsonObject): RawLocation[] {
  const texts: string[] = [];
  const add = (text: string | null): void => {
    if (text && !texts.some((t) => t.toLowerCase().includes(text.toLowerCase()))) texts.push(text);
  };
  add(str(obj(job.location)?.name) ?? str(job.location));
  for (const office of arr(job.offices)) add(str(obj(office)?.location) ?? str(obj(office)?.name));
  return texts.map((text) => ({ text, city: null, region: null, country: null, workplace: null }));
}

function departmentOf(job: JsonObject): string | null {
  const departments = arr(job.departments)
    .map(obj)
    .filter((d): d is JsonObject => d !== null);
  // The most specific department: one that no other listed department names as its parent.
  const leaf = departments.find(
    (d) => !departments.some((other) => num(other.parent_id) === num(d.id) && num(d.id) !== null),
  );
  return str(leaf?.name) ?? str(departments[0]?.name);
}

function parseJob(job: JsonObject, options: ParserOptions): RawPosting {
  const meta = readMetadata(job.metadata);
  const content = str(job.content);
  const html = content === null ? null : unescapeHtml(content);
  return buildRawPosting({
    kind: 'greenhouse',
    externalId: str(job.id),
    url: str(job.absolute_url) ?? options.url,
    title: str(job.title) === null ? null : decodeEntities(str(job.title) as string),
    companyName: str(job.company_name),
    department: departmentOf(job),
    requisitionId: str(job.requisition_id),
    html,
    fields: meta.fields.toRecord(),
    locations: locationsOf(job),
    workplace: meta.workplace,
    employmentTypes: meta.employmentTypes,
    seniority: meta.seniority,
    salary: salaryFromPayRanges(job.pay_input_ranges) ?? meta.salary ?? salaryFromPayBlock(html),
    applyUrl: str(job.absolute_url),
    datePosted: str(job.first_published),
    language: str(job.language),
  });
}

/** Greenhouse board export or single job → raw postings. */
export const greenhouseParser: JsonSourceParser = {
  kind: 'greenhouse',
  matches: matchesGreenhouse,
  parse(json, options) {
    const root = obj(json);
    if (!root) return [];
    const jobs = isGreenhouseJob(root) ? [root] : arr(root.jobs);
    return jobs
      .map(obj)
      .filter((j): j is JsonObject => j !== null)
      .map((job) => parseJob(job, options));
  },
};
