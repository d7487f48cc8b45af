import type { JobPosting, Location, Salary, Workplace } from '../schema/posting';
import type { RawPosting } from '../schema/raw-posting';
import { normalizeEmploymentTypes } from './employment-types';
import { rawOrigin, type FieldTrace } from './explain';
import type { RoutedFields } from './header-fields';
import { extractLanguages } from './languages';
import { normalizeLocations } from './locations';
import { officePlacesInBody } from './geo/body-office';
import { normalizeSalary } from './salary';
import type { Sections } from './sections';
import { extractSkills } from './skills';
import { repairText } from './text-repair';
import type { CleanTitle } from './title';

/**
 * The calls into the extractors: what each one is given (structured source values, routed header fields,
 * title hints, sections, the body) and, for --explain, where that came from (`trace`, null when not asked for:
 * the origin strings are then not built).
 */

export function employmentTypesOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: CleanTitle,
  bodyText: string,
  trace: FieldTrace | null,
): JobPosting['employmentTypes'] {
  const values = [
    ...raw.employmentTypes,
    ...fields.byRole.employment,
    ...(title.removed.employmentType ? [title.removed.employmentType] : []),
  ];
  if (trace) trace.employmentTypes = employmentOrigin(raw, fields, title, values);
  return normalizeEmploymentTypes({
    values,
    title: title.title,
    // a workplace label's value may name the contract instead ('Çalışma şekli: tam zamanlı', where the same label
    // also says 'Hibrit'): read it as text, which names a type only when it holds a type's words
    texts: [...fields.byRole.location, ...fields.byRole.workplace, ...fields.otherLines],
    bodyText,
  });
}

function employmentOrigin(raw: RawPosting, fields: RoutedFields, title: CleanTitle, values: string[]): string {
  const origins = [
    ...(raw.employmentTypes.length ? [rawOrigin(raw.kind, 'employmentTypes')] : []),
    ...(fields.origins.employment ?? []),
    ...(title.removed.employmentType ? ['title suffix'] : []),
  ];
  return values.length ? `values ${JSON.stringify(values)} from ${origins.join(', ')}` : 'title and body text';
}

export function locationsOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: CleanTitle,
  bodyText: string,
  countryHint: string | null,
  trace: FieldTrace | null,
  bodyLocations: readonly string[] = [],
): Location[] {
  const texts = [...fields.byRole.location];
  if (!raw.locations.length && !texts.length && title.removed.location) texts.push(title.removed.location);
  // An ATS or JSON-LD posting gives one office in its fields and the alternatives in its description ("Locations:
  // Austin, TX; Chicago, IL; or Remote (US only)"): the description's own location line lists them all. Parsers
  // of pages read such lines into fields already; several offices in the fields are the whole list.
  if (raw.locations.length <= 1 && !texts.length) texts.push(...bodyLocations);
  // a posting with no location anywhere may name its office in a sentence ("in unserem Büro in Leipzig")
  const fromOffice = !raw.locations.length && !texts.length ? officePlacesInBody(bodyText) : [];
  texts.push(...fromOffice);
  const workplace = raw.workplace ?? fields.workplace;
  const rawLocations = raw.locations.map((l) => ({ ...l, text: repairText(l.text).trim() }));
  if (trace) trace.locations = locationsOrigin(raw, fields, texts, workplace, countryHint, fromOffice.length > 0);
  return normalizeLocations({
    raw: rawLocations,
    texts,
    workplace,
    bodyText,
    countryHint,
    readings: fields.locationReadings,
  });
}

function locationsOrigin(
  raw: RawPosting,
  fields: RoutedFields,
  texts: string[],
  workplace: Workplace | null,
  countryHint: string | null,
  officeSentence = false,
): string {
  const origin = officeSentence
    ? ['a sentence naming the office in the body']
    : (fields.origins.location ?? ['title suffix']);
  return [
    raw.locations.length ? `${rawOrigin(raw.kind, 'locations')}` : null,
    texts.length ? `texts ${JSON.stringify(texts)} from ${origin.join(', ')}` : null,
    workplace
      ? `workplace hint "${workplace}" (${raw.workplace ? rawOrigin(raw.kind, 'workplace') : (fields.origins.workplace?.[0] ?? 'header field')})`
      : null,
    countryHint ? `country hint ${countryHint}` : null,
    'body text',
  ]
    .filter(Boolean)
    .join('; ');
}

export function salaryOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: CleanTitle,
  bodyText: string,
  countryHint: string | null,
  trace: FieldTrace | null,
): Salary | null {
  const texts = [...fields.byRole.salary, ...(title.removed.salary ? [title.removed.salary] : [])];
  const salary = normalizeSalary({ structured: raw.salary, texts, labels: fields.salaryLabels, bodyText, countryHint });
  if (trace)
    trace.salary = raw.salary
      ? rawOrigin(raw.kind, 'salary')
      : texts.length
        ? `salary texts ${JSON.stringify(texts)} from ${(fields.origins.salary ?? ['title suffix']).join(', ')}`
        : salary
          ? 'a salary sentence in the body'
          : 'none found';
  return salary;
}

export function skillsOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: string,
  sections: Sections,
  bodyText: string,
  trace: FieldTrace | null,
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
  if (trace)
    trace.skills = `${sectionLines.length ? 'sections' : 'body text'}${tags.length ? ` + tags ${JSON.stringify(tags.slice(0, 8))}` : ''}`;
  return extractSkills({ title, text: sectionLines.length ? sectionLines.join('\n') : bodyText, tags });
}

export function languagesOf(
  raw: RawPosting,
  fields: RoutedFields,
  sections: Sections,
  trace: FieldTrace | null,
): JobPosting['languages'] {
  if (trace)
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

export const termLines = (fields: RoutedFields, sections: Sections): string[] => [
  ...sections.benefits,
  ...sections.other,
  ...sections.about,
  ...sections.must,
  ...sections.nice,
  ...sections.responsibilities,
  ...fields.otherLines,
];
