import { collectText } from '../../../shared/boards/feed-stream';
import { JsonFeedPage } from '../../../shared/boards/json-feed';
import { handleFeedRequest } from '../../../shared/pipeline/feeds';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { makePosting } from '../../unit/boards/posting-fixture';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const TOPICS = [
  'payments ledgers',
  'search ranking',
  'mobile release trains',
  'data warehouse modelling',
  'identity and access',
];

describe('the incremental JSON feed', () => {
  let harness: SyndicationHarness;
  beforeAll(async () => {
    harness = await startSyndicationHarness();
    // windows end now rather than a few seconds back, so each pull lists the change just made
    harness.deps.options = { ...harness.deps.options, jsonFeedPageSize: 2, jsonFeedSettleMs: 0 };
    harness.secrets.set('secret:json-key', 'json-api-key');
    await harness.addPartner({
      id: 'board-json',
      name: 'JSON Board',
      format: 'json',
      delivery: 'feed',
      feed: { apiKeyRef: 'secret:json-key' },
    });
  });
  afterAll(() => harness.stop());

  const pull = async (since: string | null) => {
    // a millisecond past the last write
    await new Promise((resolve) => setTimeout(resolve, 2));
    const response = await handleFeedRequest(harness.deps, {
      partnerId: 'board-json',
      format: 'json',
      apiKey: 'json-api-key',
      query: { since },
      ifNoneMatch: null,
    });
    expect(response.status).toBe(200);
    return JsonFeedPage.parse(
      JSON.parse(typeof response.body === 'string' ? response.body : await collectText(response.body)),
    );
  };

  it('pages through every live posting once, then returns only what changed since', async () => {
    const postings = await harness.ingestPostings(
      TOPICS.map((topic, i) => {
        const text = `Our ${topic} team needs an engineer to own ${topic} end to end, with ${i + 2} peers and real users.`;
        return makePosting({
          title: `Engineer, ${topic}`,
          source: { ...makePosting().source, externalId: `j${i}` },
          description: { html: `<p>${text}</p>`, text },
        });
      }),
    );
    await harness.drain();
    await requestSyndication(harness.deps, {
      postingIds: postings.map((p) => p.id),
      partnerIds: ['board-json'],
      action: 'publish',
    });

    const seen: string[] = [];
    let page = await pull(null);
    const sizes = [page.items.length];
    seen.push(...page.items.map((i) => i.id));
    while (page.hasMore) {
      page = await pull(page.nextCursor);
      sizes.push(page.items.length);
      seen.push(...page.items.map((i) => i.id));
    }
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen.sort()).toEqual(postings.map((p) => p.id).sort());

    const idle = await pull(page.nextCursor);
    expect(idle).toMatchObject({ items: [], hasMore: false });

    await requestSyndication(harness.deps, {
      postingIds: [postings[3]!.id],
      partnerIds: ['board-json'],
      action: 'withdraw',
    });
    const changes = await pull(idle.nextCursor);
    expect(changes.items).toEqual([
      expect.objectContaining({ action: 'remove', id: postings[3]!.id, reason: 'withdrawn' }),
    ]);
  });

  it('refuses a cursor it did not give out', async () => {
    const response = await handleFeedRequest(harness.deps, {
      partnerId: 'board-json',
      format: 'json',
      apiKey: 'json-api-key',
      query: { since: 'not-a-cursor' },
      ifNoneMatch: null,
    });
    expect(response.status).toBe(400);
  });
});
