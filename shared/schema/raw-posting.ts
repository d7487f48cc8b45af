import { z } from 'zod';
import { SourceKind, Workplace } from './posting';

/**
 * What a parser in `shared/sources/*` extracts from one input, before normalisation: the posting as the
 * source wrote it, with structured values kept where the source has them (ATS fields) and free text
 * everywhere else. `normalizePosting` turns it into a `JobPosting`; nothing here is interpreted yet.
 */

/** A location as the source gave it: structured parts where known, and the text as written. */
export const RawLocation = z.object({
  text: z.string(),
  city: z.string().nullable().default(null),
  region: z.string().nullable().default(null),
  /** country as written: ISO code, English or local name */
  country: z.string().nullable().default(null),
  workplace: Workplace.nullable().default(null),
});
export type RawLocation = z.infer<typeof RawLocation>;

/** A salary the source gave as structured values (Greenhouse pay ranges, Lever salaryRange, JSON-LD baseSalary). */
export const RawSalary = z.object({
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
  currency: z.string().nullable().default(null),
  /** period as written: "per-month-salary", "1 YEAR", "HOUR", "month" … */
  period: z.string().nullable().default(null),
  text: z.string().nullable().default(null),
});
export type RawSalary = z.infer<typeof RawSalary>;

/** A section the source already separated (Lever `lists`, Personio `jobDescriptions`, SmartRecruiters `jobAd.sections`). */
export const RawSection = z.object({
  heading: z.string(),
  html: z.string(),
});
export type RawSection = z.infer<typeof RawSection>;

export const RawPosting = z.object({
  /** the kind of input this came from (detected or forced with --source-kind) */
  kind: SourceKind,
  externalId: z.string().nullable().default(null),
  /** the posting's own page */
  url: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  companyName: z.string().nullable().default(null),
  companyUrl: z.string().nullable().default(null),
  department: z.string().nullable().default(null),
  /** requisition id, used as the cross-source dedup key where present */
  requisitionId: z.string().nullable().default(null),
  /** the body: HTML (entity-decoded, unsanitised), Markdown or plain text; at least one is usually set */
  html: z.string().nullable().default(null),
  markdown: z.string().nullable().default(null),
  text: z.string().nullable().default(null),
  sections: z.array(RawSection).default([]),
  /**
   * "Key: value" header fields as written (Markdown/text headers, HTML meta lists, ATS fields that carry
   * free text): keys are lower-cased English names such as `location`, `salary`, `employment type`.
   */
  fields: z.record(z.string(), z.array(z.string())).default({}),
  locations: z.array(RawLocation).default([]),
  /** posting-level workplace hint from the source (Lever `workplaceType`, Ashby `workplaceType`, Recruitee booleans) */
  workplace: Workplace.nullable().default(null),
  /** employment types as written ("Full Time", "FullTime", "permanent", "Vollzeit", "FULL_TIME") */
  employmentTypes: z.array(z.string()).default([]),
  seniority: z.string().nullable().default(null),
  salary: RawSalary.nullable().default(null),
  applyUrl: z.string().nullable().default(null),
  /** dates as written: ISO strings, epoch milliseconds, "2026-07-30 19:46:15 UTC" */
  datePosted: z.union([z.string(), z.number()]).nullable().default(null),
  validThrough: z.union([z.string(), z.number()]).nullable().default(null),
  /** BCP 47 language of the content where the source says (html lang, Personio language) */
  language: z.string().nullable().default(null),
  /** skills the source lists explicitly (keywords, tags) */
  tags: z.array(z.string()).default([]),
});
export type RawPosting = z.infer<typeof RawPosting>;
/** A RawPosting as parsers build it: every defaulted field optional. */
export type RawPostingInput = z.input<typeof RawPosting>;
