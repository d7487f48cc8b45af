import { createHash } from 'node:crypto';
import {
  type BoardContext,
  type BoardPosting,
  descriptionHtml,
  escapeHtml,
  jobPageUrl,
  locationLabel,
  salaryLabel,
} from './board-context';
import { jsonLdScriptText, toJobPostingJsonLd } from './jsonld';

/**
 * The public job page (`GET /jobs/{id}`): one job per page with its schema.org JobPosting JSON-LD, as
 * Google for Jobs asks. Every posting value is escaped; the description is the HTML sanitised at
 * ingestion (allow-list), and the Content-Security-Policy forbids scripts, frames, forms and plugins, so
 * even a description that slipped through cannot run anything.
 */

export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'h1{font-size:1.6rem;margin-bottom:.25rem}.meta{color:#555;margin:0 0 1.5rem}.apply{display:inline-block;' +
  'margin:1.5rem 0;padding:.6rem 1.2rem;background:#0b57d0;color:#fff;border-radius:.4rem;text-decoration:none}';
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** A strict policy: nothing loads or runs but the page's own inline style (by hash) and https images. */
export const JOB_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  'img-src https: data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const pageHeaders = (maxAgeSeconds: number): Record<string, string> => ({
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': JOB_PAGE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cache-control': `public, max-age=${maxAgeSeconds}`,
});

const page = (title: string, head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escapeHtml(title)}</title><style>${STYLE}</style>${head}</head><body>${body}</body></html>\n`;

/** The page of an open posting (200) or the "closed" page (410, no markup: Google drops the job). */
export function renderJobPage(posting: BoardPosting, context: BoardContext): PageResponse {
  if (posting.status === 'closed') return closedPage(posting);
  const company = posting.company.name ?? context.defaults['company'] ?? '';
  const meta = [company, posting.locations.map(locationLabel).join(' · '), salaryLabel(posting.salary)]
    .filter(Boolean)
    .join(' — ');
  const canonicalId = (posting as { duplicateOf?: string | null }).duplicateOf ?? posting.id;
  const canonical = jobPageUrl(canonicalId, context);
  const head =
    `<meta name="description" content="${escapeHtml(posting.description.text.slice(0, 160))}">` +
    (canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : '') +
    `<script type="application/ld+json">${jsonLdScriptText(toJobPostingJsonLd(posting, context))}</script>`;
  const apply =
    posting.applyUrl && /^https?:\/\//i.test(posting.applyUrl)
      ? `<a class="apply" rel="noopener nofollow" href="${escapeHtml(posting.applyUrl)}">Apply</a>`
      : '';
  const body =
    `<main><h1>${escapeHtml(posting.title)}</h1><p class="meta">${escapeHtml(meta)}</p>` +
    `<article>${descriptionHtml(posting)}</article>${apply}</main>`;
  return { status: 200, headers: pageHeaders(300), body: page(`${posting.title} — ${company}`, head, body) };
}

function closedPage(posting: BoardPosting): PageResponse {
  const body = `<main><h1>${escapeHtml(posting.title)}</h1><p>This job is closed and no longer takes applications.</p></main>`;
  return {
    status: 410,
    headers: { ...pageHeaders(60), 'x-robots-tag': 'noindex' },
    body: page(`${posting.title} (closed)`, '', body),
  };
}

/** The answer for an unknown job id. */
export function notFoundPage(): PageResponse {
  return {
    status: 404,
    headers: pageHeaders(60),
    body: page('Job not found', '', '<main><h1>Job not found</h1></main>'),
  };
}
