import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { collectText } from '../../../shared/boards/feed-stream';
import { JsonFeedPage } from '../../../shared/boards/json-feed';
import { handleFeedRequest, type FeedResponse } from '../../../shared/pipeline/feeds';
import { handleJobPageRequest, handleSitemapRequest } from '../../../shared/pipeline/job-pages';
import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { makePosting } from '../../unit/boards/posting-fixture';
import { type PartnerReceiver, startPartnerReceiver } from '../../support/partner-receiver';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const BASE = 'https://jobs.acme.example';

const text = async (response: FeedResponse) =>
  typeof response.body === 'string' ? response.body : collectText(response.body);

describe('a live posting that is updated, then closed', () => {
  let harness: SyndicationHarness;
  let receiver: PartnerReceiver;

  beforeAll(async () => {
    harness = await startSyndicationHarness({ publicBaseUrl: BASE });
    receiver = await startPartnerReceiver(SECRET, { '/hook': [{ status: 204 }] });
    harness.secrets.set('secret:hook', SECRET);
    harness.secrets.set('secret:indeed-key', 'indeed-api-key');
    harness.secrets.set('secret:json-key', 'json-api-key');
    await harness.addPartner({
      id: 'hook',
      name: 'Hook Board',
      format: 'webhook',
      delivery: 'webhook',
      webhook: { url: receiver.url('/hook'), secretRef: 'secret:hook' },
    });
    await harness.addPartner({
      id: 'indeed',
      name: 'Indeed',
      format: 'indeed-xml',
      delivery: 'feed',
      feed: { apiKeyRef: 'secret:indeed-key' },
      defaults: { publisher: 'Acme' },
    });
    await harness.addPartner({
      id: 'board-json',
      name: 'JSON Board',
      format: 'json',
      delivery: 'feed',
      feed: { apiKeyRef: 'secret:json-key' },
    });
  });

  afterAll(async () => {
    await receiver.close();
    await harness.stop();
  });

  const indeedFeed = (ifNoneMatch: string | null = null) =>
    handleFeedRequest(harness.deps, {
      partnerId: 'indeed',
      format: 'xml',
      apiKey: 'indeed-api-key',
      query: {},
      ifNoneMatch,
    });
  // the feed's window ends now rather than a few seconds back (jsonFeedSettleMs: 0), a millisecond past the
  // last write, so each pull lists the change just made
  const jsonFeed = async (since: string | null) => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    return handleFeedRequest(
      { ...harness.deps, options: { ...harness.deps.options, jsonFeedSettleMs: 0 } },
      {
        partnerId: 'board-json',
        format: 'json',
        apiKey: 'json-api-key',
        query: { since },
        ifNoneMatch: null,
      },
    );
  };
  const indeedJobs = async () => {
    const xml = await text(await indeedFeed());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ isArray: (n) => n === 'job' }).parse(xml) as {
      source: { job?: { title: string; referencenumber: string }[] };
    };
    return doc.source.job ?? [];
  };

  it('the partner receives the update, then the withdrawal; feeds and the job page follow each step', async () => {
    const [posting] = await harness.ingestPostings([makePosting()]);
    const id = posting!.id;
    await harness.drain();
    const request = await requestSyndication(harness.deps, {
      postingIds: [id],
      partnerIds: ['hook', 'indeed', 'board-json'],
      action: 'publish',
    });
    expect(request.ok && request.counts).toMatchObject({ live: 2, pending: 1 });
    await harness.drain();
    expect((await indeedJobs()).map((j) => j.title)).toEqual(['Senior Backend Engineer']);
    const first = JsonFeedPage.parse(JSON.parse(await text(await jsonFeed(null))));
    expect(first.items).toMatchObject([{ action: 'upsert', id, version: 1 }]);
    const etag = (await indeedFeed()).headers['etag']!;
    expect((await indeedFeed(etag)).status).toBe(304);

    // update
    await harness.ingestPostings([makePosting({ title: 'Staff Backend Engineer' })]);
    await harness.drain();
    expect({
      version: (await harness.store.getPosting(id))?.version,
      record: await harness.store.getSyndication(id, 'hook'),
    }).toMatchObject({ version: 2, record: { deliveredVersion: 2 } });
    expect((await indeedJobs()).map((j) => j.title)).toEqual(['Staff Backend Engineer']);
    expect((await indeedFeed(etag)).status).toBe(200);
    const second = JsonFeedPage.parse(JSON.parse(await text(await jsonFeed(first.nextCursor))));
    expect(second.items).toMatchObject([
      { action: 'upsert', id, version: 2, posting: { title: 'Staff Backend Engineer' } },
    ]);
    expect((await handleJobPageRequest({ ...harness.deps, publicBaseUrl: BASE }, id)).status).toBe(200);

    // close
    await harness.close([id]);
    await harness.drain();
    const types = receiver.accepted('/hook').map((r) => r.payload?.type);
    expect(types).toEqual(['posting.published', 'posting.updated', 'posting.withdrawn']);
    expect(receiver.accepted('/hook')[2]?.payload?.data).toMatchObject({ action: 'remove', id, reason: 'closed' });
    for (const partnerId of ['hook', 'indeed', 'board-json'])
      expect(await harness.store.getSyndication(id, partnerId)).toMatchObject({
        status: 'withdrawn',
        reasons: [expect.objectContaining({ code: 'POSTING.CLOSED' })],
      });
    expect(await indeedJobs()).toEqual([]);
    const third = JsonFeedPage.parse(JSON.parse(await text(await jsonFeed(second.nextCursor))));
    expect(third.items).toMatchObject([{ action: 'remove', id, reason: 'closed' }]);
    expect((await handleJobPageRequest({ ...harness.deps, publicBaseUrl: BASE }, id)).status).toBe(410);
    const sitemap = await collectText((await handleSitemapRequest({ ...harness.deps, publicBaseUrl: BASE })).body);
    expect(sitemap).not.toContain(id);
  });

  it.each([
    ['no key', null, 401],
    ['a wrong key', 'not-the-key', 403],
    ['the key of another partner', 'json-api-key', 403],
  ])('a feed request with %s is refused', async (_name, apiKey, status) => {
    const response = await handleFeedRequest(harness.deps, {
      partnerId: 'indeed',
      format: 'xml',
      apiKey,
      query: {},
      ifNoneMatch: null,
    });
    expect(response.status).toBe(status);
  });

  it('a feed asked for in the wrong format, or of a webhook partner, is not found', async () => {
    expect(
      (
        await handleFeedRequest(harness.deps, {
          partnerId: 'indeed',
          format: 'json',
          apiKey: 'indeed-api-key',
          query: {},
          ifNoneMatch: null,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await handleFeedRequest(harness.deps, {
          partnerId: 'hook',
          format: 'xml',
          apiKey: 'x',
          query: {},
          ifNoneMatch: null,
        })
      ).status,
    ).toBe(404);
  });
});
