import type { PostingStore } from '../ports/posting-store.port';
import type { StoredPartner } from '../schema/partner';

/**
 * The partners of a set of records, each distinct partner read once and all of them at once (a fan-out's
 * records name each partner once per posting, and a request's pairs name the same few partners again and
 * again): one round trip of latency instead of one per record. A partner that no longer exists is absent.
 */
export async function readPartners(
  store: Pick<PostingStore, 'getPartner'>,
  partnerIds: Iterable<string>,
): Promise<Map<string, StoredPartner>> {
  const ids = [...new Set(partnerIds)];
  const found = await Promise.all(ids.map((id) => store.getPartner(id)));
  const partners = new Map<string, StoredPartner>();
  for (const partner of found) if (partner) partners.set(partner.config.id, partner);
  return partners;
}
