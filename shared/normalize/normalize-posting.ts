import type { JobPosting, Location, Salary } from '../schema/posting';
import type { RawPosting } from '../schema/raw-posting';
import { composeBody, type PostingBody } from './body';
import { contentHashOf, type PostingContent } from './content-hash';
import { countryHintOf } from './country-hint';
import { normalizeDate } from './dates';
import { normalizeEmploymentTypes } from './employment-types';
import { rawOrigin, type FieldTrace } from './explain';
import { routeFields, type RoutedFields } from './header-fields';
import { extractLanguages } from './languages';
import { normalizeLocations } from './locations';
import { postingId } from '../ids';
import { externalIdOf, safeLink } from './posting-identity';
import { assessQuality } from './quality';
import { normalizeSalary } from './salary';
import { extractSections, type Sections } from './sections';
import { extractSkills } from './skills';
import { extractTerms } from './terms';
import { repairText } from './text-repair';
import { cleanTitle, detectSeniority, type CleanTitle } from './title';

/** What the caller knows beside the raw posting: its source and overrides (CLI flags, source config). */
export interface NormalizeContext {
  /** `source.id` of the posting (a configured source, or one derived by the CLI) */
  sourceId: string;
  /** the company, when the input does not name it (source config, `--company`); wins over the input's */
  companyName?: string | null;
  companyUrl?: string | null;
  /** the page the input came from (`--url`, the fetched URL): the posting URL when the input has none */
  url?: string | null;
  /** overrides the input's title (`--title`) */
  title?: string | null;
  /** "now", for expiry; defaults to the current time */
  now?: Date;
}

/** A normalised posting and where each of its fields came from. */
export interface TracedPosting {
  posting: JobPosting;
  trace: FieldTrace;
}

/** Turns one raw posting into the contract object (DESIGN §3). Pure and deterministic for a given `now`. */
export function normalizePosting(raw: RawPosting, context: NormalizeContext): JobPosting {
  return normalizePostingTraced(raw, context).posting;
}

/** `normalizePosting` with provenance for `--explain`; the same work, plus one string per field. */
export function normalizePostingTraced(raw: RawPosting, context: NormalizeContext): TracedPosting {
  const trace: FieldTrace = {};
  const fields = routeFields(raw.fields, repairText);
  const title = titleOf(raw, context, fields, trace);
  const body = composeBody(raw);
  const sections = extractSections(body.sectionInput);
  const content = contentOf(raw, context, { fields, title, body, sections }, trace);
  const now = context.now ?? new Date();
  const quality = assessQuality(content, now);
  const id = postingId(context.sourceId, content.source.externalId);
  const posting: JobPosting = { id, ...content, status: 'open', contentHash: contentHashOf(content), quality };
  trace.id = `postingId(source.id, source.externalId)`;
  trace.contentHash = 'sha-256 of the content fields';
  trace.quality = quality.warnings.length ? `warnings: ${quality.warnings.join(', ')}` : 'no warnings';
  return { posting, trace };
}

interface Parts {
  fields: RoutedFields;
  title: CleanTitle;
  body: PostingBody;
  sections: Sections;
}

function contentOf(raw: RawPosting, context: NormalizeContext, parts: Parts, trace: FieldTrace): PostingContent {
  const { fields, title, body, sections } = parts;
  const bodyText = body.description.text;
  const url = safeLink(raw.url, null) ?? safeLink(context.url, null);
  const company = companyOf(raw, context, fields, trace);
  const countryHint = countryHintOf(raw, [context.url], fields.byRole.country);
  const locations = locationsOf(raw, fields, title, bodyText, countryHint, trace);
  const salary = salaryOf(raw, fields, title, bodyText, locations[0]?.country ?? countryHint, trace);
  const { externalId, origin } = externalIdOf(raw, url, title.title, company.name, bodyText);
  trace.source = `kind ${raw.kind}; externalId from ${origin}`;
  trace.description = `${body.origin} body, text-repaired and sanitised`;
  traceSections(raw, body, trace);
  return {
    source: { id: context.sourceId, kind: raw.kind, externalId, url },
    title: title.title,
    seniority: seniorityOf(raw, fields, title.title, bodyText, trace),
    company,
    department: departmentOf(raw, fields, trace),
    employmentTypes: employmentTypesOf(raw, fields, title, bodyText, trace),
    locations,
    salary,
    description: body.description,
    responsibilities: sections.responsibilities,
    requirements: { must: sections.must, nice: sections.nice },
    benefits: sections.benefits,
    skills: skillsOf(raw, fields, title.title, sections, bodyText, trace),
    languages: languagesOf(raw, fields, sections, trace),
    terms: extractTerms(termLines(fields, sections)),
    applyUrl: applyUrlOf(raw, fields, url, trace),
    datePosted: dateOf(raw.datePosted, fields.byRole.datePosted, raw.kind, 'datePosted', trace),
    validThrough: dateOf(raw.validThrough, fields.byRole.validThrough, raw.kind, 'validThrough', trace),
  };
}

function traceSections(raw: RawPosting, body: PostingBody, trace: FieldTrace): void {
  const from = `section headings in the ${body.origin} body${raw.sections.length ? ` and ${rawOrigin(raw.kind, 'sections')}` : ''}`;
  trace.responsibilities = from;
  trace.requirements = from;
  trace.benefits = from;
  trace.terms = 'benefit, requirement and other lines, header fields';
  trace.status = "open (closing is the pipeline's job)";
}

function titleOf(raw: RawPosting, context: NormalizeContext, fields: RoutedFields, trace: FieldTrace): CleanTitle {
  const written = context.title ?? raw.title ?? fields.byRole.title[0] ?? '';
  const cleaned = cleanTitle(repairText(written).replace(/\s+/g, ' ').trim());
  const removed = Object.entries(cleaned.removed)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k} "${v}"`);
  const from = context.title
    ? '--title / context'
    : raw.title
      ? rawOrigin(raw.kind, 'title')
      : fields.byRole.title.length
        ? 'header field "title"'
        : 'nothing (no title found)';
  trace.title = removed.length ? `${from}, cleaned (removed ${removed.join(', ')})` : from;
  return cleaned;
}

function companyOf(
  raw: RawPosting,
  context: NormalizeContext,
  fields: RoutedFields,
  trace: FieldTrace,
): JobPosting['company'] {
  const name = context.companyName ?? raw.companyName ?? fields.byRole.company[0] ?? null;
  trace.company = context.companyName
    ? '--company / source config'
    : raw.companyName
      ? rawOrigin(raw.kind, 'companyName')
      : name
        ? (fields.origins.company?.[0] ?? 'header field')
        : 'not given';
  return {
    name: name === null ? null : repairText(name).trim() || null,
    url: safeLink(context.companyUrl ?? raw.companyUrl, null),
  };
}

function departmentOf(raw: RawPosting, fields: RoutedFields, trace: FieldTrace): string | null {
  const department = raw.department ?? fields.byRole.department[0] ?? null;
  trace.department = raw.department
    ? rawOrigin(raw.kind, 'department')
    : department
      ? (fields.origins.department?.[0] ?? 'header field')
      : 'not given';
  return department === null ? null : repairText(department).trim() || null;
}

function seniorityOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: string,
  bodyText: string,
  trace: FieldTrace,
): JobPosting['seniority'] {
  const sourceValue = raw.seniority ?? fields.byRole.seniority[0] ?? null;
  trace.seniority = `title${sourceValue ? `, then ${raw.seniority ? rawOrigin(raw.kind, 'seniority') : 'header field'} "${sourceValue}"` : ''}, then body text`;
  return detectSeniority({ title, sourceValue, text: bodyText });
}

function employmentTypesOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: CleanTitle,
  bodyText: string,
  trace: FieldTrace,
): JobPosting['employmentTypes'] {
  const values = [
    ...raw.employmentTypes,
    ...fields.byRole.employment,
    ...(title.removed.employmentType ? [title.removed.employmentType] : []),
  ];
  const origins = [
    ...(raw.employmentTypes.length ? [rawOrigin(raw.kind, 'employmentTypes')] : []),
    ...(fields.origins.employment ?? []),
    ...(title.removed.employmentType ? ['title suffix'] : []),
  ];
  trace.employmentTypes = values.length
    ? `values ${JSON.stringify(values)} from ${origins.join(', ')}`
    : 'title and body text';
  return normalizeEmploymentTypes({
    values,
    title: title.title,
    texts: [...fields.byRole.location, ...fields.otherLines],
    bodyText,
  });
}

function locationsOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: CleanTitle,
  bodyText: string,
  countryHint: string | null,
  trace: FieldTrace,
): Location[] {
  const texts = [...fields.byRole.location];
  if (!raw.locations.length && !texts.length && title.removed.location) texts.push(title.removed.location);
  const workplace = raw.workplace ?? fields.workplace;
  const rawLocations = raw.locations.map((l) => ({ ...l, text: repairText(l.text).trim() }));
  trace.locations = [
    raw.locations.length ? `${rawOrigin(raw.kind, 'locations')}` : null,
    texts.length
      ? `texts ${JSON.stringify(texts)} from ${(fields.origins.location ?? ['title suffix']).join(', ')}`
      : null,
    workplace
      ? `workplace hint "${workplace}" (${raw.workplace ? rawOrigin(raw.kind, 'workplace') : (fields.origins.workplace?.[0] ?? 'header field')})`
      : null,
    countryHint ? `country hint ${countryHint}` : null,
    'body text',
  ]
    .filter(Boolean)
    .join('; ');
  return normalizeLocations({ raw: rawLocations, texts, workplace, bodyText, countryHint });
}

function salaryOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: CleanTitle,
  bodyText: string,
  countryHint: string | null,
  trace: FieldTrace,
): Salary | null {
  const texts = [...fields.byRole.salary, ...(title.removed.salary ? [title.removed.salary] : [])];
  const salary = normalizeSalary({ structured: raw.salary, texts, bodyText, countryHint });
  trace.salary = raw.salary
    ? rawOrigin(raw.kind, 'salary')
    : texts.length
      ? `salary texts ${JSON.stringify(texts)} from ${(fields.origins.salary ?? ['title suffix']).join(', ')}`
      : salary
        ? 'a salary sentence in the body'
        : 'none found';
  return salary;
}

function skillsOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: string,
  sections: Sections,
  bodyText: string,
  trace: FieldTrace,
): string[] {
  const sectionLines = [
    ...sections.techStack,
    ...sections.must,
    ...sections.nice,
    ...sections.responsibilities,
    ...sections.about,
    ...sections.other,
  ];
  const tags = [...raw.tags, ...fields.byRole.skills];
  trace.skills = `${sectionLines.length ? 'sections' : 'body text'}${tags.length ? ` + tags ${JSON.stringify(tags.slice(0, 8))}` : ''}`;
  return extractSkills({ title, text: sectionLines.length ? sectionLines.join('\n') : bodyText, tags });
}

function languagesOf(
  raw: RawPosting,
  fields: RoutedFields,
  sections: Sections,
  trace: FieldTrace,
): JobPosting['languages'] {
  trace.languages = `requirement sections${fields.byRole.languages.length ? ' + header field "languages"' : ''}`;
  return extractLanguages({
    must: [...sections.must, ...fields.byRole.languages],
    nice: sections.nice,
    other: [
      ...sections.about,
      ...sections.responsibilities,
      ...sections.benefits,
      ...sections.techStack,
      ...sections.other,
      ...fields.otherLines,
    ],
    postingLanguage: raw.language,
  });
}

const termLines = (fields: RoutedFields, sections: Sections): string[] => [
  ...sections.benefits,
  ...sections.other,
  ...sections.about,
  ...sections.must,
  ...sections.nice,
  ...sections.responsibilities,
  ...fields.otherLines,
];

function applyUrlOf(raw: RawPosting, fields: RoutedFields, url: string | null, trace: FieldTrace): string | null {
  const apply = safeLink(raw.applyUrl, url) ?? safeLink(fields.byRole.applyUrl[0], url);
  trace.applyUrl = apply
    ? raw.applyUrl
      ? rawOrigin(raw.kind, 'applyUrl')
      : 'header field "apply"'
    : url
      ? 'the posting URL (no apply link given)'
      : 'none';
  return apply ?? url;
}

function dateOf(
  value: RawPosting['datePosted'],
  fieldValues: string[],
  kind: RawPosting['kind'],
  field: 'datePosted' | 'validThrough',
  trace: FieldTrace,
): string | null {
  const fromRaw = normalizeDate(value);
  const date = fromRaw ?? fieldValues.map(normalizeDate).find((d) => d !== null) ?? null;
  trace[field] = fromRaw
    ? `${rawOrigin(kind, field)} ${JSON.stringify(value)}`
    : date
      ? `header field ${JSON.stringify(fieldValues[0])}`
      : value !== null
        ? `unreadable ${JSON.stringify(value)}`
        : 'not given';
  return date;
}
