import type { JobPosting, Quality, QualityWarning } from '../schema/posting';
import { isPast } from './dates';

/** The posting without its quality, which is what quality is judged on. */
export type QualityInput = Omit<JobPosting, 'quality' | 'contentHash' | 'id' | 'status'>;

/** Below this many characters of readable text a description tells a candidate too little. */
export const SHORT_DESCRIPTION_CHARS = 300;

/**
 * What each missing piece costs out of 100. Weights follow what candidates and boards need most: a title
 * and a description first (Google for Jobs requires them), then where, what kind of contract, and pay.
 */
const WEIGHTS: Record<QualityWarning, number> = {
  missing_title: 30,
  short_description: 15,
  missing_company: 10,
  no_location: 10,
  expired: 10,
  missing_salary: 8,
  salary_unparsed: 4,
  no_employment_type: 5,
  no_apply_url: 5,
  no_date_posted: 4,
  no_requirements: 5,
  no_responsibilities: 4,
};

/** The checks, in the order warnings are listed. */
const CHECKS: [QualityWarning, (p: QualityInput, now: Date) => boolean][] = [
  ['missing_title', (p) => p.title.trim() === ''],
  ['missing_company', (p) => !p.company.name],
  ['short_description', (p) => p.description.text.trim().length < SHORT_DESCRIPTION_CHARS],
  ['no_location', (p) => p.locations.length === 0],
  ['no_employment_type', (p) => p.employmentTypes.length === 0],
  ['missing_salary', (p) => p.salary === null],
  ['salary_unparsed', (p) => p.salary !== null && p.salary.min === null && p.salary.max === null],
  ['no_requirements', (p) => p.requirements.must.length + p.requirements.nice.length === 0],
  ['no_responsibilities', (p) => p.responsibilities.length === 0],
  ['no_apply_url', (p) => !p.applyUrl],
  ['no_date_posted', (p) => !p.datePosted],
  ['expired', (p, now) => p.validThrough !== null && isPast(p.validThrough, now)],
];

/** `quality {score 0–100, warnings}`: 100 minus the weight of every warning that applies. */
export function assessQuality(posting: QualityInput, now: Date): Quality {
  const warnings = CHECKS.filter(([, failed]) => failed(posting, now)).map(([warning]) => warning);
  const score = Math.max(0, 100 - warnings.reduce((sum, w) => sum + WEIGHTS[w], 0));
  return { score, warnings };
}
