import { requestSyndication } from '../../../shared/pipeline/syndicate';
import { makePosting } from '../../unit/boards/posting-fixture';
import { type PartnerReceiver, startPartnerReceiver } from '../../support/partner-receiver';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const KEY = JSON.stringify({
  type: 'service_account',
  client_email: 'indexer@acme-jobs.iam.gserviceaccount.com',
  private_key: '-----BEGIN PRIVATE KEY-----\nnot-a-real-key\n-----END PRIVATE KEY-----\n',
});

describe("the Indexing API partner's credentials", () => {
  let harness: SyndicationHarness;
  let google: PartnerReceiver;
  const keysUsed: string[] = [];

  beforeAll(async () => {
    harness = await startSyndicationHarness();
    google = await startPartnerReceiver(null, {
      '/adc/v3/urlNotifications:publish': [{ status: 200, body: '{}' }],
      '/key/v3/urlNotifications:publish': [{ status: 200, body: '{}' }],
      '/missing/v3/urlNotifications:publish': [{ status: 200, body: '{}' }],
    });
    harness.secrets.set('secret:indexing-key', KEY);
    // the function's own service account (Application Default Credentials) and a key's token, as the runtime wires them
    harness.deps.indexingToken = async () => 'adc-token';
    harness.deps.indexingTokenFromKey = async (key) => {
      keysUsed.push(key);
      return `key-token:${(JSON.parse(key) as { client_email: string }).client_email}`;
    };
    const partner = (id: string, credentialsRef?: string) =>
      harness.addPartner({
        id,
        name: `Google ${id}`,
        format: 'jsonld',
        delivery: 'indexing',
        indexing: {
          endpoint: google.url(`/${id}/v3`),
          jobPageBaseUrl: 'https://jobs.acme.example',
          ...(credentialsRef ? { credentialsRef } : {}),
        },
      });
    await partner('adc');
    await partner('key', 'secret:indexing-key');
    await partner('missing', 'secret:indexing-key-not-there');
  });

  afterAll(async () => {
    await google.close();
    await harness.stop();
  });

  it("uses the function's service account without credentialsRef, the referenced key with it, and never falls back when the key is missing", async () => {
    const text = 'Run the search relevance roadmap: ranking experiments, offline metrics and the on-call rotation.';
    const [posting] = await harness.ingestPostings([
      makePosting({ title: 'Search Engineer', description: { html: `<p>${text}</p>`, text } }),
    ]);
    await harness.drain();
    await requestSyndication(harness.deps, {
      postingIds: [posting!.id],
      partnerIds: ['adc', 'key', 'missing'],
      action: 'publish',
    });
    await harness.drain();

    const auth = (id: string) =>
      google.received
        .filter((r) => r.path === `/${id}/v3/urlNotifications:publish`)
        .map((r) => r.headers['authorization']);
    expect(auth('adc')).toEqual(['Bearer adc-token']);
    expect(auth('key')).toEqual(['Bearer key-token:indexer@acme-jobs.iam.gserviceaccount.com']);
    expect(keysUsed).toEqual([KEY]);
    expect(auth('missing')).toEqual([]);

    expect(await harness.store.getSyndication(posting!.id, 'key')).toMatchObject({ status: 'live' });
    const missing = await harness.store.getSyndication(posting!.id, 'missing');
    expect(missing?.status).toBe('failed');
    expect(missing?.reasons).toEqual([
      expect.objectContaining({ code: 'INDEXING.NO_CREDENTIALS', field: 'indexing.credentialsRef' }),
    ]);
    expect(missing?.reasons[0]?.message).toContain('secret:indexing-key-not-there');
  });
});
