import type { JobPosting, Location } from '../schema/posting';
import type { PostingSummary } from '../schema/stored-posting';

/**
 * Duplicate detection across sources and reposts (DESIGN §4 "Syndication": a duplicate is not syndicated
 * twice). Each posting gets a `dedupKey` — `{company}|req:{requisition}` when the source names a requisition
 * id, else `{company}|job:{title}@{locations}` — and a 64-bit SimHash of its description text.
 * The key starts with the company: near-duplicates must share it (`isNearDuplicate`), and the fingerprint bands
 * a posting is found by are scoped to it (`dedupTermsOf`).
 */

/** Legal-form words dropped from the end of company names ("Acme Corp." = "Acme Corp" = "ACME Corporation"). */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'pte',
  'pty',
  'kk',
  'kabushiki',
  'kaisha',
  'holdings',
  'group',
  'jsc',
  'sl',
  'ltda',
  'cv',
]);
/** Legal forms written in CJK, anywhere in the name (株式会社 Acme = Acme 株式会社). */
const CJK_LEGAL_FORMS =
  /株式会社|有限会社|合同会社|\(株\)|（株）|有限公司|股份有限公司|주식회사|công ty tnhh|công ty cổ phần/giu;

/** Lower-case, accents stripped, punctuation as spaces, whitespace collapsed. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The company name as a key: folded, leading "the" and trailing legal forms dropped; '' when unknown. */
export function companyKey(name: string | null): string {
  if (!name) return '';
  const words = mergeInitials(foldText(name.replace(CJK_LEGAL_FORMS, ' ')).split(' ').filter(Boolean));
  const full = words.join(' ');
  if (words[0] === 'the' && words.length > 1) words.shift();
  // "GmbH & Co. KG": legal words and the "and" between them, from the end
  while (words.length > 1 && (LEGAL_SUFFIXES.has(words[words.length - 1]!) || words[words.length - 1] === 'and'))
    words.pop();
  return words.join(' ') || full;
}

/** Runs of single letters become one word, so "S.A." and "B.V." read as "sa" and "bv". */
function mergeInitials(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of words) {
    if ([...word].length === 1) run += word;
    else {
      if (run) out.push(run);
      run = '';
      out.push(word);
    }
  }
  if (run) out.push(run);
  return out;
}

/** Where a job is, as a key: sorted `country:city` (or `country:remote`) parts; the text when nothing is resolved. */
export function locationKey(locations: readonly Location[]): string {
  const parts = locations.map((l) => {
    const place = l.city ?? (l.workplace === 'remote' ? 'remote' : (l.region ?? ''));
    return l.country || place ? `${(l.country ?? '').toLowerCase()}:${foldText(place)}` : foldText(l.text);
  });
  return [...new Set(parts.filter(Boolean))].sort().join(';');
}

/**
 * The dedup key of a posting. Requisition ids identify a job across an employer's ATS and career site, so
 * they win; otherwise company + title + locations. Postings without a company name are keyed by source so they
 * never match another employer's.
 */
export function dedupKeyOf(posting: JobPosting, requisitionId?: string | null): string {
  const company = companyKey(posting.company.name) || `source ${posting.source.id}`;
  const requisition = requisitionId ? foldText(requisitionId) : '';
  if (requisition) return `${company}|req:${requisition}`;
  return `${company}|job:${foldText(posting.title)}@${locationKey(posting.locations)}`;
}

/** The company prefix of a dedup key: near-duplicates share it, and the fingerprint bands of `dedupTermsOf` are scoped by it. */
export const dedupPrefixOf = (dedupKey: string): string => dedupKey.slice(0, dedupKey.indexOf('|') + 1);

/** The location part of a `job:` dedup key, or null for requisition keys. */
const locationPartOf = (dedupKey: string): string | null => {
  const job = dedupKey.indexOf('|job:');
  return job < 0 ? null : dedupKey.slice(dedupKey.lastIndexOf('@') + 1);
};

const UNINFORMATIVE = '0000000000000000';
/** Fewer words than this make a SimHash that matches too easily: such texts are never near-duplicates. */
const MIN_TOKENS = 24;
/** Hamming distance at or under which two descriptions count as the same text (of 64 bits). */
export const NEAR_DUPLICATE_DISTANCE = 3;

/** FNV-1a, 32 bits, with a seed so two independent halves make one 64-bit feature hash. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes three word hashes into one shingle hash (murmur3's finaliser spreads every input bit). */
function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0xcc9e2d51) ^ Math.imul(b ^ (b >>> 15), 0x1b873593) ^ Math.imul(c ^ (c >>> 13), 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Adds +1 for each set bit of `word` and −1 for each clear one to 32 counters from `offset`. */
function accumulate(weights: Int32Array, offset: number, word: number): void {
  for (let bit = 0; bit < 32; bit++) weights[offset + bit]! += ((word >>> bit) & 1) * 2 - 1;
}

/**
 * 64-bit SimHash (Charikar) of a text over word 3-shingles, as 16 hex digits. Similar texts get hashes a few
 * bits apart; texts under 24 words get all zeros (not informative). Words are hashed once and shingles mixed
 * from their hashes: this runs for every new or changed posting.
 */
export function simhash64(text: string): string {
  const tokens = foldText(text).split(' ').filter(Boolean);
  if (tokens.length < MIN_TOKENS) return UNINFORMATIVE;
  const low = tokens.map((t) => fnv1a(t, 0));
  const high = tokens.map((t) => fnv1a(t, 0x9e3779b9));
  const weights = new Int32Array(64);
  for (let i = 0; i + 2 < tokens.length; i++) {
    accumulate(weights, 0, mix(low[i]!, low[i + 1]!, low[i + 2]!));
    accumulate(weights, 32, mix(high[i]!, high[i + 1]!, high[i + 2]!));
  }
  let lowWord = 0;
  let highWord = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) lowWord |= 1 << bit;
    if (weights[32 + bit]! > 0) highWord |= 1 << bit;
  }
  return (highWord >>> 0).toString(16).padStart(8, '0') + (lowWord >>> 0).toString(16).padStart(8, '0');
}

const popcount32 = (value: number): number => {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
};

/** Bits that differ between two 64-bit hex fingerprints. */
export function hammingDistance(a: string, b: string): number {
  const high = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const low = parseInt(a.slice(8, 16), 16) ^ parseInt(b.slice(8, 16), 16);
  return popcount32(high) + popcount32(low);
}

/** The posting's identity for duplicate detection: key and fingerprint. */
export interface DedupIdentity {
  id: string;
  dedupKey: string;
  fingerprint: string;
}

/**
 * Two postings are the same job when their keys are equal, or when their descriptions are near-identical
 * (same company, SimHash within 3 bits) and they do not name different places: the same text for another city
 * is another job.
 */
export function isNearDuplicate(a: DedupIdentity, b: DedupIdentity): boolean {
  if (a.dedupKey === b.dedupKey) return true;
  if (dedupPrefixOf(a.dedupKey) !== dedupPrefixOf(b.dedupKey)) return false;
  if (a.fingerprint === UNINFORMATIVE || b.fingerprint === UNINFORMATIVE) return false;
  const [placeA, placeB] = [locationPartOf(a.dedupKey), locationPartOf(b.dedupKey)];
  if (placeA && placeB && placeA !== placeB) return false;
  return hammingDistance(a.fingerprint, b.fingerprint) <= NEAR_DUPLICATE_DISTANCE;
}

const BANDS = 4;
const bandsOf = (fingerprint: string): string[] =>
  Array.from({ length: BANDS }, (_, band) => `${band}:${fingerprint.slice(band * 4, band * 4 + 4)}`);

/**
 * Finds the canonical posting a posting duplicates among a company's open postings, without comparing it to
 * each of them: exact keys are looked up, and fingerprints are bucketed by four 16-bit bands (two fingerprints
 * within 3 bits share at least one band exactly). Candidates are added as a batch is processed, so the
 * second copy of a job in one batch links to the first.
 */
export class CanonicalIndex {
  private readonly byId = new Map<string, PostingSummary>();
  private readonly buckets = new Map<string, Set<string>>();

  constructor(summaries: Iterable<PostingSummary> = []) {
    for (const summary of summaries) this.add(summary);
  }

  /** Adds or replaces a candidate (a posting's newer state replaces its older one). */
  add(summary: PostingSummary): void {
    this.byId.set(summary.id, summary);
    for (const key of this.keysOf(summary)) {
      const bucket = this.buckets.get(key) ?? new Set<string>();
      bucket.add(summary.id);
      this.buckets.set(key, bucket);
    }
  }

  /**
   * The canonical posting `posting` duplicates, or null: the open, non-duplicate candidate (another source's
   * posting or a repost) that is the same job, the smallest id when several are. Candidates that are
   * themselves duplicates (of `posting` or another) are never canonical.
   */
  canonicalOf(posting: DedupIdentity): string | null {
    let best: string | null = null;
    for (const key of this.keysOf(posting)) {
      for (const id of this.buckets.get(key) ?? []) {
        const candidate = this.byId.get(id);
        if (!candidate || id === posting.id || candidate.status !== 'open' || candidate.duplicateOf !== null) continue;
        if (!isNearDuplicate(posting, candidate)) continue;
        if (best === null || id < best) best = id;
      }
    }
    return best;
  }

  private keysOf(identity: DedupIdentity): string[] {
    return dedupTermsOf(identity);
  }
}

/**
 * The terms a posting is found by as a duplicate candidate (stored as `dedupTerms`): its exact key, and each
 * 16-bit band of its fingerprint under its company. Two postings that are near-duplicates share at least one.
 */
export function dedupTermsOf(identity: Pick<DedupIdentity, 'dedupKey' | 'fingerprint'>): string[] {
  const exact = `key:${identity.dedupKey}`;
  if (identity.fingerprint === UNINFORMATIVE || identity.fingerprint === '') return [exact];
  return [exact, ...bandsOf(identity.fingerprint).map((band) => `${dedupPrefixOf(identity.dedupKey)}#${band}`)];
}
