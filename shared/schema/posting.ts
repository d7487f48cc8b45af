import { z } from 'zod';

/**
 * The posting contract (DESIGN §3). Field names are fixed: they are stored in Firestore
 * (`postings/{id}`), carried in events and read by partners through `jobrelay schema`.
 */

/** Source kinds Jobrelay can read. */
export const SourceKind = z.enum([
  'greenhouse',
  'lever',
  'ashby',
  'smartrecruiters',
  'recruitee',
  'personio',
  'jsonld',
  'html',
  'markdown',
  'text',
  'feed',
  'api',
]);
export type SourceKind = z.infer<typeof SourceKind>;

/** schema.org employmentType values (https://schema.org/employmentType, Google for Jobs). */
export const EmploymentType = z.enum([
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
]);
export type EmploymentType = z.infer<typeof EmploymentType>;

export const Seniority = z.enum([
  'intern',
  'junior',
  'mid',
  'senior',
  'staff',
  'lead',
  'principal',
  'manager',
  'director',
  'executive',
]);
export type Seniority = z.infer<typeof Seniority>;

export const Workplace = z.enum(['onsite', 'hybrid', 'remote']);
export type Workplace = z.infer<typeof Workplace>;

/** Salary periods, as Google for Jobs' `unitText`. */
export const SalaryPeriod = z.enum(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']);
export type SalaryPeriod = z.infer<typeof SalaryPeriod>;

export const PostingStatus = z.enum(['open', 'closed']);
export type PostingStatus = z.infer<typeof PostingStatus>;

const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'ISO 8601');

export const PostingSource = z.object({
  id: z.string().min(1).describe('the configured source this posting came from'),
  kind: SourceKind,
  externalId: z.string().min(1).describe('ATS id, JSON-LD identifier or URL'),
  url: z.string().nullable(),
});
export type PostingSource = z.infer<typeof PostingSource>;

export const Company = z.object({
  name: z.string().nullable(),
  url: z.string().nullable(),
});
export type Company = z.infer<typeof Company>;

export const Location = z.object({
  city: z.string().nullable().describe('canonical English city name'),
  region: z.string().nullable().describe('state, prefecture or Land, canonical English name'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .describe('ISO 3166-1 alpha-2'),
  workplace: Workplace.nullable(),
  text: z.string().describe('the location as the posting wrote it'),
});
export type Location = z.infer<typeof Location>;

export const Salary = z
  .object({
    min: z.number().nonnegative().nullable(),
    max: z.number().nonnegative().nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .describe('ISO 4217'),
    period: SalaryPeriod.nullable(),
    text: z.string().describe('the salary as the posting wrote it'),
  })
  .refine((s) => s.min === null || s.max === null || s.min <= s.max, { message: 'salary min exceeds max' });
export type Salary = z.infer<typeof Salary>;

export const Description = z.object({
  html: z.string().describe('sanitised HTML (allow-list: p br ul ol li strong em b i a h2-h4)'),
  text: z.string().describe('readable plain text without site chrome'),
});
export type Description = z.infer<typeof Description>;

export const LanguageRequirement = z.object({
  code: z
    .string()
    .regex(/^[a-z]{2}$/)
    .describe('ISO 639-1'),
  required: z.boolean(),
  level: z.string().nullable().describe('native | fluent | business | conversational | basic, or a CEFR level'),
});
export type LanguageRequirement = z.infer<typeof LanguageRequirement>;

export const Terms = z.object({
  probationMonths: z.number().nonnegative().nullable(),
  paidLeaveDays: z.number().nonnegative().nullable(),
});
export type Terms = z.infer<typeof Terms>;

export const QualityWarning = z.enum([
  'missing_title',
  'missing_company',
  'missing_salary',
  'short_description',
  'no_location',
  'no_employment_type',
  'no_apply_url',
  'no_date_posted',
  'no_requirements',
  'no_responsibilities',
  'expired',
  'salary_unparsed',
]);
export type QualityWarning = z.infer<typeof QualityWarning>;

export const Quality = z.object({
  score: z.number().int().min(0).max(100),
  warnings: z.array(QualityWarning),
});
export type Quality = z.infer<typeof Quality>;

/** One normalised job posting: the object Jobrelay stores, announces and syndicates. */
export const JobPosting = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,127}$/)
    .describe('stable, derived from source.id + source.externalId; URL-safe'),
  source: PostingSource,
  title: z.string(),
  seniority: Seniority.nullable(),
  company: Company,
  department: z.string().nullable(),
  employmentTypes: z.array(EmploymentType),
  locations: z.array(Location),
  salary: Salary.nullable(),
  description: Description,
  responsibilities: z.array(z.string()),
  requirements: z.object({ must: z.array(z.string()), nice: z.array(z.string()) }),
  benefits: z.array(z.string()),
  skills: z.array(z.string()).describe('canonical names from the skills taxonomy'),
  languages: z.array(LanguageRequirement),
  terms: Terms,
  applyUrl: z.string().nullable(),
  datePosted: isoDateTime.nullable(),
  validThrough: isoDateTime.nullable(),
  status: PostingStatus,
  contentHash: z.string().describe('hash of the normalised content; excludes bookkeeping fields'),
  quality: Quality,
});
export type JobPosting = z.infer<typeof JobPosting>;

/**
 * Fields that take part in `contentHash`: the normalised content. Excluded: `id` (identity), `status`
 * (lifecycle, changed by closure and reopening), `contentHash` itself and `quality` (derived from the rest).
 */
export const CONTENT_FIELDS = [
  'source',
  'title',
  'seniority',
  'company',
  'department',
  'employmentTypes',
  'locations',
  'salary',
  'description',
  'responsibilities',
  'requirements',
  'benefits',
  'skills',
  'languages',
  'terms',
  'applyUrl',
  'datePosted',
  'validThrough',
] as const satisfies readonly (keyof JobPosting)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];
