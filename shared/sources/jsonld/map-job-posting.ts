import type { RawLocation, RawPosting, RawSalary, RawSection } from '../../schema/raw-posting';
import {
  arr,
  bool,
  decodeEntities,
  joinParts,
  looksLikeHtml,
  num,
  obj,
  str,
  strings,
  unescapeHtml,
  type JsonObject,
} from '../json-values';
import { absoluteUrl, buildRawPosting, FieldBag, type ParserOptions } from '../raw-posting-builder';

/**
 * One schema.org JobPosting node (https://schema.org/JobPosting, Google for Jobs' reading of it) → a raw
 * posting. Google's semantics for places: a physical `jobLocation` without `jobLocationType: TELECOMMUTE` is
 * on-site; TELECOMMUTE makes the job remote, within `applicantLocationRequirements` where given.
 */

/** Plain text from a JSON-LD string value (names and titles arrive entity-escaped on many sites). */
const text = (value: unknown): string | null => {
  const s = str(value);
  return s === null ? null : decodeEntities(s).trim() || null;
};

/** `identifier`: a PropertyValue `{name, value}`, a plain string or number. */
function identifierOf(value: unknown): string | null {
  const first = arr(value)[0];
  return str(obj(first)?.value) ?? str(obj(first)?.['@id']) ?? str(first);
}

/** `addressCountry`: "GB", "United Kingdom", or a Country `{name}`. */
const countryOf = (value: unknown): string | null =>
  text(obj(value)?.name) ?? text(obj(value)?.identifier) ?? text(value);

/** A `Place` (or bare PostalAddress / string) → a raw location. */
function placeToLocation(place: unknown, workplace: RawLocation['workplace']): RawLocation | null {
  const node = obj(place);
  const address = node ? (obj(node.address) ?? (node['@type'] === 'PostalAddress' ? node : null)) : null;
  if (!address) {
    const written = text(node?.address) ?? text(node?.name) ?? text(place);
    return written ? { text: written, city: null, region: null, country: null, workplace } : null;
  }
  const city = text(address.addressLocality);
  const region = text(address.addressRegion);
  const country = countryOf(address.addressCountry);
  const written = joinParts(city, region, country) || text(node?.name) || text(address.streetAddress);
  return written ? { text: written, city, region, country, workplace } : null;
}

/** `applicantLocationRequirements`: Country / State / AdministrativeArea where a remote applicant may live. */
function requirementToLocation(area: unknown): RawLocation | null {
  const node = obj(area);
  const name = text(node?.name) ?? text(area);
  if (!name) return null;
  const isCountry = !node || /Country/.test(String(node['@type'] ?? 'Country'));
  return {
    text: name,
    city: null,
    region: isCountry ? null : name,
    country: isCountry ? name : null,
    workplace: 'remote',
  };
}

export const isTelecommute = (node: JsonObject): boolean =>
  strings(node.jobLocationType).some((t) => /telecommute/i.test(t));

function locationsOf(node: JsonObject, remote: boolean): RawLocation[] {
  const physical = arr(node.jobLocation).map((place) => placeToLocation(place, remote ? null : 'onsite'));
  const applicant = remote ? arr(node.applicantLocationRequirements).map(requirementToLocation) : [];
  return [...physical, ...applicant].filter((l): l is RawLocation => l !== null);
}

/** `baseSalary` (else `estimatedSalary`): MonetaryAmount `{currency, value: QuantitativeValue | number}`. */
function salaryOf(node: JsonObject): RawSalary | null {
  const amount = obj(arr(node.baseSalary)[0]) ?? obj(arr(node.estimatedSalary)[0]);
  if (!amount) return null;
  const quantity = obj(amount.value);
  const single = num(quantity?.value) ?? num(amount.value);
  const min = num(quantity?.minValue) ?? num(amount.minValue) ?? single;
  const max = num(quantity?.maxValue) ?? num(amount.maxValue) ?? single;
  const period = str(quantity?.unitText) ?? str(amount.unitText);
  if (min === null && max === null) return null;
  return { min, max, currency: str(amount.currency) ?? str(quantity?.currency), period, text: null };
}

/** `employmentType`: one value, an array, or a comma-separated string. */
const employmentTypesOf = (node: JsonObject): string[] =>
  strings(node.employmentType)
    .flatMap((t) => t.split(/\s*,\s*/))
    .filter(Boolean);

function applyUrlOf(node: JsonObject, pageUrl: string | null): string | null {
  const action = arr(node.potentialAction)
    .map(obj)
    .find((a) => a !== null && /ApplyAction/.test(String(a['@type'])));
  const target = str(action?.target) ?? str(obj(action?.target)?.urlTemplate);
  if (target) return absoluteUrl(target, pageUrl);
  return bool(node.directApply) === true ? absoluteUrl(str(node.url), pageUrl) : null;
}

/** Schema.org's own text properties, with the heading each becomes. */
const SECTION_PROPS: ReadonlyArray<readonly [string, string]> = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['jobBenefits', 'Benefits'],
];

/** Text without tags, whitespace collapsed: what "the description already says it" compares. */
const plainText = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

/** Schema.org's own text properties, as sections, when the description does not already carry them. */
function extraSections(node: JsonObject, description: string): RawSection[] {
  let plain: string | null = null;
  return SECTION_PROPS.flatMap(([prop, heading]) => {
    const value = text(node[prop]);
    if (!value || value.length < 12) return [];
    plain ??= plainText(description);
    if (plain.includes(plainText(value).trim().slice(0, 40))) return [];
    return [
      {
        heading,
        html: looksLikeHtml(value)
          ? value
          : value
              .split(/\n+/)
              .map((l) => `<p>${l}</p>`)
              .join(''),
      },
    ];
  });
}

/** Short skill names from `skills` ("Python, SQL"); prose is left to the skills extractor. */
const tagsOf = (node: JsonObject): string[] =>
  strings(node.skills)
    .flatMap((s) => s.split(/\s*[,;]\s*/))
    .filter((s) => s.length > 0 && s.length <= 40);

function fieldsOf(node: JsonObject): Record<string, string[]> {
  const months = num(obj(node.experienceRequirements)?.monthsOfExperience);
  return new FieldBag()
    .add('industry', text(node.industry))
    .add('category', text(node.occupationalCategory))
    .add('hours', text(node.workHours))
    .add('experience', months === null ? text(node.experienceRequirements) : `${months} months`)
    .add('education', text(obj(node.educationRequirements)?.credentialCategory) ?? text(node.educationRequirements))
    .toRecord();
}

/** Maps one JobPosting node; `pageLanguage` is the page's `<html lang>`. */
export function mapJobPosting(node: JsonObject, options: ParserOptions & { pageLanguage?: string | null }): RawPosting {
  const organization = obj(arr(node.hiringOrganization)[0]);
  const description = str(node.description) ?? '';
  const unescaped = unescapeHtml(description);
  const html = looksLikeHtml(unescaped) ? unescaped : null;
  const remote = isTelecommute(node);
  const url = absoluteUrl(str(node.url), options.url) ?? options.url;
  return buildRawPosting({
    kind: 'jsonld',
    externalId: identifierOf(node.identifier),
    url,
    title: text(node.title) ?? text(node.name),
    companyName: text(organization?.name) ?? text(node.hiringOrganization),
    companyUrl: absoluteUrl(str(arr(organization?.sameAs)[0]) ?? str(organization?.url), options.url),
    html,
    text: html === null && description ? decodeEntities(description) : null,
    sections: extraSections(node, description),
    fields: fieldsOf(node),
    locations: locationsOf(node, remote),
    workplace: remote ? 'remote' : null,
    employmentTypes: employmentTypesOf(node),
    salary: salaryOf(node),
    applyUrl: applyUrlOf(node, url),
    datePosted: str(node.datePosted),
    validThrough: str(node.validThrough),
    language: str(node.inLanguage) ?? str(obj(node.inLanguage)?.alternateName) ?? options.pageLanguage ?? null,
    tags: tagsOf(node),
  });
}
