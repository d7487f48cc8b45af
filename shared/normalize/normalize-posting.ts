import type { JobPosting } from '../schema/posting';
import type { RawPosting } from '../schema/raw-posting';
import { composeBody, type PostingBody } from './body';
import type { PostingContent } from './content-hash';
import { finishContent } from './content-finish';
import { countryHintOf } from './country-hint';
import { deadlineSentence } from './deadline-sentence';
import { rawOrigin, type FieldTrace } from './explain';
import { routeFields, type RoutedFields } from './header-fields';
import { postingId } from '../ids';
import { externalIdOf, safeLink } from './posting-identity';
import { assessQuality } from './quality';
import { extractSections, type Sections } from './sections';
import { beginParseScope } from './document/parse-html';
import { extractTerms } from './terms';
import { repairText } from './text-repair';
import type { CleanTitle } from './title';
import { applyUrlOf, companyOf, dateOf, departmentOf, seniorityOf, titleOf } from './posting-facts';
import { employmentTypesOf, languagesOf, locationsOf, salaryOf, skillsOf, termLines } from './posting-extractions';

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
  return normalizeWith(raw, context, null);
}

/** `normalizePosting` with provenance for `--explain`; the same work, plus one string per field. */
export function normalizePostingTraced(raw: RawPosting, context: NormalizeContext): TracedPosting {
  const trace: FieldTrace = {};
  const posting = normalizeWith(raw, context, trace);
  trace.id = `postingId(source.id, source.externalId)`;
  trace.contentHash = 'sha-256 of the content fields';
  trace.quality = posting.quality.warnings.length ? `warnings: ${posting.quality.warnings.join(', ')}` : 'no warnings';
  return { posting, trace };
}

/**
 * The posting, its fields' origins written into `trace` when one is given: without one (every posting but those
 * of `--explain`) no origin string is built.
 */
function normalizeWith(raw: RawPosting, context: NormalizeContext, trace: FieldTrace | null): JobPosting {
  // the body's reads share one parse within this posting, and none with the posting before (parse-html.ts)
  beginParseScope(raw);
  const fields = routeFields(raw.fields, repairText);
  const title = titleOf(raw, context, fields, trace);
  const body = composeBody(raw);
  const sections = extractSections(body.sectionInput);
  // control characters leave here, whatever field a source put them in (text-repair.ts: scrubControls), in the
  // same walk that writes the content hash's sorted JSON (content-finish.ts)
  const { content, contentHash } = finishContent(contentOf(raw, context, { fields, title, body, sections }, trace));
  const now = context.now ?? new Date();
  const quality = assessQuality(content, now);
  const id = postingId(context.sourceId, content.source.externalId);
  return { id, ...content, status: 'open', contentHash, quality };
}

interface Parts {
  fields: RoutedFields;
  title: CleanTitle;
  body: PostingBody;
  sections: Sections;
}

function contentOf(raw: RawPosting, context: NormalizeContext, parts: Parts, trace: FieldTrace | null): PostingContent {
  const { fields, title, body, sections } = parts;
  const bodyText = body.description.text;
  const url = safeLink(raw.url, null) ?? safeLink(context.url, null);
  const company = companyOf(raw, context, fields, trace);
  const countryHint = countryHintOf(raw, [context.url], fields.byRole.country);
  const locations = locationsOf(raw, fields, title, bodyText, countryHint, trace, sections.fields.location);
  const salary = salaryOf(raw, fields, title, bodyText, locations[0]?.country ?? countryHint, trace);
  const { externalId, origin } = externalIdOf(raw, url, title.title, company.name, bodyText);
  if (trace) traceContent(raw, body, origin, trace);
  return {
    source: { id: context.sourceId, kind: raw.kind, externalId, url },
    title: title.title,
    seniority: seniorityOf(raw, fields, title.title, bodyText, trace, title.removed.employmentType),
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
    terms: extractTerms(termLines(fields, sections), bodyText),
    applyUrl: applyUrlOf(raw, fields, url, trace),
    datePosted: dateOf(raw.datePosted, fields.byRole.datePosted, raw.kind, 'datePosted', trace, context.now),
    validThrough: dateOf(raw.validThrough, deadlineValues(raw, fields, bodyText), raw.kind, 'validThrough', trace),
  };
}

/** The deadline's header values; without any, the date a body sentence states ("Sista ansökningsdag är …"). */
function deadlineValues(raw: RawPosting, fields: RoutedFields, bodyText: string): string[] {
  const values = fields.byRole.validThrough;
  if (raw.validThrough !== null || values.length > 0) return values;
  const stated = deadlineSentence(bodyText);
  return stated === null ? values : [stated];
}

function traceContent(raw: RawPosting, body: PostingBody, externalIdOrigin: string, trace: FieldTrace): void {
  trace.source = `kind ${raw.kind}; externalId from ${externalIdOrigin}`;
  trace.description = `${body.origin} body, text-repaired and sanitised`;
  const from = `section headings in the ${body.origin} body${raw.sections.length ? ` and ${rawOrigin(raw.kind, 'sections')}` : ''}`;
  trace.responsibilities = from;
  trace.requirements = from;
  trace.benefits = from;
  trace.terms = 'benefit, requirement and other lines, header fields';
  trace.status = "open (closing is the pipeline's job)";
}
