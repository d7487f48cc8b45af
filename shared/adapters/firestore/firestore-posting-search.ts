import { FieldPath, type DocumentSnapshot, type Query } from '@google-cloud/firestore';
import type {
  PostingListItem,
  PostingSearch,
  PostingSearchHit,
  PostingSearchPage,
} from '../../ports/posting-store.port';
import { SyndicationRecord, syndicationId } from '../../schema/syndication';
import {
  MAX_PREFIX,
  LIST_ITEM_FIELDS,
  listItemFrom,
  matchesSearch,
  queryWordsOf,
  requiredFacetTerms,
  searchLimitOf,
  termOfWord,
} from '../posting-search';
import { decodeCursor, encodeCursor } from '../store-limits';
import { collection, guarded, type FirestoreContext } from './firestore-collections';

/**
 * The console's posting search in Firestore. Firestore has no text search and allows one `array-contains`
 * per query, so each posting document carries `searchTerms` (word prefixes and facet terms,
 * `posting-search.ts`): the query filters on status and source by equality and on the most selective term,
 * ordered newest change first (`firestore-search-indexes.ts`); any further terms, long words and "not on
 * this board" are checked on the projected rows in memory, reading at most `MAX_SCAN` documents per page,
 * so a page can come back short with a cursor to go on from. Board statuses are read from the syndication
 * records (partner and status, newest first) and their postings fetched by id.
 */

/** Documents read per page at most, when part of the search is checked in memory. */
const MAX_SCAN = 2_000;
const toItem = (snapshot: DocumentSnapshot): PostingListItem => listItemFrom(snapshot.data());

/** How a search maps onto one Firestore query: the term it filters on, and whether that query is exact. */
interface Plan {
  term: string | null;
  /** the query alone answers the search: no check in memory, so it can be counted */
  exact: boolean;
}

function planOf(search: PostingSearch): Plan {
  const words = queryWordsOf(search.text).sort((a, b) => b.length - a.length);
  const terms = [...words.map(termOfWord), ...requiredFacetTerms(search).reverse()];
  const longWord = words.some((w) => [...w].length > MAX_PREFIX);
  const exact = terms.length <= 1 && !longWord && search.board?.status !== 'none';
  return { term: terms[0] ?? null, exact };
}

/** One page of the console's search. */
export function searchPostings(ctx: FirestoreContext, search: PostingSearch): Promise<PostingSearchPage> {
  const board = search.board;
  return board && board.status !== 'none'
    ? searchByBoard(ctx, search, { partnerId: board.partnerId, status: board.status })
    : searchByRecency(ctx, search);
}

async function searchByRecency(ctx: FirestoreContext, search: PostingSearch): Promise<PostingSearchPage> {
  const plan = planOf(search);
  let base: Query = collection(ctx, 'postings');
  if (search.status) base = base.where('status', '==', search.status);
  if (search.sourceId) base = base.where('source.id', '==', search.sourceId);
  if (plan.term) base = base.where('searchTerms', 'array-contains', plan.term);
  let query = base
    .orderBy('lastChangedAt', 'desc')
    .orderBy(FieldPath.documentId(), 'desc')
    .select(...LIST_ITEM_FIELDS);
  if (search.cursor) query = query.startAfter(...decodeCursor(search.cursor));
  const scan = await scanPages(query, searchLimitOf(search), plan.exact, async (docs) => {
    const items = docs.map(toItem).map((item) => (matchesSearch(item, search) ? item : null));
    const absent = await withoutBoardRecord(
      ctx,
      items.filter((i) => i !== null),
      search,
    );
    return items.map((item) => (item && absent(item.id) ? { posting: item, board: null } : null));
  });
  return {
    hits: scan.hits,
    nextCursor: scan.last ? encodeCursor([scan.last.get('lastChangedAt'), scan.last.id]) : null,
    total: plan.exact ? await countOf(base) : null,
  };
}

/** For a "not on this board" search: which of these postings have no record with the partner. */
async function withoutBoardRecord(
  ctx: FirestoreContext,
  items: readonly PostingListItem[],
  search: PostingSearch,
): Promise<(id: string) => boolean> {
  if (search.board?.status !== 'none' || items.length === 0) return () => true;
  const partnerId = search.board.partnerId;
  const refs = items.map((item) => collection(ctx, 'syndications').doc(syndicationId(item.id, partnerId)));
  const snapshots = await guarded('read syndications', () => ctx.db.getAll(...refs, { fieldMask: ['status'] }));
  const present = new Set(snapshots.filter((s) => s.exists).map((s) => s.id));
  return (id) => !present.has(syndicationId(id, partnerId));
}

async function searchByBoard(
  ctx: FirestoreContext,
  search: PostingSearch,
  board: { partnerId: string; status: string },
): Promise<PostingSearchPage> {
  const exact =
    !search.status &&
    !search.sourceId &&
    requiredFacetTerms(search).length === 0 &&
    queryWordsOf(search.text).length === 0;
  const base = collection(ctx, 'syndications')
    .where('partnerId', '==', board.partnerId)
    .where('status', '==', board.status);
  let query = base
    .orderBy('updatedAt', 'desc')
    .orderBy(FieldPath.documentId(), 'desc')
    .select('postingId', 'partnerId', 'status', 'updatedAt', 'reasons');
  if (search.cursor) query = query.startAfter(...decodeCursor(search.cursor));
  const scan = await scanPages(query, searchLimitOf(search), exact, async (docs) => {
    const refs = docs.map((doc) => collection(ctx, 'postings').doc(String(doc.get('postingId'))));
    const postings = await guarded('read postings', () => ctx.db.getAll(...refs, { fieldMask: [...LIST_ITEM_FIELDS] }));
    return docs.map((doc, i) => {
      const snapshot = postings[i];
      if (!snapshot?.exists) return null;
      const posting = toItem(snapshot);
      if (!matchesSearch(posting, search)) return null;
      return { posting, board: boardOf(doc) };
    });
  });
  return {
    hits: scan.hits,
    nextCursor: scan.last ? encodeCursor([scan.last.get('updatedAt'), scan.last.id]) : null,
    total: exact ? await countOf(base) : null,
  };
}

const BOARD = SyndicationRecord.pick({ partnerId: true, status: true, updatedAt: true, reasons: true });
const boardOf = (doc: DocumentSnapshot): NonNullable<PostingSearchHit['board']> => BOARD.parse(doc.data());

async function countOf(query: Query): Promise<number> {
  const snapshot = await guarded('count postings', () => query.count().get());
  return snapshot.data().count;
}

/**
 * Reads the query batch by batch, turning each batch's documents into hits (or null), until `limit` hits
 * and one more are found, the query ends, or `MAX_SCAN` documents were read. `last` is the document the
 * next page starts after: the last hit shown when there are more, the last document read when the read
 * budget ran out, null at the end.
 */
async function scanPages(
  query: Query,
  limit: number,
  exact: boolean,
  toHits: (docs: DocumentSnapshot[]) => Promise<(PostingSearchHit | null)[]>,
): Promise<{ hits: PostingSearchHit[]; last: DocumentSnapshot | null }> {
  const batchSize = exact ? limit + 1 : Math.min(Math.max(limit * 4, 100), 500);
  const found: Array<{ hit: PostingSearchHit; doc: DocumentSnapshot }> = [];
  let next = query;
  for (let scanned = 0; scanned < MAX_SCAN;) {
    const snapshot = await guarded('search postings', () => next.limit(batchSize).get());
    const hits = await toHits(snapshot.docs);
    snapshot.docs.forEach((doc, i) => hits[i] && found.push({ hit: hits[i]!, doc }));
    if (found.length > limit) return { hits: found.slice(0, limit).map((f) => f.hit), last: found[limit - 1]!.doc };
    const lastDoc = snapshot.docs[snapshot.docs.length - 1];
    if (snapshot.docs.length < batchSize || !lastDoc) return { hits: found.map((f) => f.hit), last: null };
    scanned += snapshot.docs.length;
    if (scanned >= MAX_SCAN) return { hits: found.map((f) => f.hit), last: lastDoc };
    next = next.startAfter(lastDoc);
  }
  return { hits: found.map((f) => f.hit), last: null };
}
