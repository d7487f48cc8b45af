import { collectText } from '../../../shared/boards/feed-stream';
import { JsonFeedPage } from '../../../shared/boards/json-feed';
import { handleFeedRequest } from '../../../shared/pipeline/feeds';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import type { SyndicationDeps } from '../../../shared/pipeline/syndication-deps';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import { makePosting } from '../../unit/boards/posting-fixture';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const COUNT = 23;
const T0 = '2026-11-01T10:00:00.000Z';
const MINUTE = 60_000;

function job(n: number): PostingRecord {
  const text = `Team ${n} needs an engineer for problem area ${n * 13}, shipping weekly with ${n + 2} peers. `.repeat(
    2,
  );
  return makePosting({
    title: `Engineer ${n} ${'abcdefghijklmnopqrstuvwxyz'[n % 26]}`,
    source: { ...makePosting().source, externalId: `tie-${n}` },
    description: { html: `<p>${text}</p>`, text },
  });
}

/**
 * Many syndication records sharing one `updatedAt` (a bulk publish stamps them in the same millisecond), a
 * page size far below their number, and pulls at chosen instants: every version of every record must reach
 * the partner exactly once, however the pages and pulls fall.
 */
describe('the JSON feed cursor when many records share a timestamp', () => {
  let harness: SyndicationHarness;
  let ids: string[];
  let at = Date.parse(T0);
  let deps: SyndicationDeps;

  beforeAll(async () => {
    harness = await startSyndicationHarness();
    harness.secrets.set('secret:json-key', 'json-api-key');
    await harness.addPartner({
      id: 'ties',
      name: 'Ties',
      format: 'json',
      delivery: 'feed',
      feed: { apiKeyRef: 'secret:json-key' },
    });
    const postings = await harness.ingestPostings(Array.from({ length: COUNT }, (_, i) => job(i)));
    ids = postings.map((p) => p.id).sort();
    await harness.drain();
    await requestSyndication(harness.deps, { postingIds: ids, partnerIds: ['ties'], action: 'publish' });
    await harness.drain();
    await stamp(ids, T0);
    deps = {
      ...harness.deps,
      clock: { now: () => new Date(at), sleep: async () => undefined },
      options: { ...harness.deps.options, jsonFeedPageSize: 4 },
    };
  });
  afterAll(() => harness.stop());

  /** Gives records one `updatedAt`, as one bulk write would. */
  async function stamp(postingIds: string[], updatedAt: string) {
    for (const id of postingIds)
      await harness.store.updateSyndication(id, 'ties', (current) => (current ? { ...current, updatedAt } : null));
  }

  async function page(since: string | null) {
    const response = await handleFeedRequest(deps, {
      partnerId: 'ties',
      format: 'json',
      apiKey: 'json-api-key',
      query: { since },
      ifNoneMatch: null,
    });
    expect(response.status).toBe(200);
    return JsonFeedPage.parse(
      JSON.parse(typeof response.body === 'string' ? response.body : await collectText(response.body)),
    );
  }

  /** One pull: every page until `hasMore` is false; `between` runs after each page. */
  async function pull(since: string | null, between: (pageNo: number) => Promise<void> = async () => undefined) {
    const items: { id: string; changedAt: string }[] = [];
    let current = await page(since);
    items.push(...current.items);
    for (let n = 1; current.hasMore; n++) {
      await between(n);
      current = await page(current.nextCursor);
      items.push(...current.items);
    }
    return { items, cursor: current.nextCursor };
  }

  const versions = (items: { id: string; changedAt: string }[]) => items.map((i) => `${i.id}@${i.changedAt}`);

  it('lists every version exactly once across pages and pulls, whenever the pulls happen', async () => {
    const delivered: string[] = [];
    // a pull in the very millisecond the records were stamped, then later ones
    at = Date.parse(T0);
    let result = await pull(null);
    delivered.push(...versions(result.items));
    at += MINUTE;
    result = await pull(result.cursor);
    delivered.push(...versions(result.items));
    at += MINUTE;
    result = await pull(result.cursor);
    delivered.push(...versions(result.items));

    expect(delivered).toHaveLength(new Set(delivered).size);
    expect([...delivered].sort()).toEqual(ids.map((id) => `${id}@${T0}`).sort());
    const idle = await pull(result.cursor);
    expect(idle.items).toEqual([]);
  });

  it('a change made while a pull pages through is listed once, in this pull or the next, never twice', async () => {
    at += 10 * MINUTE;
    const start = (await pull(null)).cursor;
    // a second bulk change, again one timestamp for all, then a pull paging through it
    const Tm = new Date(at + MINUTE / 2).toISOString();
    await stamp(ids, Tm);
    at += MINUTE;
    const T1 = new Date(at + MINUTE / 2).toISOString();
    const first = ids[0]!;
    const last = ids[ids.length - 1]!;
    // after the first page: one record the scan has passed and one it has not reached change again, both at T1
    const during = await pull(start, async (n) => {
      if (n === 1) await stamp([first, last], T1);
    });
    at += MINUTE;
    const after = await pull(during.cursor);
    const delivered = [...versions(during.items), ...versions(after.items)];
    expect(delivered).toHaveLength(new Set(delivered).size);
    // each record's newest version reaches the partner; the one changed before the scan reached it only at T1
    expect([...delivered].sort()).toEqual(
      [...ids.filter((id) => id !== last).map((id) => `${id}@${Tm}`), `${first}@${T1}`, `${last}@${T1}`].sort(),
    );
  });

  it('a since cursor whose scan position was forged is refused with 400 before any byte is sent', async () => {
    const forged = Buffer.from(JSON.stringify({ t: T0, c: '%%%forged', s: T0 })).toString('base64url');
    const response = await handleFeedRequest(deps, {
      partnerId: 'ties',
      format: 'json',
      apiKey: 'json-api-key',
      query: { since: forged },
      ifNoneMatch: null,
    });
    expect(response.status).toBe(400);
  });
});
