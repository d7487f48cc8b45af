import { collectText } from '../../../shared/boards/feed-stream';
import {
  JsonFeedPage,
  jsonFeedJsonSchema,
  toJsonFeedUpsert,
  writeJsonFeedPage,
  type JsonFeedEntry,
} from '../../../shared/boards/json-feed';
import { publishPayload, withdrawPayload } from '../../../shared/boards/webhook-payload';
import { HOSTILE_TEXT, makePosting } from './posting-fixture';

async function* entries(list: JsonFeedEntry[]): AsyncIterable<JsonFeedEntry> {
  yield* list;
}

const context = { defaults: {}, publicBaseUrl: 'https://jobs.acme.example' };

describe('JSON feed', () => {
  it('an empty page is valid against the schema', async () => {
    const text = await collectText(
      writeJsonFeedPage(entries([]), { partner: 'board', generatedAt: '2026-03-03T00:00:00.000Z' }, () => ({
        nextCursor: null,
        hasMore: false,
      })),
    );
    expect(JsonFeedPage.parse(JSON.parse(text))).toEqual({
      partner: 'board',
      generatedAt: '2026-03-03T00:00:00.000Z',
      items: [],
      nextCursor: null,
      hasMore: false,
    });
  });

  it('streams upserts and removals, with hostile text intact, and the cursor given at the end', async () => {
    const posting = makePosting({ title: HOSTILE_TEXT, version: 3 });
    const list: JsonFeedEntry[] = [
      toJsonFeedUpsert(posting, '2026-03-03T00:00:01.000Z', context),
      { action: 'remove', id: 'gone', changedAt: '2026-03-03T00:00:02.000Z', reason: 'closed' },
    ];
    const text = await collectText(
      writeJsonFeedPage(entries(list), { partner: 'board', generatedAt: '2026-03-03T00:00:03.000Z' }, () => ({
        nextCursor: 'c2',
        hasMore: true,
      })),
    );
    const page = JsonFeedPage.parse(JSON.parse(text));
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({
      action: 'upsert',
      id: posting.id,
      version: 3,
      url: `https://jobs.acme.example/jobs/${posting.id}`,
    });
    expect(page.items[0]?.action === 'upsert' && page.items[0].posting.title).toBe(HOSTILE_TEXT);
    expect(page).toMatchObject({ nextCursor: 'c2', hasMore: true });
  });

  it('publishes the posting contract only, without storage bookkeeping', () => {
    const entry = toJsonFeedUpsert(makePosting(), '2026-03-03T00:00:00.000Z', context);
    expect(Object.keys(entry.posting)).not.toContain('dedupKey');
    expect(Object.keys(entry.posting)).toContain('contentHash');
  });

  it('its JSON Schema describes the page, the entries and the posting fields', () => {
    const schema = jsonFeedJsonSchema();
    const text = JSON.stringify(schema);
    expect(schema['$schema']).toMatch(/2020-12/);
    for (const name of ['nextCursor', 'hasMore', 'upsert', 'remove', 'employmentTypes', 'validThrough', 'applyUrl'])
      expect(text).toContain(name);
  });
});

describe('webhook payloads', () => {
  it('wrap the feed entry in the Standard Webhooks envelope {type, timestamp, data}', () => {
    const published = publishPayload(makePosting(), 'published', '2026-03-03T00:00:00.000Z', context);
    expect(Object.keys(published)).toEqual(['type', 'timestamp', 'data']);
    expect(published).toMatchObject({ type: 'posting.published', data: { action: 'upsert', id: makePosting().id } });
    expect(withdrawPayload('p1', 'closed', '2026-03-03T00:00:00.000Z')).toEqual({
      type: 'posting.withdrawn',
      timestamp: '2026-03-03T00:00:00.000Z',
      data: { action: 'remove', id: 'p1', changedAt: '2026-03-03T00:00:00.000Z', reason: 'closed' },
    });
  });
});
