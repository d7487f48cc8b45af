import type { JobPosting } from '../schema/posting';
import type { RawPosting } from '../schema/raw-posting';
import { normalizeDate } from './dates';
import { rawOrigin, type FieldTrace } from './explain';
import type { RoutedFields } from './header-fields';
import type { NormalizeContext } from './normalize-posting';
import { safeLink } from './posting-identity';
import { collapseSpaces } from './text-pieces';
import { repairText } from './text-repair';
import { cleanTitle, detectSeniority, type CleanTitle } from './title';
import { relativePostedDate } from './relative-date';

/**
 * The posting's short facts (title, company, department, seniority, apply link, dates), each taken from the
 * most reliable place it appears (overrides, then the source's own field, then a header field) and traced.
 * `trace` is null when no one asked where the fields came from (all but `--explain`): the origin strings are
 * then not built, a cost every posting paid for nothing.
 */

export function titleOf(
  raw: RawPosting,
  context: NormalizeContext,
  fields: RoutedFields,
  trace: FieldTrace | null,
): CleanTitle {
  const written = context.title ?? raw.title ?? fields.byRole.title[0] ?? '';
  // The company is known before the title is cleaned, so "Acme – Engineer" and "Engineer at Acme" lose it.
  const company = context.companyName ?? raw.companyName ?? fields.byRole.company[0] ?? null;
  const cleaned = cleanTitle(collapseSpaces(repairText(written)).trim(), { company });
  if (trace) trace.title = titleOrigin(raw, context, fields, cleaned);
  return cleaned;
}

function titleOrigin(raw: RawPosting, context: NormalizeContext, fields: RoutedFields, cleaned: CleanTitle): string {
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
  return removed.length ? `${from}, cleaned (removed ${removed.join(', ')})` : from;
}

export function companyOf(
  raw: RawPosting,
  context: NormalizeContext,
  fields: RoutedFields,
  trace: FieldTrace | null,
): JobPosting['company'] {
  const name = context.companyName ?? raw.companyName ?? fields.byRole.company[0] ?? null;
  if (trace)
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

export function departmentOf(raw: RawPosting, fields: RoutedFields, trace: FieldTrace | null): string | null {
  const department = raw.department ?? fields.byRole.department[0] ?? null;
  if (trace)
    trace.department = raw.department
      ? rawOrigin(raw.kind, 'department')
      : department
        ? (fields.origins.department?.[0] ?? 'header field')
        : 'not given';
  return department === null ? null : repairText(department).trim() || null;
}

export function seniorityOf(
  raw: RawPosting,
  fields: RoutedFields,
  title: string,
  bodyText: string,
  trace: FieldTrace | null,
  titleEmployment: string | null = null,
): JobPosting['seniority'] {
  const sourceValue = raw.seniority ?? fields.byRole.seniority[0] ?? null;
  if (trace)
    trace.seniority = `title${sourceValue ? `, then ${raw.seniority ? rawOrigin(raw.kind, 'seniority') : 'header field'} "${sourceValue}"` : ''}, then body text`;
  return detectSeniority({ title, sourceValue, text: bodyText, titleEmployment });
}

export function applyUrlOf(
  raw: RawPosting,
  fields: RoutedFields,
  url: string | null,
  trace: FieldTrace | null,
): string | null {
  const apply = safeLink(raw.applyUrl, url) ?? safeLink(fields.byRole.applyUrl[0], url);
  if (trace)
    trace.applyUrl = apply
      ? raw.applyUrl
        ? rawOrigin(raw.kind, 'applyUrl')
        : 'header field "apply"'
      : url
        ? 'the posting URL (no apply link given)'
        : 'none';
  return apply ?? url;
}

export function dateOf(
  value: RawPosting['datePosted'],
  fieldValues: string[],
  kind: RawPosting['kind'],
  field: 'datePosted' | 'validThrough',
  trace: FieldTrace | null,
  now?: Date,
): string | null {
  const fromRaw = normalizeDate(value);
  const absolute = fromRaw ?? firstDate(fieldValues);
  const relative = absolute === null && now ? firstRelativeDate(value, fieldValues, now) : null;
  const date = absolute ?? relative;
  if (trace)
    trace[field] = fromRaw
      ? `${rawOrigin(kind, field)} ${JSON.stringify(value)}`
      : relative
        ? `relative date counted back from now (${now?.toISOString()})`
        : date
          ? `header field ${JSON.stringify(fieldValues[0])}`
          : value !== null
            ? `unreadable ${JSON.stringify(value)}`
            : 'not given';
  return date;
}

/**
 * "Posted 2 Days Ago", "il y a 5 jours", "3日前": a date counted back from the context's `now` (relative-date.ts);
 * read only when no value holds an absolute date, and only with a `now` given, never the wall clock.
 */
function firstRelativeDate(value: RawPosting['datePosted'], fieldValues: string[], now: Date): string | null {
  for (const text of typeof value === 'string' ? [value, ...fieldValues] : fieldValues) {
    const date = relativePostedDate(text, now);
    if (date !== null) return date;
  }
  return null;
}

/** The first header value that reads as a date (the later ones are not read once one does). */
function firstDate(values: string[]): string | null {
  for (const value of values) {
    const date = normalizeDate(value);
    if (date !== null) return date;
  }
  return null;
}
