import type { JobPosting, Location } from '../schema/posting';
import type { SyndicationReason } from '../schema/syndication';

/**
 * What every board format reads: the posting contract, plus the storage bookkeeping when the posting comes
 * from the store (feeds use `version` and `lastChangedAt`).
 */
export type BoardPosting = JobPosting & {
  version?: number;
  firstSeenAt?: string;
  lastChangedAt?: string;
  closedAt?: string | null;
};

/** Per-partner settings a format needs besides the posting. */
export interface BoardContext {
  /** the partner's field defaults and mapping (Indeed `publisher`, LinkedIn `companyId`, `posterEmail`, fallback `city`…) */
  defaults: Readonly<Record<string, string>>;
  /** the public base URL of job pages (`{base}/jobs/{id}`), when the deployment serves them */
  publicBaseUrl?: string | null;
  /** used for `lastBuildDate` when the caller has no better instant */
  now?: Date;
}

/** A board's validation result: the reasons a recruiter can act on (empty when the posting qualifies). */
export type BoardReasons = SyndicationReason[];

/** A reason with a stable code, the field it is about, and a sentence a recruiter can act on. */
export const reason = (code: string, field: string | null, message: string): SyndicationReason => ({
  code,
  field,
  message,
});

/** The public job page of a posting, or null when the deployment has no public base URL. */
export function jobPageUrl(postingId: string, context: Pick<BoardContext, 'publicBaseUrl'>): string | null {
  if (!context.publicBaseUrl) return null;
  return `${context.publicBaseUrl.replace(/\/+$/, '')}/jobs/${encodeURIComponent(postingId)}`;
}

/** Where a candidate reads or applies: the employer's own URL first (never a mirror), then our job page. */
export function postingUrl(posting: BoardPosting, context: BoardContext): string | null {
  return posting.applyUrl ?? posting.source.url ?? jobPageUrl(posting.id, context);
}

/** True when every location is remote (and there is at least one): Google's TELECOMMUTE case. */
export function isFullyRemote(posting: Pick<JobPosting, 'locations'>): boolean {
  return posting.locations.length > 0 && posting.locations.every((l) => l.workplace === 'remote');
}

/** "Berlin, Berlin, DE" from the parts a location has, else its text. */
export function locationLabel(location: Location): string {
  const parts = [location.city, location.region, location.country].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : location.text;
}

/** The posting date as an ISO string: the posting's own, else when Jobrelay first saw it. */
export function postedAt(posting: BoardPosting): string | null {
  return posting.datePosted ?? posting.firstSeenAt ?? null;
}

/** A Date from an ISO string, or null when it does not parse. */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const PERIOD_WORD = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const;

/** "EUR 60000–80000 per year" from a parsed salary, else the salary as the posting wrote it. */
export function salaryLabel(salary: JobPosting['salary']): string | null {
  if (!salary) return null;
  const { min, max, currency, period } = salary;
  if ((min === null && max === null) || !currency) return salary.text.trim() || null;
  const amount =
    min !== null && max !== null && min !== max ? `${min}–${max}` : min === null ? `up to ${max}` : `${min}`;
  return `${currency} ${amount}${period ? ` per ${PERIOD_WORD[period]}` : ''}`;
}

/** The description as HTML, falling back to the text with line breaks kept. */
export function descriptionHtml(posting: Pick<JobPosting, 'description'>): string {
  if (posting.description.html.trim()) return posting.description.html;
  return posting.description.text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
