import type { RawLocation, RawPosting, RawSalary } from '../../schema/raw-posting';
import type { Workplace } from '../../schema/posting';
import {
  arr,
  bool,
  decodeEntities,
  isObject,
  joinParts,
  num,
  obj,
  str,
  strings,
  type JsonObject,
} from '../json-values';
import { buildRawPosting, FieldBag, type JsonSourceParser, type ParserOptions } from '../raw-posting-builder';

/**
 * Recruitee Careers Site API (https://docs.recruitee.com/reference/offers): `GET https://{company}.recruitee.com/api/offers/`
 * gives `{offers: [...]}`, `GET …/offers/{slug}` gives `{offer: {...}}`. The body is `description` +
 * `requirements`; only `status: "published"` offers are public; `published_at` is "2026-07-30 19:46:15 UTC".
 */

const isRecruiteeOffer = (value: unknown): boolean =>
  isObject(value) && 'title' in value && ('careers_url' in value || 'slug' in value || 'employment_type_code' in value);

function matchesRecruitee(json: unknown): boolean {
  const root = obj(json);
  if (!root) return false;
  if (isRecruiteeOffer(root.offer)) return true;
  if (!Array.isArray(root.offers)) return false;
  return root.offers.length === 0 || isRecruiteeOffer(root.offers[0]);
}

/** `locations []` on current boards, else the flat `city / state_name / country / country_code` of older ones. */
function locationsOf(offer: JsonObject): RawLocation[] {
  const listed = arr(offer.locations)
    .map(obj)
    .filter((l): l is JsonObject => l !== null)
    .map((l) =>
      rawLocation(
        str(l.name) ?? str(l.location),
        str(l.city),
        str(l.state) ?? str(l.state_name),
        str(l.country_code) ?? str(l.country),
      ),
    );
  if (listed.some((l) => l !== null)) return listed.filter((l): l is RawLocation => l !== null);
  const flat = rawLocation(
    str(offer.location),
    str(offer.city),
    str(offer.state_name) ?? str(offer.state_code),
    str(offer.country_code) ?? str(offer.country),
  );
  return flat ? [flat] : [];
}

function rawLocation(
  text: string | null,
  city: string | null,
  region: string | null,
  country: string | null,
): RawLocation | null {
  const written = text ?? joinParts(city, region, country);
  return written ? { text: written, city, region, country, workplace: null } : null;
}

/** `remote / hybrid / on_site` booleans; remote together with on-site is a mix, read as hybrid. */
function workplaceOf(offer: JsonObject): Workplace | null {
  const remote = bool(offer.remote) === true;
  const hybrid = bool(offer.hybrid) === true;
  const onSite = bool(offer.on_site) === true;
  if (hybrid || (remote && onSite)) return 'hybrid';
  if (remote) return 'remote';
  return onSite ? 'onsite' : null;
}

/** `salary {min, max, period, currency}` with amounts as strings ("1200"). */
function salaryOf(offer: JsonObject): RawSalary | null {
  const salary = obj(offer.salary);
  if (!salary) return null;
  const min = num(salary.min);
  const max = num(salary.max);
  if (min === null && max === null) return null;
  return { min, max, currency: str(salary.currency), period: str(salary.period), text: null };
}

function fieldsOf(offer: JsonObject): Record<string, string[]> {
  const fields = new FieldBag();
  const minHours = num(offer.min_hours);
  const maxHours = num(offer.max_hours);
  if (minHours !== null || maxHours !== null) {
    fields.add('hours', `${[minHours, maxHours].filter((h) => h !== null).join('–')} hours per week`);
  }
  fields.add('education', str(offer.education_code));
  return fields.toRecord();
}

function parseOffer(offer: JsonObject, options: ParserOptions): RawPosting {
  const body = [str(offer.description), str(offer.requirements)].filter((part): part is string => part !== null);
  return buildRawPosting({
    kind: 'recruitee',
    externalId: str(offer.id) ?? str(offer.slug),
    url: str(offer.careers_url) ?? str(offer.url) ?? options.url,
    title: str(offer.title) === null ? null : decodeEntities(str(offer.title) as string),
    companyName: str(offer.company_name),
    department: str(offer.department),
    html: body.length ? body.join('\n') : null,
    fields: fieldsOf(offer),
    locations: locationsOf(offer),
    workplace: workplaceOf(offer),
    employmentTypes: strings(offer.employment_type_code),
    seniority: str(offer.experience_code),
    salary: salaryOf(offer),
    applyUrl: str(offer.careers_apply_url),
    datePosted: str(offer.published_at) ?? str(offer.created_at),
    validThrough: str(offer.close_at),
    tags: strings(offer.tags),
  });
}

/** Recruitee offers list or single offer → raw postings, published ones only. */
export const recruiteeParser: JsonSourceParser = {
  kind: 'recruitee',
  matches: matchesRecruitee,
  parse(json, options) {
    const root = obj(json);
    if (!root) return [];
    const offers = isRecruiteeOffer(root.offer) ? [root.offer] : arr(root.offers);
    return offers
      .map(obj)
      .filter((o): o is JsonObject => o !== null && (str(o.status) === null || str(o.status) === 'published'))
      .map((o) => parseOffer(o, options));
  },
};
