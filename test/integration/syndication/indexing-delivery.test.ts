import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { makePosting } from '../../unit/boards/posting-fixture';
import { type PartnerReceiver, startPartnerReceiver } from '../../support/partner-receiver';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const part = (i: number) =>
  `--RESP\r\nContent-Type: application/http\r\nContent-ID: <response-item${i}>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}\r\n`;

describe('Google for Jobs through the Indexing API', () => {
  let harness: SyndicationHarness;
  let google: PartnerReceiver;

  beforeAll(async () => {
    harness = await startSyndicationHarness();
    google = await startPartnerReceiver(null, {
      '/batch': [
        {
          status: 200,
          headers: { 'content-type': 'multipart/mixed; boundary=RESP' },
          body: `${part(0)}${part(1)}--RESP--`,
        },
      ],
      '/v3/urlNotifications:publish': [{ status: 200, body: '{}' }],
    });
    await harness.addPartner({
      id: 'google',
      name: 'Google for Jobs',
      format: 'jsonld',
      delivery: 'indexing',
      indexing: { endpoint: google.url('/v3'), jobPageBaseUrl: 'https://jobs.acme.example' },
    });
  });

  afterAll(async () => {
    await google.close();
    await harness.stop();
  });

  it('notifies URL_UPDATED for new job pages in one batch, and URL_DELETED when a job closes', async () => {
    const texts: Record<string, string> = {
      a: 'Design the APIs that ingest millions of postings; own PostgreSQL schemas, queues and the on-call rotation for them.',
      b: 'Craft accessible React interfaces for recruiters, from design tokens to end-to-end tests in a browser farm.',
    };
    const text = (t: string) => texts[t]!;
    const postings = await harness.ingestPostings([
      makePosting({
        title: 'Backend Engineer',
        source: { ...makePosting().source, externalId: 'g1' },
        description: { html: `<p>${text('a')}</p>`, text: text('a') },
      }),
      makePosting({
        title: 'Frontend Engineer',
        source: { ...makePosting().source, externalId: 'g2' },
        description: { html: `<p>${text('b')}</p>`, text: text('b') },
      }),
    ]);
    await harness.drain();
    const ids = postings.map((p) => p.id);
    await requestSyndication(harness.deps, { postingIds: ids, partnerIds: ['google'], action: 'publish' });
    await harness.drain();

    const batches = google.received.filter((r) => r.path === '/batch');
    expect(batches).toHaveLength(1);
    for (const id of ids)
      expect(batches[0]?.body).toContain(`{"url":"https://jobs.acme.example/jobs/${id}","type":"URL_UPDATED"}`);
    for (const id of ids)
      expect(await harness.store.getSyndication(id, 'google')).toMatchObject({ status: 'live', deliveredVersion: 1 });

    await harness.close([ids[0]!]);
    await harness.drain();
    const singles = google.received.filter((r) => r.path === '/v3/urlNotifications:publish');
    expect(singles.map((r) => JSON.parse(r.body) as unknown)).toEqual([
      { url: `https://jobs.acme.example/jobs/${ids[0]}`, type: 'URL_DELETED' },
    ]);
    expect(await harness.store.getSyndication(ids[0]!, 'google')).toMatchObject({ status: 'withdrawn' });
  });
});
