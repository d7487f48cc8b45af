import type { Location } from '../schema/posting';
import {
  type BoardContext,
  type BoardPosting,
  type BoardReasons,
  descriptionHtml,
  isFullyRemote,
  jobPageUrl,
  parseDate,
  postedAt,
  reason,
} from './board-context';

/**
 * schema.org JobPosting for Google for Jobs
 * (https://developers.google.com/search/docs/appearance/structured-data/job-posting). Required: title,
 * description, datePosted, hiringOrganization, jobLocation (omitted only for a 100% remote job that has
 * applicantLocationRequirements). Recommended and written when known: validThrough, employmentType,
 * baseSalary, jobLocationType TELECOMMUTE, identifier, directApply.
 */

/** Google's required properties, checked by the tests on every rendered posting. */
export const GOOGLE_REQUIRED = ['title', 'description', 'datePosted', 'hiringOrganization'] as const;

type JsonLd = Record<string, unknown>;

const place = (l: Location): JsonLd => ({
  '@type': 'Place',
  address: {
    '@type': 'PostalAddress',
    ...(l.city ? { addressLocality: l.city } : {}),
    ...(l.region ? { addressRegion: l.region } : {}),
    ...(l.country ? { addressCountry: l.country } : {}),
  },
});

function baseSalary(posting: BoardPosting): JsonLd | undefined {
  const s = posting.salary;
  if (!s || !s.currency || (s.min === null && s.max === null)) return undefined;
  const value: JsonLd = { '@type': 'QuantitativeValue' };
  if (s.min !== null && s.max !== null && s.min !== s.max) Object.assign(value, { minValue: s.min, maxValue: s.max });
  else if (s.min === null) value['maxValue'] = s.max;
  else value['value'] = s.min;
  if (s.period) value['unitText'] = s.period;
  return { '@type': 'MonetaryAmount', currency: s.currency, value };
}

function locationProperties(posting: BoardPosting): JsonLd {
  const remote = posting.locations.filter((l) => l.workplace === 'remote');
  const physical = posting.locations.filter((l) => l.workplace !== 'remote' && (l.city || l.region || l.country));
  const out: JsonLd = {};
  if (physical.length > 0) out['jobLocation'] = physical.map(place);
  if (isFullyRemote(posting)) out['jobLocationType'] = 'TELECOMMUTE';
  const countries = [...new Set(remote.map((l) => l.country).filter((c): c is string => !!c))];
  if (remote.length > 0 && countries.length > 0)
    out['applicantLocationRequirements'] = countries.map((name) => ({ '@type': 'Country', name }));
  return out;
}

/** The JobPosting object for one posting. */
export function toJobPostingJsonLd(posting: BoardPosting, context: BoardContext): JsonLd {
  const d = context.defaults;
  const url = jobPageUrl(posting.id, context);
  const organization: JsonLd = { '@type': 'Organization', name: posting.company.name ?? d['company'] ?? null };
  if (posting.company.url) organization['sameAs'] = posting.company.url;
  if (d['logo']) organization['logo'] = d['logo'];
  const jsonLd: JsonLd = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: posting.title.trim(),
    description: descriptionHtml(posting),
    datePosted: postedAt(posting),
    ...(posting.validThrough ? { validThrough: posting.validThrough } : {}),
    hiringOrganization: organization,
    ...locationProperties(posting),
    ...(posting.employmentTypes.length > 0
      ? { employmentType: posting.employmentTypes.length === 1 ? posting.employmentTypes[0] : posting.employmentTypes }
      : {}),
    identifier: {
      '@type': 'PropertyValue',
      name: posting.company.name ?? posting.source.id,
      value: posting.source.externalId,
    },
    directApply: d['directApply'] === 'true',
    ...(url ? { url } : {}),
  };
  const salary = baseSalary(posting);
  if (salary) jsonLd['baseSalary'] = salary;
  if (posting.department) jsonLd['occupationalCategory'] = posting.department;
  if (posting.skills.length > 0) jsonLd['skills'] = posting.skills.join(', ');
  return jsonLd;
}

/** JSON for inside `<script type="application/ld+json">`: `<`, `>`, `&` escaped so no text can close the script. */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Why Google for Jobs would not show this posting, as reasons a recruiter can act on. */
export function validateGoogle(posting: BoardPosting, context: BoardContext): BoardReasons {
  const reasons: BoardReasons = [];
  const title = posting.title.trim();
  const text = posting.description.text.trim();
  if (!title)
    reasons.push(
      reason('GOOGLE.MISSING_TITLE', 'title', 'Google for Jobs requires a job title; this posting has none'),
    );
  else if (title.length > 12 && title === title.toUpperCase() && /\p{Lu}/u.test(title))
    reasons.push(
      reason(
        'GOOGLE.TITLE_ALL_CAPS',
        'title',
        `Google for Jobs refuses titles in capitals; write "${title}" in normal case`,
      ),
    );
  if (!text && !posting.description.html.trim())
    reasons.push(
      reason(
        'GOOGLE.MISSING_DESCRIPTION',
        'description',
        'Google for Jobs requires a job description; this posting has none',
      ),
    );
  else if (text.toLowerCase() === title.toLowerCase())
    reasons.push(
      reason(
        'GOOGLE.DESCRIPTION_IS_TITLE',
        'description',
        'Google for Jobs requires a description that says more than the title; this one repeats it',
      ),
    );
  if (!parseDate(postedAt(posting)))
    reasons.push(
      reason(
        'GOOGLE.MISSING_DATE_POSTED',
        'datePosted',
        'Google for Jobs requires the date the job was posted; this posting has none',
      ),
    );
  if (!(posting.company.name ?? context.defaults['company']))
    reasons.push(
      reason(
        'GOOGLE.MISSING_HIRING_ORGANIZATION',
        'company.name',
        "Google for Jobs requires the hiring organisation's name; this posting has none",
      ),
    );
  reasons.push(...locationReasons(posting));
  const validThrough = parseDate(posting.validThrough);
  if (validThrough && validThrough.getTime() < (context.now ?? new Date()).getTime())
    reasons.push(
      reason(
        'GOOGLE.EXPIRED',
        'validThrough',
        `Google for Jobs drops expired jobs; this posting expired on ${posting.validThrough}`,
      ),
    );
  return reasons;
}

function locationReasons(posting: BoardPosting): BoardReasons {
  if (isFullyRemote(posting)) {
    return posting.locations.some((l) => l.country)
      ? []
      : [
          reason(
            'GOOGLE.REMOTE_WITHOUT_COUNTRY',
            'locations',
            'Google for Jobs requires the countries a fully remote job hires in; this posting names none (say e.g. "Remote, Canada")',
          ),
        ];
  }
  return posting.locations.some((l) => l.workplace !== 'remote' && l.country)
    ? []
    : [
        reason(
          'GOOGLE.MISSING_LOCATION',
          'locations',
          'Google for Jobs requires a job location with a country; this posting has none',
        ),
      ];
}
