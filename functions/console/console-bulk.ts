import { requestSyndication } from '../../shared/pipeline/syndicate';
import type { StoredPartner } from '../../shared/schema/partner';
import type { ApiResponse } from '../lib/api';
import { syndicationDepsOf } from '../lib/runtime';
import { formOf, htmlResponse, safeNext, seeOther } from './console-http';
import type { PageRequest } from './console-pages';
import { errorPage } from './views/login-page';

/**
 * The list page's bulk form (Broadbean-style multiposting): the selected postings × the chosen boards ×
 * publish or withdraw, in one `requestSyndication` call, then back to the same list with what happened.
 */

/** Postings one bulk request may name (the use case takes up to 1,000; a page shows at most 100). */
const MAX_SELECTED = 200;

/** `POST /console/postings/boards` (`postingIds`, `partnerIds`, `action`, `back`). */
export async function changeBoardsInBulk(req: PageRequest): Promise<ApiResponse> {
  const form = formOf(req.request)!;
  const back = safeNext(form.get('back'));
  const action = form.get('action');
  const postingIds = [...new Set(form.getAll('postingIds'))].slice(0, MAX_SELECTED);
  const partnerIds = [...new Set(form.getAll('partnerIds'))];
  if (action !== 'publish' && action !== 'withdraw')
    return htmlResponse(400, errorPage(req.user, req.csrf, 'Unknown action', 'Use the Publish or Withdraw button.'));
  if (postingIds.length === 0 || partnerIds.length === 0) return seeOther(withParams(back, { error: 'no-selection' }));
  const result = await requestSyndication(syndicationDepsOf(req.runtime), { postingIds, partnerIds, action });
  if (!result.ok) {
    const message = result.problems.map((p) => p.message).join('; ');
    return htmlResponse(422, errorPage(req.user, req.csrf, 'Not requested', message));
  }
  const fields = { by: req.user, action, postings: postingIds.length, partnerIds, requestId: result.requestId };
  req.context.note({ console: 'syndication', ...fields, counts: result.counts });
  req.context.logger.info('console syndication request', fields);
  return seeOther(
    withParams(back, {
      requested: action,
      postings: String(postingIds.length),
      partners: partnerIds.join(','),
      rejected: String(result.counts.rejected),
    }),
  );
}

/** "Publishing requested for 3 postings on Demo Job Board (1 rejected at once …)." after a bulk request. */
export function bulkNotice(query: URLSearchParams, partners: readonly StoredPartner[]): string | null {
  const action = query.get('requested');
  const count = Number(query.get('postings'));
  const names = (query.get('partners') ?? '')
    .split(',')
    .map((id) => partners.find((p) => p.config.id === id)?.config.name)
    .filter(Boolean);
  if ((action !== 'publish' && action !== 'withdraw') || !Number.isInteger(count) || names.length === 0) return null;
  const rejected = Number(query.get('rejected')) || 0;
  const what = action === 'publish' ? 'Publishing' : 'Withdrawal';
  const refused = rejected > 0 ? ` (${rejected} rejected at once: see the Boards column)` : '';
  return `${what} requested for ${count} posting${count === 1 ? '' : 's'} on ${names.join(', ')}${refused}.`;
}

/** A console path with more query parameters. */
function withParams(path: string, params: Record<string, string>): string {
  const url = new URL(path, 'http://console.invalid');
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}
