import {
  listPostings,
  partnersOverview,
  postingDetail,
  sourceDetail,
  sourcesOverview,
  type ConsoleDeps,
} from '../../shared/console/console-queries';
import { requestSyndication } from '../../shared/pipeline/syndicate';
import type { ApiRequest, ApiResponse, InvocationContext } from '../lib/api';
import { syndicationDepsOf, type Runtime } from '../lib/runtime';
import { bulkNotice } from './console-bulk';
import { parseFilters, searchOf } from './console-filters';
import { formOf, htmlResponse, seeOther } from './console-http';
import { errorPage } from './views/login-page';
import type { PageContext } from './views/layout';
import { partnersPage, sourcePage, sourcesPage } from './views/operations-pages';
import { postingPage } from './views/posting-page';
import { postingsPage } from './views/postings-page';
import { html } from './views/html';

/** What a page handler gets once the request is let in: the runtime, who is looking and their CSRF token. */
export interface PageRequest {
  request: ApiRequest;
  context: InvocationContext;
  runtime: Runtime;
  user: string;
  csrf: string;
  params: readonly string[];
}

const consoleDeps = (runtime: Runtime): ConsoleDeps => ({
  store: runtime.store,
  clock: runtime.clock,
  options: { publicBaseUrl: runtime.settings.JOBRELAY_PUBLIC_BASE_URL ?? null },
});

const ctxOf = (req: PageRequest, section: PageContext['section'], extra: Partial<PageContext> = {}): PageContext => ({
  section,
  user: req.user,
  csrf: req.csrf,
  ...extra,
});

const notFound = (req: PageRequest, what: string) =>
  htmlResponse(404, errorPage(req.user, req.csrf, 'Not found', `${what} does not exist (or no longer does).`));

/** `GET /console/postings`: filtered, paginated. */
export async function showPostings(req: PageRequest): Promise<ApiResponse> {
  const { filters, problems } = parseFilters(req.request.query);
  const view = await listPostings(consoleDeps(req.runtime), searchOf(filters));
  req.context.note({ hits: view.page.hits.length, total: view.page.total });
  const error =
    req.request.query.get('error') === 'no-selection'
      ? 'Select at least one posting and one board first.'
      : problems.length > 0
        ? `Some filters were not understood and were ignored: ${problems.join('; ')}`
        : null;
  const notice = bulkNotice(req.request.query, view.partners);
  return htmlResponse(200, postingsPage(ctxOf(req, 'postings', { error, notice }), view, filters));
}

/** `GET /console/postings/{id}`. */
export async function showPosting(req: PageRequest): Promise<ApiResponse> {
  const view = await postingDetail(consoleDeps(req.runtime), req.params[0]!);
  if (!view) return notFound(req, 'This posting');
  const requested = req.request.query.get('requested');
  const names = (req.request.query.get('partners') ?? '')
    .split(',')
    .map((id) => view.boards.find((b) => b.partner.config.id === id)?.partner.config.name)
    .filter((name): name is string => Boolean(name));
  const notice =
    (requested === 'publish' || requested === 'withdraw') && names.length > 0
      ? html`${requested === 'publish' ? 'Publishing' : 'Withdrawal'} requested for ${names.join(', ')}. The statuses
        below change as the boards answer.`
      : null;
  const error = req.request.query.get('error') === 'no-boards' ? 'Choose at least one board first.' : null;
  return htmlResponse(200, postingPage(ctxOf(req, 'postings', { notice, error }), view));
}

/**
 * `POST /console/postings/{id}/boards` (`partnerIds`, `action`): the same `requestSyndication` use case the
 * HTTP API calls; then back to the posting's page (post/redirect/get).
 */
export async function changeBoards(req: PageRequest): Promise<ApiResponse> {
  const postingId = req.params[0]!;
  const page = `/console/postings/${encodeURIComponent(postingId)}`;
  const form = formOf(req.request)!;
  const action = form.get('action');
  const partnerIds = [...new Set(form.getAll('partnerIds'))];
  if (action !== 'publish' && action !== 'withdraw')
    return htmlResponse(400, errorPage(req.user, req.csrf, 'Unknown action', 'Use the Publish or Withdraw button.'));
  if (partnerIds.length === 0) return seeOther(`${page}?error=no-boards`);
  if (!(await req.runtime.store.getPosting(postingId))) return notFound(req, 'This posting');
  const result = await requestSyndication(syndicationDepsOf(req.runtime), {
    postingIds: [postingId],
    partnerIds,
    action,
  });
  if (!result.ok) {
    const message = result.problems.map((p) => p.message).join('; ');
    return htmlResponse(422, errorPage(req.user, req.csrf, 'Not requested', message));
  }
  req.context.note({
    console: 'syndication',
    by: req.user,
    action,
    postingId,
    partnerIds,
    requestId: result.requestId,
    counts: result.counts,
  });
  req.context.logger.info('console syndication request', {
    by: req.user,
    action,
    postingId,
    partnerIds,
    requestId: result.requestId,
  });
  return seeOther(`${page}?requested=${action}&partners=${encodeURIComponent(partnerIds.join(','))}`);
}

/** `GET /console/sources`. */
export async function showSources(req: PageRequest): Promise<ApiResponse> {
  return htmlResponse(200, sourcesPage(ctxOf(req, 'sources'), await sourcesOverview(consoleDeps(req.runtime))));
}

/** `GET /console/sources/{id}`. */
export async function showSource(req: PageRequest): Promise<ApiResponse> {
  const view = await sourceDetail(consoleDeps(req.runtime), req.params[0]!);
  return view ? htmlResponse(200, sourcePage(ctxOf(req, 'sources'), view)) : notFound(req, 'This source');
}

/** `GET /console/partners`. */
export async function showPartners(req: PageRequest): Promise<ApiResponse> {
  return htmlResponse(200, partnersPage(ctxOf(req, 'partners'), await partnersOverview(consoleDeps(req.runtime))));
}
