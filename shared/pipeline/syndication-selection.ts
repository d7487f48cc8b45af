import type { StoredPartner } from '../schema/partner';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationRequest } from '../schema/syndication';
import type { SyndicationDeps } from './syndication-deps';
import { filterMismatches } from './partner-filter';

/** What HR's request names, read from the store: its partners and, page by page, its postings. */

/** A posting the request names, or null when no posting has its id. */
export interface SelectedPosting {
  id: string;
  posting: PostingRecord | null;
}

/** Postings per page of a request: one batched read and one batch of pair writes at a time. */
export const SELECTION_PAGE = 200;

/** A field of the request that names something unknown. */
export interface RequestProblem {
  path: string;
  message: string;
}

/** The request's partners, each read once (in the order named, repeats dropped), or the ids no partner has. */
export async function loadPartners(
  deps: Pick<SyndicationDeps, 'store'>,
  ids: readonly string[],
): Promise<{ partners: StoredPartner[] } | { problems: RequestProblem[] }> {
  const found = await Promise.all(ids.map((id) => deps.store.getPartner(id)));
  const problems = ids.flatMap((id, i) =>
    found[i] ? [] : [{ path: `partnerIds.${i}`, message: `unknown partner "${id}"` }],
  );
  if (problems.length > 0) return { problems };
  const partners = new Map<string, StoredPartner>();
  for (const partner of found)
    if (partner && !partners.has(partner.config.id)) partners.set(partner.config.id, partner);
  return { partners: [...partners.values()] };
}

/** The postings a request names, or the ones its selection matches, a page at a time (never all in memory). */
export async function* selectPostingPages(
  deps: Pick<SyndicationDeps, 'store'>,
  request: SyndicationRequest,
): AsyncIterable<SelectedPosting[]> {
  if (request.postingIds) {
    const ids = [...new Set(request.postingIds)];
    for (let i = 0; i < ids.length; i += SELECTION_PAGE) {
      const chunk = ids.slice(i, i + SELECTION_PAGE);
      const found = await deps.store.getPostings(chunk);
      yield chunk.map((id) => ({ id, posting: found.get(id) ?? null }));
    }
    return;
  }
  let page: SelectedPosting[] = [];
  for await (const posting of selectedPostings(deps, request.select!, request.action)) {
    page.push({ id: posting.id, posting });
    if (page.length < SELECTION_PAGE) continue;
    yield page;
    page = [];
  }
  if (page.length > 0) yield page;
}

/** Open postings (any, for a withdrawal) of the selection's sources that match its filter, in id order. */
async function* selectedPostings(
  deps: Pick<SyndicationDeps, 'store'>,
  select: NonNullable<SyndicationRequest['select']>,
  action: SyndicationRequest['action'],
): AsyncIterable<PostingRecord> {
  const filter = {
    countries: select.countries,
    cities: [],
    workplaces: [],
    departments: select.departments,
    employmentTypes: [],
    sources: [],
    tags: select.tags,
  };
  const status = action === 'publish' ? 'open' : undefined;
  const sourceIds = select.sourceIds.length > 0 ? select.sourceIds : [undefined];
  for (const sourceId of sourceIds) {
    for await (const posting of deps.store.streamPostings({
      ...(status ? { status } : {}),
      ...(sourceId ? { sourceId } : {}),
      orderBy: 'id',
    })) {
      if (filterMismatches(posting, filter, 'selection').length === 0) yield posting;
    }
  }
}
