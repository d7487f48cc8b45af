import { PermanentError } from '../errors';
import { sha256Hex } from '../ids';
import type { BoardContext, BoardPosting } from '../boards/board-context';
import { writeIndeedFeed } from '../boards/indeed-xml';
import { writeLinkedInFeed } from '../boards/linkedin-xml';
import { type JsonFeedEntry, toJsonFeedUpsert, writeJsonFeedPage } from '../boards/json-feed';
import type { StoredPartner } from '../schema/partner';
import type { SyndicationRecord } from '../schema/syndication';
import type { PostingStore } from '../ports/posting-store.port';
import { type SyndicationDeps, syndicationOptionsOf } from './syndication-deps';
import { partnerContext } from './syndication-context';
import { checkFeedKey } from './feed-access';

/**
 * `GET /feeds/{partner}.xml|.json` without HTTP (the function and the local server map this to a
 * response): the partner's API key, only the postings live on that partner, streamed from the store page
 * by page so memory does not grow with the feed, and an `ETag` computed from the partner's syndication
 * state (not by rendering) so `If-None-Match` answers 304 cheaply. Indeed and LinkedIn feeds are full
 * snapshots; the JSON feed is incremental with a `since` cursor.
 */

export interface FeedRequest {
  partnerId: string;
  format: 'xml' | 'json';
  apiKey: string | null;
  query: { since?: string | null };
  ifNoneMatch: string | null;
}

export interface FeedResponse {
  status: number;
  headers: Record<string, string>;
  body: AsyncIterable<string> | string;
}

/** Bump when the rendering changes, so caches do not keep old bytes under an old ETag. */
const RENDER_VERSION = '1';

const problem = (status: number, title: string, detail: string): FeedResponse => ({
  status,
  headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  body: JSON.stringify({ type: 'about:blank', title, status, detail }),
});

const FORMAT_OF: Record<string, 'xml' | 'json' | undefined> = {
  'indeed-xml': 'xml',
  'linkedin-xml': 'xml',
  json: 'json',
};

/** Answers one feed request. */
export async function handleFeedRequest(deps: SyndicationDeps, request: FeedRequest): Promise<FeedResponse> {
  const partner = await deps.store.getPartner(request.partnerId);
  if (!partner || partner.config.delivery !== 'feed' || FORMAT_OF[partner.config.format] !== request.format)
    return problem(404, 'Not Found', `No ${request.format} feed "${request.partnerId}"`);
  const access = await checkFeedKey(partner, request.apiKey, deps.secrets);
  if (access === 'missing-key')
    return {
      ...problem(401, 'Unauthorized', 'Send the feed API key in the X-API-Key header'),
      headers: { 'content-type': 'application/problem+json', 'www-authenticate': 'ApiKey' },
    };
  if (access !== 'granted') return problem(403, 'Forbidden', 'This API key does not open this feed');
  if (!partner.config.active) return problem(404, 'Not Found', `The feed "${request.partnerId}" is inactive`);
  const state = await feedState(deps.store, partner);
  const etag = `W/"${sha256Hex([RENDER_VERSION, partner.config.format, partner.updatedAt, state.digest, request.query.since ?? ''].join('|')).slice(0, 32)}"`;
  const cache = { etag, 'cache-control': 'private, max-age=0, must-revalidate' };
  if (request.ifNoneMatch && matches(request.ifNoneMatch, etag)) return { status: 304, headers: cache, body: '' };
  const options = syndicationOptionsOf(deps);
  const context = partnerContext(partner, options, deps.clock.now());
  if (partner.config.format === 'json') {
    const since = request.query.since ?? null;
    const page = (await scanCursorAccepted(deps.store, partner.config.id, since))
      ? jsonFeedPage(deps, partner, context, since)
      : null;
    if (page === null) return problem(400, 'Bad Request', 'The since cursor is not one this feed gave out');
    return { status: 200, headers: { ...cache, 'content-type': 'application/json; charset=utf-8' }, body: page };
  }
  const lastBuildDate = new Date(state.lastUpdatedAt ?? partner.updatedAt);
  const postings = livePostings(deps.store, partner.config.id, options.feedChunkSize);
  const body =
    partner.config.format === 'linkedin-xml'
      ? writeLinkedInFeed(postings, context, { lastBuildDate, expectedJobCount: state.live })
      : writeIndeedFeed(postings, context, { lastBuildDate });
  return { status: 200, headers: { ...cache, 'content-type': 'application/xml; charset=utf-8' }, body };
}

const matches = (header: string, etag: string): boolean =>
  header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''));

/** What the ETag stands for: the store's cheap stats when it has them, else a hash over the records. */
async function feedState(
  store: PostingStore,
  partner: StoredPartner,
): Promise<{ digest: string; live: number; lastUpdatedAt: string | null }> {
  if (store.syndicationStats) {
    const stats = await store.syndicationStats(partner.config.id);
    return { digest: `${stats.live}|${stats.lastUpdatedAt ?? ''}`, ...stats };
  }
  let live = 0;
  let lastUpdatedAt: string | null = null;
  const hash = (await import('node:crypto')).createHash('sha256');
  for await (const record of recordsOf(store, { partnerId: partner.config.id })) {
    hash.update(`${record.id}:${record.status}:${record.deliveredVersion ?? ''}:${record.updatedAt}\n`);
    if (record.status === 'live') live += 1;
    if (!lastUpdatedAt || record.updatedAt > lastUpdatedAt) lastUpdatedAt = record.updatedAt;
  }
  return { digest: hash.digest('hex'), live, lastUpdatedAt };
}

/** A partner's records, page by page. */
async function* recordsOf(
  store: PostingStore,
  query: { partnerId: string; status?: 'live'; updatedSince?: string },
  cursor: string | null = null,
): AsyncIterable<SyndicationRecord> {
  do {
    const page = await store.listSyndications({ ...query, limit: 500, cursor });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** The open postings live on a partner, read a chunk at a time. */
export async function* livePostings(
  store: PostingStore,
  partnerId: string,
  chunkSize: number,
): AsyncIterable<BoardPosting> {
  let ids: string[] = [];
  const flush = async function* () {
    const found = await store.getPostings(ids);
    for (const id of ids) {
      const posting = found.get(id);
      if (posting && posting.status === 'open') yield posting;
    }
    ids = [];
  };
  for await (const record of recordsOf(store, { partnerId, status: 'live' })) {
    ids.push(record.postingId);
    if (ids.length >= chunkSize) yield* flush();
  }
  if (ids.length > 0) yield* flush();
}

/**
 * A JSON feed cursor: the time window a pull lists and where its scan stands. A pull lists the records
 * whose `updatedAt` is in `[t, s)`, in id order, paged strictly after the store's id cursor `c`; the next
 * pull lists `[s, now - settle)`. Windows are half-open and never overlap, so every version of a record is in
 * exactly one pull however many records share a timestamp, and within a pull an id comes once. The window
 * ends `jsonFeedSettleMs` in the past: a write stamped at T commits a little after T, and a window closed
 * only once every write stamped in it has committed misses none of them.
 */
interface Cursor {
  /** the window's start (inclusive); '' for the first pull */
  t: string;
  /** where the scan of this pull stands (the store's id cursor); null before the first page */
  c: string | null;
  /** the window's end (exclusive): the next pull's `t` */
  s: string;
}

const encode = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decode(token: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Cursor>;
    return typeof value.t === 'string' &&
      typeof value.s === 'string' &&
      (value.c === null || typeof value.c === 'string') &&
      (value.t === '' || !Number.isNaN(Date.parse(value.t))) &&
      !Number.isNaN(Date.parse(value.s))
      ? (value as Cursor)
      : null;
  } catch {
    return null;
  }
}

/** The window of a request: a page of a pull carries on in its window; a new pull closes one up to now. */
function windowOf(since: string | null, now: Date, settleMs: number): Cursor | null {
  const end = utc(new Date(now.getTime() - settleMs).toISOString());
  if (since === null) return { t: '', c: null, s: end };
  const decoded = decode(since);
  if (!decoded) return null;
  if (decoded.c !== null) return { ...decoded, t: decoded.t && utc(decoded.t), s: utc(decoded.s) };
  // the previous window ended at decoded.s; an early pull (clock behind it) lists an empty window
  const start = utc(decoded.s);
  return { t: start, c: null, s: end > start ? end : start };
}

/** Instants compare as strings in one format only: UTC with milliseconds. */
const utc = (instant: string): string => new Date(instant).toISOString();

/** Whether the store takes a `since` token's scan cursor: a forged one is a 400 before any byte is sent. */
async function scanCursorAccepted(store: PostingStore, partnerId: string, since: string | null): Promise<boolean> {
  const cursor = since ? decode(since)?.c : null;
  if (!cursor) return true;
  try {
    await store.listSyndications({ partnerId, limit: 1, cursor });
    return true;
  } catch (error) {
    if (error instanceof PermanentError) return false;
    throw error;
  }
}

/**
 * One JSON feed page: the partner's records changed in the cursor's window, in id order; live ones as
 * upserts, ones the partner had and lost as removals (a first pull, without `since`, lists live postings
 * only). The last page's cursor starts the next pull where this pull's window ended.
 */
function jsonFeedPage(
  deps: SyndicationDeps,
  partner: StoredPartner,
  context: BoardContext,
  since: string | null,
): AsyncIterable<string> | null {
  const generatedAt = deps.clock.now().toISOString();
  const options = syndicationOptionsOf(deps);
  const cursor = windowOf(since, deps.clock.now(), options.jsonFeedSettleMs);
  if (!cursor) return null;
  const initial = since === null;
  const inWindow = (record: SyndicationRecord) => {
    const at = utc(record.updatedAt);
    return at >= cursor.t && at < cursor.s;
  };
  let next: string | null = null;
  let hasMore = false;
  async function* entries(): AsyncIterable<JsonFeedEntry> {
    let storeCursor = cursor!.c;
    let count = 0;
    // an empty window (a pull sooner than the settle time after the last) reads nothing
    if (cursor!.t < cursor!.s)
      do {
        const page = await deps.store.listSyndications({
          partnerId: partner.config.id,
          ...(cursor!.t ? { updatedSince: cursor!.t } : {}),
          limit: Math.min(100, options.jsonFeedPageSize - count),
          cursor: storeCursor,
        });
        const changed = page.items.filter(inWindow);
        const live = changed.filter((r) => r.status === 'live').map((r) => r.postingId);
        const postings = await deps.store.getPostings(live);
        for (const record of changed) {
          const entry = entryOf(record, postings.get(record.postingId), context, initial);
          if (entry) {
            count += 1;
            yield entry;
          }
        }
        storeCursor = page.nextCursor;
      } while (storeCursor && count < options.jsonFeedPageSize);
    else storeCursor = null;
    hasMore = storeCursor !== null;
    next = encode(hasMore ? { t: cursor!.t, c: storeCursor, s: cursor!.s } : { t: cursor!.s, c: null, s: cursor!.s });
  }
  return writeJsonFeedPage(entries(), { partner: partner.config.id, generatedAt }, () => ({
    nextCursor: next,
    hasMore,
  }));
}

function entryOf(
  record: SyndicationRecord,
  posting: BoardPosting | undefined,
  context: BoardContext,
  initial: boolean,
): JsonFeedEntry | null {
  if (record.status === 'live' && posting && posting.status === 'open')
    return toJsonFeedUpsert(posting, record.updatedAt, context);
  const wasLive = record.history.some((h) => h.status === 'live');
  if (initial || !wasLive) return null;
  const reason =
    record.reasons.some((r) => r.code === 'POSTING.CLOSED') || posting?.status === 'closed'
      ? 'closed'
      : record.status === 'live' || record.status === 'pending'
        ? 'withdrawn'
        : record.status;
  return { action: 'remove', id: record.postingId, changedAt: record.updatedAt, reason };
}
