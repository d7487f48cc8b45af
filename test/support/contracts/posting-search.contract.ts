import type { PostingSearch, PostingSearchHit, PostingStore } from '../../../shared/ports/posting-store.port';
import type { Location, QualityWarning } from '../../../shared/schema/posting';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import type { SyndicationReason, SyndicationStatus } from '../../../shared/schema/syndication';
import { changeOf, recordOf, rehash, syntheticPosting } from '../posting-records';

/**
 * The console's posting search (`PostingStore.searchPostings`), part of the store contract: both stores find
 * the same postings in the same order, page after page, whatever part of a search they check in memory.
 */

interface Spec {
  title: string;
  company: string;
  places: Array<[country: string, workplace: Location['workplace']]>;
  warnings?: QualityWarning[];
  status?: 'open' | 'closed';
  sourceId?: string;
}

const SPECS: Spec[] = [
  {
    title: 'Ingénieur logiciel',
    company: 'Société Générale',
    places: [['FR', 'onsite']],
    warnings: ['missing_salary'],
  },
  { title: 'Senior Backend Engineer', company: 'Acme Logistics', places: [['DE', 'hybrid']] },
  {
    title: 'Backend Developer',
    company: 'Globex',
    places: [
      ['DE', 'remote'],
      ['US', 'remote'],
    ],
    warnings: ['missing_salary', 'short_description'],
    status: 'closed',
    sourceId: 'beta',
  },
  {
    title: 'Engineering Manager',
    company: 'Acme Logistics',
    places: [['US', 'onsite']],
    warnings: ['no_apply_url'],
    sourceId: 'beta',
  },
  { title: 'バックエンドエンジニア', company: '株式会社テスト', places: [['JP', 'hybrid']] },
  { title: 'Data Engineer', company: 'Engie', places: [['GB', 'remote']] },
  { title: 'Softwareentwickler (Java)', company: 'Initech', places: [['DE', 'onsite']] },
];
const FILLERS = 23;

/** The named postings (changed 10:01, 10:02, …) and fillers (support roles in Germany, changed earlier). */
function seedRecords(): { named: PostingRecord[]; fillers: PostingRecord[] } {
  const named = SPECS.map((spec, i) => recordFor(spec, i, `2026-03-01T10:${String(i + 1).padStart(2, '0')}:00.000Z`));
  const fillers = Array.from({ length: FILLERS }, (_, i) =>
    recordFor(
      { title: `Support Specialist ${i}`, company: 'Initech', places: [['DE', 'onsite']], sourceId: 'gamma' },
      100 + i,
      `2026-03-01T09:${String(i + 10).padStart(2, '0')}:00.000Z`,
    ),
  );
  return { named, fillers };
}

function recordFor(spec: Spec, n: number, lastChangedAt: string): PostingRecord {
  const base = syntheticPosting(n, { sourceId: spec.sourceId ?? 'alpha', company: spec.company });
  const posting = rehash({
    ...base,
    title: spec.title,
    locations: spec.places.map(([country, workplace]) => ({
      city: null,
      region: null,
      country,
      workplace,
      text: country,
    })),
    quality: { score: 80, warnings: spec.warnings ?? [] },
    status: spec.status ?? 'open',
  });
  return recordOf(posting, { lastChangedAt, status: posting.status });
}

/** Every hit of a search, page by page; checks each page's size on the way. */
async function searchAll(store: PostingStore, search: PostingSearch): Promise<PostingSearchHit[]> {
  const hits: PostingSearchHit[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await store.searchPostings({ ...search, cursor });
    expect(page.hits.length).toBeLessThanOrEqual(search.limit ?? 50);
    hits.push(...page.hits);
    cursor = page.nextCursor;
    if (!cursor) return hits;
  }
  throw new Error('the search never ended');
}

/** The titles found, in order. */
const titlesOf = async (store: PostingStore, search: PostingSearch) =>
  (await searchAll(store, search)).map((hit) => hit.posting.title);

async function putRecord(
  store: PostingStore,
  posting: PostingRecord,
  partnerId: string,
  status: SyndicationStatus,
  updatedAt: string,
  reasons: SyndicationReason[] = [],
): Promise<void> {
  await store.updateSyndication(posting.id, partnerId, () => ({
    id: `${posting.id}__${partnerId}`,
    postingId: posting.id,
    partnerId,
    status,
    desired: status === 'withdrawn' ? 'withdraw' : 'publish',
    deliveredVersion: status === 'live' ? 1 : null,
    pendingChange: null,
    attempts: 0,
    lastError: null,
    reasons,
    appliedEventIds: [],
    history: [],
    createdAt: updatedAt,
    updatedAt,
  }));
}

/** The search contract; `storeOf` gives the fresh, empty store of the running test. */
export function describePostingSearchContract(storeOf: () => PostingStore): void {
  describe('the console search', () => {
    let store: PostingStore;
    let named: PostingRecord[];
    let fillers: PostingRecord[];
    const title = (i: number) => SPECS[i]!.title;

    beforeEach(async () => {
      store = storeOf();
      ({ named, fillers } = seedRecords());
      await store.commitChanges([...named, ...fillers].map((r) => changeOf(r, null)));
    });

    it('lists every posting once, newest change first, page by page', async () => {
      const hits = await searchAll(store, { limit: 7 });
      const expected = [...named].reverse().concat([...fillers].reverse());
      expect(hits.map((h) => h.posting.id)).toEqual(expected.map((r) => r.id));
      expect(hits[0]!.posting).toEqual(expect.objectContaining({ title: title(6), company: named[6]!.company }));
      expect(hits[0]!.board).toBeNull();
      const first = await store.searchPostings({ limit: 7 });
      expect(first.total === null || first.total === named.length + fillers.length).toBe(true);
    });

    it.each([
      ['a word prefix of titles and companies', 'eng', [5, 3, 1]],
      ['accents and case ignored', 'INGÉ', [0]],
      ['the company name', 'societe generale', [0]],
      ['every word, in either field', 'acme back', [1]],
      ['Japanese without spaces', 'エンジニア', [4]],
      ['a Japanese company', 'テスト', [4]],
      ['a word longer than an indexed prefix', 'softwareentwick', [6]],
      ['no match past the end of a long word', 'softwareentwicklerin', []],
      ['no match inside a word', 'ngineer', []],
    ])('finds postings by text: %s', async (_name, text, expected) => {
      expect(await titlesOf(store, { text, limit: 3 })).toEqual(expected.map(title));
    });

    it.each<[string, PostingSearch, number[]]>([
      ['status', { status: 'closed' }, [2]],
      ['source', { sourceId: 'beta' }, [3, 2]],
      ['country', { country: 'US' }, [3, 2]],
      ['workplace', { workplace: 'remote' }, [5, 2]],
      ['quality warning', { warning: 'missing_salary' }, [2, 0]],
      ['status, country and text together', { status: 'open', country: 'DE', text: 'back' }, [1]],
      ['source, status and warning together', { sourceId: 'beta', status: 'open', warning: 'no_apply_url' }, [3]],
    ])('filters by %s', async (_name, search, expected) => {
      expect(await titlesOf(store, { ...search, limit: 2 })).toEqual(expected.map(title));
    });

    it('pages through a large filtered result in order, each posting once', async () => {
      const hits = await searchAll(store, { country: 'DE', status: 'open', text: 'support', limit: 4 });
      expect(hits.map((h) => h.posting.id)).toEqual([...fillers].reverse().map((r) => r.id));
      const page = await store.searchPostings({ country: 'DE', status: 'open', text: 'support', limit: 4 });
      expect(page.total === null || page.total === FILLERS).toBe(true);
    });

    it('finds postings by board status, newest board change first, with the board record', async () => {
      const reason = { code: 'BOARD.APPLY_URL', field: 'applyUrl', message: 'LinkedIn requires an https apply URL' };
      await putRecord(store, named[1]!, 'board-a', 'live', '2026-03-02T08:00:00.000Z');
      await putRecord(store, named[3]!, 'board-a', 'live', '2026-03-02T09:00:00.000Z');
      await putRecord(store, named[5]!, 'board-a', 'rejected', '2026-03-02T10:00:00.000Z', [reason]);
      await putRecord(store, named[5]!, 'board-b', 'live', '2026-03-02T11:00:00.000Z');
      const live = await searchAll(store, { board: { partnerId: 'board-a', status: 'live' }, limit: 1 });
      expect(live.map((h) => h.posting.title)).toEqual([title(3), title(1)]);
      expect(live[0]!.board).toEqual({
        partnerId: 'board-a',
        status: 'live',
        updatedAt: '2026-03-02T09:00:00.000Z',
        reasons: [],
      });
      const rejected = await searchAll(store, { board: { partnerId: 'board-a', status: 'rejected' } });
      expect(rejected.map((h) => [h.posting.title, h.board?.reasons])).toEqual([[title(5), [reason]]]);
      expect(await titlesOf(store, { board: { partnerId: 'board-a', status: 'live' }, text: 'manager' })).toEqual([
        title(3),
      ]);
      const notOnA = await titlesOf(store, {
        board: { partnerId: 'board-a', status: 'none' },
        sourceId: 'alpha',
        limit: 2,
      });
      expect(notOnA).toEqual([6, 4, 0].map(title));
    });

    it('finds a changed posting by its new words only', async () => {
      const changed = rehash({ ...named[0]!, title: 'Platform Engineer' });
      await store.commitChanges([changeOf({ ...named[0]!, ...changed, version: 2 }, 1)]);
      expect(await titlesOf(store, { text: 'ingenieur' })).toEqual([]);
      expect(await titlesOf(store, { text: 'platform' })).toEqual(['Platform Engineer']);
    });

    it('refuses a cursor it did not make', async () => {
      await expect(store.searchPostings({ cursor: 'not a cursor' })).rejects.toMatchObject({
        code: 'STORE.INVALID_CURSOR',
      });
    });
  });
}
