import type { PostingStore } from '../ports/posting-store.port';
import type { SyndicationRecord } from '../schema/syndication';

/**
 * How the lagging pass reads the records of a page of changed postings. A record's id is `{postingId}__{partnerId}`,
 * so with few partners the page's records are read by id: `getSyndications` per partner (Firestore `getAll`,
 * direct document reads), all partners at once. A query by `postingId` (`listSyndicationsOfPostings`, `in` of 30)
 * is what a store serves with an index; but the Firestore emulator has no indexes and runs each `in` value as a
 * scan of the whole collection, so a page of 200 postings took 8-12 s there against 0.2-0.5 s by id
 * (`test/reliability/probes/syndication-reads.ts`, 2,200 records), and the lagging pass dominated the sweep. By id,
 * a posting costs one lookup per partner, found or not (a missing document is billed as a read), so past
 * `BY_ID_MAX_PARTNERS` partners the query is cheaper and the page is read by query again.
 *
 * Records of a partner that no longer exists are not read by id: the lagging pass leaves such pairs alone anyway
 * (a message to a deleted partner is dropped on delivery).
 */

/** Partners up to which a page's records are read by id (lookups per posting) rather than by query. */
export const BY_ID_MAX_PARTNERS = 10;

/** A reader of pages' records; it lists the partners once, on its first page. */
export function pageRecordsReader(
  store: Pick<PostingStore, 'getSyndications' | 'listPartners' | 'listSyndicationsOfPostings'>,
): (postingIds: readonly string[]) => Promise<Map<string, SyndicationRecord[]>> {
  let partners: Promise<string[] | null> | null = null;
  return async (postingIds) => {
    partners ??= partnersToReadById(store);
    const partnerIds = await partners;
    if (!partnerIds) return store.listSyndicationsOfPostings(postingIds);
    const found = await Promise.all(partnerIds.map((partnerId) => store.getSyndications!(partnerId, postingIds)));
    return groupByPosting(found.flatMap((records) => [...records.values()]));
  };
}

/** The partners' ids when the store reads by id and they are few; null to read by query. */
async function partnersToReadById(
  store: Pick<PostingStore, 'getSyndications' | 'listPartners'>,
): Promise<string[] | null> {
  if (!store.getSyndications) return null;
  const partners = await store.listPartners();
  return partners.length <= BY_ID_MAX_PARTNERS ? partners.map((p) => p.config.id) : null;
}

/** Records by posting, each posting's in id order (as `listSyndicationsOfPostings` gives them). */
function groupByPosting(records: readonly SyndicationRecord[]): Map<string, SyndicationRecord[]> {
  const byPosting = new Map<string, SyndicationRecord[]>();
  for (const record of [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = byPosting.get(record.postingId) ?? [];
    list.push(record);
    byPosting.set(record.postingId, list);
  }
  return byPosting;
}
