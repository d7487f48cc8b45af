import type { PartnerFilter } from '../schema/partner';
import type { PostingRecord } from '../schema/stored-posting';
import type { SyndicationReason } from '../schema/syndication';

/**
 * Which postings a partner takes (its `filter`): every non-empty list must match; an empty list means "any".
 * A mismatch is a reason, so an explicit request for a posting the partner does not take says why.
 */

type Dimension = {
  key: keyof PartnerFilter;
  what: string;
  values: (p: PostingRecord) => (string | null)[];
  caseless?: boolean;
};

const DIMENSIONS: Dimension[] = [
  { key: 'countries', what: 'in countries', values: (p) => p.locations.map((l) => l.country) },
  { key: 'cities', what: 'in cities', values: (p) => p.locations.map((l) => l.city), caseless: true },
  { key: 'workplaces', what: 'with workplace', values: (p) => p.locations.map((l) => l.workplace) },
  { key: 'departments', what: 'from departments', values: (p) => [p.department], caseless: true },
  { key: 'employmentTypes', what: 'with employment types', values: (p) => p.employmentTypes },
  { key: 'sources', what: 'from sources', values: (p) => [p.source.id] },
  { key: 'tags', what: 'tagged', values: (p) => p.tags, caseless: true },
];

/** The reasons `posting` falls outside `filter` (empty when it qualifies). */
export function filterMismatches(
  posting: PostingRecord,
  filter: PartnerFilter,
  partnerName: string,
): SyndicationReason[] {
  const reasons: SyndicationReason[] = [];
  for (const dim of DIMENSIONS) {
    const wanted = filter[dim.key];
    if (wanted.length === 0) continue;
    const norm = (v: string) => (dim.caseless ? v.toLowerCase() : v);
    const have = dim.values(posting).filter((v): v is string => !!v);
    if (have.some((v) => wanted.some((w) => norm(w) === norm(v)))) continue;
    reasons.push({
      code: `PARTNER.FILTER_${dim.key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`,
      field: dim.key,
      message: `${partnerName} only takes postings ${dim.what} ${wanted.join(', ')}; this posting has ${have.length ? have.join(', ') : 'none'}`,
    });
  }
  return reasons;
}
