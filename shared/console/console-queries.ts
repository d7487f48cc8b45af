import type { PostingSearch, PostingSearchPage } from '../ports/posting-store.port';
import type { StoredPartner } from '../schema/partner';
import type { RunRecord } from '../schema/run';
import type { StoredSource } from '../schema/source';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationReason, SyndicationRecord } from '../schema/syndication';
import { partnerContext } from '../pipeline/syndication-context';
import { syndicationOptionsOf, type SyndicationDeps } from '../pipeline/syndication-deps';
import { publishBlockers } from '../pipeline/syndication-plan';
import { newRecord } from '../pipeline/syndication-record';

/**
 * What the HR console reads (issue 8): the use cases behind its pages, free of HTTP and HTML. Every page is a
 * bounded number of store reads: a page of postings, their board records, the configured sources and
 * partners; nothing loops over all postings.
 */

export type ConsoleDeps = Pick<SyndicationDeps, 'store' | 'clock' | 'options'>;

/** The list page: one page of the search, each posting's board records, and the names filters offer. */
export interface PostingListView {
  page: PostingSearchPage;
  /** board records of the postings on the page, by posting id */
  boards: Map<string, SyndicationRecord[]>;
  partners: StoredPartner[];
  sources: StoredSource[];
}

/** Board records are read this many postings at a time (one query each), so a page costs a bounded fan-out. */
const BOARD_READS_AT_ONCE = 10;

export async function listPostings(deps: ConsoleDeps, search: PostingSearch): Promise<PostingListView> {
  const [page, partners, sources] = await Promise.all([
    deps.store.searchPostings(search),
    deps.store.listPartners(),
    deps.store.listSources(),
  ]);
  const boards = await boardsOf(
    deps,
    page.hits.map((hit) => hit.posting.id),
  );
  return { page, boards, partners, sources };
}

async function boardsOf(deps: ConsoleDeps, postingIds: readonly string[]): Promise<Map<string, SyndicationRecord[]>> {
  const boards = new Map<string, SyndicationRecord[]>();
  for (let i = 0; i < postingIds.length; i += BOARD_READS_AT_ONCE) {
    const chunk = postingIds.slice(i, i + BOARD_READS_AT_ONCE);
    const pages = await Promise.all(chunk.map((postingId) => deps.store.listSyndications({ postingId, limit: 100 })));
    chunk.forEach((postingId, j) => boards.set(postingId, pages[j]!.items));
  }
  return boards;
}

/** One partner as a posting's page shows it: its record, and why publishing would be refused right now. */
export interface PostingBoard {
  partner: StoredPartner;
  record: SyndicationRecord | null;
  /** reasons the partner would refuse the posting if HR published it now (empty: it would go out) */
  blockers: SyndicationReason[];
}

export interface PostingDetailView {
  posting: PostingRecord;
  source: StoredSource | null;
  boards: PostingBoard[];
}

/** A posting's page: the posting, its source, and every partner with its record and publish blockers. */
export async function postingDetail(deps: ConsoleDeps, postingId: string): Promise<PostingDetailView | null> {
  const posting = await deps.store.getPosting(postingId);
  if (!posting) return null;
  const [source, partners, records] = await Promise.all([
    deps.store.getSource(posting.source.id),
    deps.store.listPartners(),
    deps.store.listSyndications({ postingId, limit: 100 }),
  ]);
  const byPartner = new Map(records.items.map((record) => [record.partnerId, record]));
  const options = syndicationOptionsOf(deps);
  const now = deps.clock.now();
  const boards = partners.map((partner): PostingBoard => {
    const record = byPartner.get(partner.config.id) ?? null;
    const draft = record ?? newRecord(postingId, partner.config.id, 'publish', now.toISOString());
    const blockers = publishBlockers(posting, partner, partnerContext(partner, options, now), draft);
    return { partner, record, blockers };
  });
  return { posting, source, boards };
}

/** A source with its most recent runs. */
export interface SourceView {
  source: StoredSource;
  runs: RunRecord[];
}

/** Every source with its latest `runsPerSource` runs. */
export async function sourcesOverview(deps: ConsoleDeps, runsPerSource = 3): Promise<SourceView[]> {
  const sources = await deps.store.listSources();
  return Promise.all(
    sources.map(async (source) => ({
      source,
      runs: await deps.store.listRuns({ sourceId: source.config.id, limit: runsPerSource }),
    })),
  );
}

/** One source with its recent runs, or null. */
export async function sourceDetail(deps: ConsoleDeps, sourceId: string, runs = 25): Promise<SourceView | null> {
  const source = await deps.store.getSource(sourceId);
  return source ? { source, runs: await deps.store.listRuns({ sourceId, limit: runs }) } : null;
}

/** A partner with its delivery health and how many postings are live on it. */
export interface PartnerView {
  partner: StoredPartner;
  live: number | null;
  lastUpdatedAt: string | null;
}

/** Every partner with its live count (from the store's cheap stats, where it has them). */
export async function partnersOverview(deps: ConsoleDeps): Promise<PartnerView[]> {
  const partners = await deps.store.listPartners();
  return Promise.all(
    partners.map(async (partner) => {
      const stats = deps.store.syndicationStats ? await deps.store.syndicationStats(partner.config.id) : null;
      return { partner, live: stats?.live ?? null, lastUpdatedAt: stats?.lastUpdatedAt ?? null };
    }),
  );
}
