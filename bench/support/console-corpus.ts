import type { PostingStore } from '../../shared/ports/posting-store.port';
import type { QualityWarning, Workplace } from '../../shared/schema/posting';
import type { SyndicationStatus } from '../../shared/schema/syndication';
import { changeOf, recordOf } from '../../test/support/posting-records';
import { rehash, seededRandom, syntheticPosting } from './synthetic-postings';

/**
 * A console-sized corpus: postings from five sources in eight countries with varied titles, companies and
 * quality warnings, and board records with two partners (most live on the webhook board, a share rejected
 * by LinkedIn). Deterministic: the same count gives the same corpus.
 */

const TITLES = [
  'Senior Backend Engineer',
  'Frontend Developer',
  'Data Engineer',
  'Product Designer',
  'Engineering Manager',
  'Site Reliability Engineer',
  'Customer Support Specialist',
  'Account Executive',
  'Platform Reliability Lead',
  'Ingénieur logiciel',
  'バックエンドエンジニア',
  'Softwareentwickler',
];
const COMPANIES = ['Acme Logistics', 'Globex', 'Initech', 'Umbrella', 'Société Générale', 'Hooli', '株式会社テスト'];
const COUNTRIES = ['DE', 'US', 'GB', 'FR', 'JP', 'VN', 'CA', 'NL'];
const WORKPLACES: Workplace[] = ['onsite', 'hybrid', 'remote'];
const WARNINGS: QualityWarning[] = ['missing_salary', 'short_description', 'no_apply_url', 'no_requirements'];

/** Seeds `count` postings (and their board records) in batches of 500. */
export async function seedConsoleCorpus(store: PostingStore, count: number): Promise<void> {
  const random = seededRandom(count);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let offset = 0; offset < count; offset += 500) {
    const batch = Array.from({ length: Math.min(500, count - offset) }, (_, i) => {
      const n = offset + i;
      const base = syntheticPosting(n, {
        sourceId: `source-${n % 5}`,
        company: pick(COMPANIES),
        descriptionWords: 300,
      });
      const posting = rehash({
        ...base,
        title: `${pick(TITLES)}${random() < 0.3 ? ` ${n % 100}` : ''}`,
        locations: [{ city: null, region: null, country: pick(COUNTRIES), workplace: pick(WORKPLACES), text: '' }],
        quality: { score: 70, warnings: WARNINGS.filter(() => random() < 0.2) },
        status: random() < 0.85 ? 'open' : 'closed',
      });
      return recordOf(posting, { lastChangedAt: new Date(start + n * 60_000).toISOString(), status: posting.status });
    });
    await store.commitChanges(batch.map((record) => changeOf(record, null)));
    for (const record of batch) await seedBoards(store, record.id, random);
  }
}

async function seedBoards(store: PostingStore, postingId: string, random: () => number): Promise<void> {
  const boards: Array<[string, SyndicationStatus]> = [];
  if (random() < 0.6) boards.push(['demo-board', random() < 0.9 ? 'live' : 'failed']);
  if (random() < 0.3) boards.push(['linkedin', random() < 0.5 ? 'rejected' : 'live']);
  for (const [partnerId, status] of boards) {
    const at = new Date(Date.parse('2026-02-01T00:00:00Z') + Math.floor(random() * 1e9)).toISOString();
    await store.updateSyndication(postingId, partnerId, () => ({
      id: `${postingId}__${partnerId}`,
      postingId,
      partnerId,
      status,
      desired: 'publish',
      deliveredVersion: status === 'live' ? 1 : null,
      pendingChange: null,
      attempts: 0,
      lastError: null,
      reasons:
        status === 'rejected'
          ? [{ code: 'LINKEDIN.APPLY_URL', field: 'applyUrl', message: 'LinkedIn requires an https apply URL' }]
          : [],
      appliedEventIds: [],
      history: [],
      createdAt: at,
      updatedAt: at,
    }));
  }
}
