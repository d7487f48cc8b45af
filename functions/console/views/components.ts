import type { Location, Salary } from '../../../shared/schema/posting';
import type { SyndicationReason } from '../../../shared/schema/syndication';
import { html, type Html } from './html';

/** Small pieces every page uses. Statuses are words first; their colour only repeats the word. */

/** A status word in a pill (`live`, `rejected`, `open`, …). */
export const statusBadge = (status: string, label = status): Html =>
  html`<span class="status status-${status.replace(/[^a-z-]/g, '')}" data-status="${status}">${label}</span>`;

/** An instant as "2026-03-01 09:00 UTC", in a `<time>` element carrying the exact value. */
export function when(instant: string | null | undefined): Html {
  if (!instant) return html`<span class="muted">never</span>`;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return html`${instant}`;
  const text = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return html`<time datetime="${date.toISOString()}">${text}</time>`;
}

/** A location as one line: "Berlin, DE (hybrid)". */
export function locationText(location: Location): string {
  const place = [
    location.city,
    location.region && location.region !== location.city ? location.region : null,
    location.country,
  ]
    .filter(Boolean)
    .join(', ');
  const where = place || location.text || 'anywhere';
  return location.workplace ? `${where} (${location.workplace})` : where;
}

/** All locations of a posting, one per line. */
export const locationsList = (locations: readonly Location[]): Html =>
  locations.length === 0
    ? html`<span class="muted">no location</span>`
    : html`${locations.map((l, i) => html`${i > 0 ? html`<br />` : ''}${locationText(l)}`)}`;

/** Quality warnings as a list ("missing salary", …). */
export const warningsList = (warnings: readonly string[]): Html =>
  warnings.length === 0
    ? html`<span class="muted">none</span>`
    : html`<ul class="warnings">
        ${warnings.map((w) => html`<li>${warningLabel(w)}</li>`)}
      </ul>`;

/** A quality warning in words: `missing_salary` → "missing salary". */
export const warningLabel = (warning: string): string => warning.replace(/_/g, ' ');

/** Reasons a board gave, as a list of sentences. */
export const reasonsList = (reasons: readonly SyndicationReason[]): Html =>
  reasons.length === 0
    ? html``
    : html`<ul class="reasons">
        ${reasons.map((r) => html`<li>${r.message}</li>`)}
      </ul>`;

/** A salary in words: "60,000–80,000 EUR per year", or what the posting wrote. */
export function salaryText(salary: Salary | null): string {
  if (!salary) return 'not given';
  const amount = (n: number | null) => (n === null ? null : n.toLocaleString('en-US'));
  const range =
    salary.min !== null && salary.max !== null && salary.min !== salary.max
      ? `${amount(salary.min)}–${amount(salary.max)}`
      : salary.min === null && salary.max !== null
        ? `up to ${amount(salary.max)}`
        : amount(salary.min ?? salary.max);
  if (!range) return salary.text || 'not given';
  const period = salary.period ? ` per ${salary.period.toLowerCase()}` : '';
  return `${range} ${salary.currency ?? ''}${period}`.replace(/\s+/g, ' ').trim();
}

/** A list of strings as `<ul>`, or "none". */
export const textList = (items: readonly string[]): Html =>
  items.length === 0
    ? html`<span class="muted">none</span>`
    : html`<ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
