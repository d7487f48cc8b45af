import type { PostingRecord } from '../schema/stored-posting';
import { CanonicalIndex, dedupTermsOf } from './dedup';
import type { PipelineDeps } from './deps';
import type { IngestCandidate } from './ingest-items';

/**
 * Links each open posting to be written to the open posting it duplicates (`duplicateOf`, DESIGN §4).
 *
 * A posting that stays open with the same identity as stored (dedup key and fingerprint) keeps its stored
 * link while that link still holds (no link, or a canonical posting that is still open and canonical): what
 * made it a duplicate, or not, has not changed, and closing a canonical posting re-links its duplicates
 * (`close-postings.ts`). Only the others — new, reopened, or with a new identity — are looked up by their
 * dedup terms, in one batched query; so a refresh where salaries or descriptions change costs reads for the
 * postings whose identity changed, not for every change. (On the Firestore emulator, where each
 * `array-contains-any` query scans the collection, this is what lets a 10%-changed refresh finish at all.)
 */
export async function assignCanonicals(
  deps: PipelineDeps,
  candidates: readonly IngestCandidate[],
  currents: ReadonlyMap<string, PostingRecord | null>,
): Promise<void> {
  const open = candidates.filter((c) => c.posting.status === 'open');
  const kept = await keptLinks(deps, open, currents);
  const terms = new Set(open.filter((c) => !kept.has(c.posting.id)).flatMap((c) => dedupTermsOf(c)));
  const index = new CanonicalIndex(terms.size > 0 ? await deps.store.findDedupCandidates([...terms]) : []);
  // in input order, each added once decided: the second copy of a job in one batch links to the first
  for (const c of open) {
    const link = kept.get(c.posting.id);
    c.duplicateOf =
      link !== undefined
        ? link
        : index.canonicalOf({ id: c.posting.id, dedupKey: c.dedupKey, fingerprint: c.fingerprint });
    index.add({
      ...c.posting,
      sourceId: c.posting.source.id,
      dedupKey: c.dedupKey,
      fingerprint: c.fingerprint,
      duplicateOf: c.duplicateOf,
      version: 1,
    });
  }
}

/**
 * The stored links that still hold, by posting id: for open postings whose identity is as stored, the stored
 * `duplicateOf` when it is null or names a posting that is still open and not itself a duplicate (read as
 * summaries in one chunked batch).
 */
async function keptLinks(
  deps: PipelineDeps,
  open: readonly IngestCandidate[],
  currents: ReadonlyMap<string, PostingRecord | null>,
): Promise<Map<string, string | null>> {
  const unchanged = new Map<string, string | null>();
  for (const c of open) {
    const current = currents.get(c.posting.id);
    if (!current || current.status !== 'open') continue;
    if (current.dedupKey !== c.dedupKey || current.fingerprint !== c.fingerprint) continue;
    unchanged.set(c.posting.id, current.duplicateOf);
  }
  const linked = [...new Set([...unchanged.values()].filter((id): id is string => id !== null))];
  const canonicals = linked.length > 0 ? await deps.store.getPostingSummaries(linked) : new Map();
  for (const [id, link] of unchanged) {
    if (link === null) continue;
    const canonical = canonicals.get(link);
    if (!canonical || canonical.status !== 'open' || canonical.duplicateOf !== null) unchanged.delete(id);
  }
  return unchanged;
}
