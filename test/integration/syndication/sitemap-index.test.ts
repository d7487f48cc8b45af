import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { collectText } from '../../../shared/boards/feed-stream';
import { handleSitemapRequest } from '../../../shared/pipeline/job-pages';
import type { PostingRecord } from '../../../shared/schema/stored-posting';
import { makePosting } from '../../unit/boards/posting-fixture';
import { type SyndicationHarness, startSyndicationHarness } from './syndication-harness';

const BASE = 'https://jobs.acme.example';
const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

/** A posting of its own (title, id and description), so dedup links none of them. */
function job(n: number): PostingRecord {
  const title = `Role number ${n} ${'abcdefghijklmnopqrstuvwxyz'[n % 26]}`;
  const text = `${title}: team ${n}. You will work on problem set ${n} with colleagues ${n * 7}. `.repeat(3);
  return makePosting({
    title,
    source: { ...makePosting().source, externalId: `ext-${n}` },
    description: { html: `<p>${text}</p>`, text },
  });
}

describe('the sitemap past its limits', () => {
  let harness: SyndicationHarness;
  let open: string[];

  beforeAll(async () => {
    harness = await startSyndicationHarness();
    const postings = await harness.ingestPostings(Array.from({ length: 12 }, (_, i) => job(i)));
    await harness.close([postings[4]!.id]);
    open = postings.filter((_, i) => i !== 4).map((p) => `${BASE}/jobs/${p.id}`);
  });
  afterAll(() => harness.stop());

  const sitemap = async (limits: { maxUrls?: number; maxBytes?: number }, page?: string) => {
    const response = await handleSitemapRequest(
      { store: harness.store, publicBaseUrl: BASE, sitemapLimits: limits },
      {
        page: page ?? null,
      },
    );
    const body = typeof response.body === 'string' ? response.body : await collectText(response.body);
    return { status: response.status, body };
  };

  /** The child sitemaps an index names, each read and checked against the limits. */
  async function readIndex(limits: { maxUrls?: number; maxBytes?: number }) {
    const index = await sitemap(limits);
    expect(index.status).toBe(200);
    expect(XMLValidator.validate(index.body)).toBe(true);
    const children = (xml.parse(index.body) as { sitemapindex: { sitemap: { loc: string; lastmod: string }[] } })
      .sitemapindex.sitemap;
    const urls: string[] = [];
    for (const child of children) {
      const url = new URL(child.loc);
      expect(`${url.origin}${url.pathname}`).toBe(`${BASE}/sitemap.xml`);
      const part = await sitemap(limits, url.searchParams.get('page')!);
      expect(part.status).toBe(200);
      expect(XMLValidator.validate(part.body)).toBe(true);
      if (limits.maxBytes) expect(Buffer.byteLength(part.body)).toBeLessThanOrEqual(limits.maxBytes);
      const locs = (xml.parse(part.body) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);
      expect(locs.length).toBeGreaterThan(0);
      if (limits.maxUrls) expect(locs.length).toBeLessThanOrEqual(limits.maxUrls);
      urls.push(...locs);
    }
    return { children, urls };
  }

  it('is a single sitemap while every open job page fits', async () => {
    const { body } = await sitemap({ maxUrls: 11 });
    const locs = (xml.parse(body) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);
    expect(locs.sort()).toEqual([...open].sort());
  });

  it('past the URL limit it is a sitemap index whose children list every open job page exactly once', async () => {
    const { children, urls } = await readIndex({ maxUrls: 5 });
    expect(children).toHaveLength(3);
    expect(urls).toHaveLength(open.length);
    expect([...urls].sort()).toEqual([...open].sort());
  });

  it('past the byte limit it splits too, each child within the bytes', async () => {
    const whole = Buffer.byteLength((await sitemap({})).body);
    const { children, urls } = await readIndex({ maxBytes: Math.floor(whole / 4) });
    expect(children.length).toBeGreaterThanOrEqual(4);
    expect([...urls].sort()).toEqual([...open].sort());
  });

  it('a page token no index gave out is not found', async () => {
    expect((await sitemap({}, 'not-a-token')).status).toBe(404);
    const forged = Buffer.from(JSON.stringify({ c: '%%%not-a-store-cursor', a: null, z: 'zzz' })).toString('base64url');
    expect((await sitemap({}, forged)).status).toBe(404);
  });
});
