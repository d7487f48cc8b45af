import { postingId } from '../../shared/ids';
import { contentHashOf } from '../../shared/normalize/content-hash';
import type { JobPosting } from '../../shared/schema/posting';

/**
 * Deterministic synthetic postings for benchmarks and tests of the pipeline: valid `JobPosting`s with
 * distinct titles and descriptions (so no two are duplicates unless made so), and a correct `contentHash`.
 */

const WORDS = (
  'build ship design own scale operate improve review mentor plan measure debug deploy automate test ' +
  'services platform payments search data pipelines api mobile web cloud storage queues billing identity ' +
  'customers teams product quality reliability latency throughput security privacy growth insight ' +
  'kubernetes postgres typescript go rust python kafka terraform react graphql observability tracing'
).split(' ');

/** A small seeded PRNG (mulberry32): the same seed gives the same postings on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The contentHash of a posting, as the normaliser computes it. */
export const hashContent = (posting: Omit<JobPosting, 'contentHash'>): string => contentHashOf(posting);

/** The same posting with its `contentHash` recomputed after edits. */
export const rehash = (posting: JobPosting): JobPosting => ({ ...posting, contentHash: hashContent(posting) });

/** A paragraph of `words` words drawn from the seed. */
export function syntheticText(seed: number, words = 120): string {
  const random = seededRandom(seed);
  return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

export interface SyntheticOptions {
  sourceId?: string;
  company?: string;
  /** extra words of description, for size tests */
  descriptionWords?: number;
}

/** The `n`th synthetic posting of a source. */
export function syntheticPosting(n: number, options: SyntheticOptions = {}): JobPosting {
  const sourceId = options.sourceId ?? 'bench-source';
  const externalId = `job-${n}`;
  const text = syntheticText(n * 7919 + sourceId.length, options.descriptionWords ?? 120);
  const posting: Omit<JobPosting, 'contentHash'> = {
    id: postingId(sourceId, externalId),
    source: { id: sourceId, kind: 'api', externalId, url: `https://jobs.example.com/${sourceId}/${externalId}` },
    title: `Software Engineer ${n}`,
    seniority: 'mid',
    company: { name: options.company ?? 'Example Corp', url: 'https://example.com' },
    department: 'Engineering',
    employmentTypes: ['FULL_TIME'],
    locations: [
      { city: 'Berlin', region: 'Berlin', country: 'DE', workplace: 'hybrid', text: 'Berlin, Germany (hybrid)' },
    ],
    salary: { min: 60000, max: 80000, currency: 'EUR', period: 'YEAR', text: '60.000–80.000 € per year' },
    description: { html: `<p>${text}</p>`, text },
    responsibilities: ['Build services', 'Review code'],
    requirements: { must: ['TypeScript'], nice: ['Kubernetes'] },
    benefits: ['30 days of paid leave'],
    skills: ['TypeScript'],
    languages: [{ code: 'en', required: true, level: 'fluent' }],
    terms: { probationMonths: 6, paidLeaveDays: 30 },
    applyUrl: `https://jobs.example.com/${sourceId}/${externalId}/apply`,
    datePosted: '2026-01-15',
    validThrough: null,
    status: 'open',
    quality: { score: 90, warnings: [] },
  };
  return { ...posting, contentHash: hashContent(posting) };
}

/** `count` synthetic postings of a source, numbered from 0. */
export const syntheticPostings = (count: number, options: SyntheticOptions = {}): JobPosting[] =>
  Array.from({ length: count }, (_, n) => syntheticPosting(n, options));

/** The posting with a changed salary (a typical small edit), hash recomputed. */
export const withRaise = (posting: JobPosting, amount = 5000): JobPosting =>
  rehash({
    ...posting,
    salary: posting.salary ? { ...posting.salary, max: (posting.salary.max ?? 0) + amount } : posting.salary,
  });
