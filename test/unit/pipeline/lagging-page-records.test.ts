import { BY_ID_MAX_PARTNERS, pageRecordsReader } from '../../../shared/pipeline/lagging-page-records';
import { newRecord } from '../../../shared/pipeline/syndication-record';
import type { PostingStore } from '../../../shared/ports/posting-store.port';
import type { StoredPartner } from '../../../shared/schema/partner';
import type { SyndicationRecord } from '../../../shared/schema/syndication';

/** How the lagging pass reads a page's records: by id per partner while partners are few, by query otherwise. */

const AT = '2026-03-01T09:00:00.000Z';

function store(partnerCount: number, batched = true) {
  const partnerIds = Array.from({ length: partnerCount }, (_, i) => `partner-${String.fromCharCode(97 + i)}`);
  const records = new Map<string, SyndicationRecord>();
  // p1 on every partner, p2 on the first, p3 on none
  for (const partnerId of partnerIds) records.set(`p1__${partnerId}`, newRecord('p1', partnerId, 'publish', AT));
  records.set(`p2__${partnerIds[0]}`, newRecord('p2', partnerIds[0]!, 'publish', AT));
  const calls: string[] = [];
  const fake = {
    listPartners: async () => {
      calls.push('listPartners');
      return partnerIds.map((id) => ({ config: { id } }) as StoredPartner);
    },
    listSyndicationsOfPostings: async (postingIds: readonly string[]) => {
      calls.push(`query ${postingIds.join(',')}`);
      const byPosting = new Map<string, SyndicationRecord[]>();
      for (const r of [...records.values()].sort((a, b) => a.id.localeCompare(b.id)))
        if (postingIds.includes(r.postingId)) byPosting.set(r.postingId, [...(byPosting.get(r.postingId) ?? []), r]);
      return byPosting;
    },
    ...(batched
      ? {
          getSyndications: async (partnerId: string, postingIds: readonly string[]) => {
            calls.push(`byId ${partnerId} ${postingIds.join(',')}`);
            return new Map(
              postingIds.flatMap((id) => {
                const r = records.get(`${id}__${partnerId}`);
                return r ? [[id, r] as const] : [];
              }),
            );
          },
        }
      : {}),
  } as unknown as PostingStore;
  return { fake, calls, partnerIds };
}

const shape = (map: Map<string, SyndicationRecord[]>) =>
  Object.fromEntries([...map].map(([postingId, rs]) => [postingId, rs.map((r) => r.partnerId)]));

describe("the lagging pass's read of a page's records", () => {
  it('reads by id, one batched read per partner, listing the partners once for all pages, grouped in id order', async () => {
    const { fake, calls, partnerIds } = store(3);
    const read = pageRecordsReader(fake);
    const first = await read(['p1', 'p2', 'p3']);
    expect(shape(first)).toEqual({ p1: partnerIds, p2: [partnerIds[0]] });
    expect(shape(first)).toEqual(shape(await fake.listSyndicationsOfPostings(['p1', 'p2', 'p3'])));
    await read(['p4']);
    expect(calls.filter((c) => !c.startsWith('query'))).toEqual([
      'listPartners',
      ...partnerIds.map((id) => `byId ${id} p1,p2,p3`),
      ...partnerIds.map((id) => `byId ${id} p4`),
    ]);
  });

  it(`reads by query past ${BY_ID_MAX_PARTNERS} partners, where lookups by id would cost more than the records found`, async () => {
    const { fake, calls, partnerIds } = store(BY_ID_MAX_PARTNERS + 1);
    const found = await pageRecordsReader(fake)(['p1', 'p2']);
    expect(shape(found)).toEqual({ p1: partnerIds, p2: [partnerIds[0]] });
    expect(calls).toEqual(['listPartners', 'query p1,p2']);
  });

  it('reads by query from a store without the batched read by id', async () => {
    const { fake, calls } = store(2, false);
    await pageRecordsReader(fake)(['p1']);
    expect(calls).toEqual(['query p1']);
  });
});
