import { applyPartners } from '../../../shared/pipeline/apply-partners';
import { hashApiKey } from '../../../shared/pipeline/feed-access';
import { describeChanges } from '../../../cli/commands/partners';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const FILE = {
  partners: [
    {
      id: 'indeed',
      name: 'Indeed',
      delivery: 'feed',
      format: 'indeed-xml',
      feed: { apiKeyRef: 'secret:indeed-key' },
      defaults: { publisher: 'Acme' },
    },
    {
      id: 'hook',
      name: 'Hook',
      delivery: 'webhook',
      format: 'webhook',
      webhook: { url: 'https://hooks.example/jobs', secretRef: 'secret:hook' },
    },
  ],
};

describe('jobrelay partners apply', () => {
  let harness: SyndicationHarness;
  beforeAll(async () => {
    harness = await startSyndicationHarness();
    harness.secrets.set('secret:indeed-key', 'k1');
  });
  afterAll(() => harness.stop());
  const apply = (content: unknown, options = { dryRun: false, prune: false }) =>
    applyPartners({ store: harness.store, secrets: harness.deps.secrets, now: () => new Date() }, content, options);

  it('lists every problem of an invalid file and writes nothing', async () => {
    const result = await apply({
      partners: [
        {
          id: 'Bad Id',
          name: '',
          delivery: 'webhook',
          format: 'webhook',
          webhook: { url: 'ftp://x', secretRef: 'whsec_inline-secret' },
        },
      ],
    });
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.problems.map((p) => p.path) : [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'partners.0.id',
        'partners.0.name',
        'partners.0.webhook.url',
        'partners.0.webhook.secretRef',
      ]),
    );
    expect(await harness.store.listPartners()).toEqual([]);
  });

  it('a dry run shows the diff without writing; apply writes, stores the feed key hashed, and warns of missing secrets', async () => {
    const dry = await apply(FILE, { dryRun: true, prune: false });
    expect(dry.ok && dry.changes.map((c) => [c.id, c.change])).toEqual([
      ['indeed', 'create'],
      ['hook', 'create'],
    ]);
    expect(await harness.store.listPartners()).toEqual([]);
    const applied = await apply(FILE);
    expect(applied.ok && applied.written).toBe(true);
    expect(applied.ok && applied.warnings).toEqual([expect.stringContaining('secret:hook was not found')]);
    expect((await harness.store.getPartner('indeed'))?.health.feedKeyHash).toBe(hashApiKey('k1'));
    expect(JSON.stringify(await harness.store.listPartners())).not.toContain('"k1"');
  });

  it('applying the same file again changes nothing; a change names the fields; --prune deletes what the file drops', async () => {
    const again = await apply(FILE);
    expect(again.ok && again.changes.map((c) => c.change)).toEqual(['unchanged', 'unchanged']);
    const changed = { partners: [{ ...FILE.partners[0], defaults: { publisher: 'Acme Careers' } }] };
    const result = await apply(changed, { dryRun: false, prune: true });
    expect(result.ok && result.changes).toEqual([
      expect.objectContaining({ id: 'indeed', change: 'update', fields: ['defaults'] }),
      { id: 'hook', change: 'delete' },
    ]);
    expect(result.ok && describeChanges(result.changes)).toBe('~ indeed: change defaults\n- hook: delete\n');
    expect(await harness.store.getPartner('hook')).toBeNull();
  });

  it('a webhook endpoint disabled by a 410 is enabled again when its URL changes', async () => {
    harness.secrets.set('secret:hook', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    await apply(FILE);
    const partner = await harness.store.getPartner('hook');
    await harness.store.updatePartnerHealth('hook', {
      ...partner!.health,
      endpointDisabledAt: new Date().toISOString(),
      endpointDisabledReason: 'answered 410 Gone',
    });
    const moved = {
      partners: [
        FILE.partners[0],
        { ...FILE.partners[1], webhook: { url: 'https://hooks.example/v2/jobs', secretRef: 'secret:hook' } },
      ],
    };
    const result = await apply(moved);
    expect(result.ok && result.warnings).toEqual([expect.stringContaining('enabled again')]);
    expect((await harness.store.getPartner('hook'))?.health.endpointDisabledAt).toBeNull();
  });
});
