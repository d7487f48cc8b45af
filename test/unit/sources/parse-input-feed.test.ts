import { normalizeCommand } from '../../../cli/commands/normalize';
import { API_SOURCE_ID, planSubmissions } from '../../../functions/lib/submissions';
import { PostingSubmission } from '../../../shared/schema/http';
import { runCli } from '../../../cli/program';
import { JobPosting } from '../../../shared/schema/posting';
import { detectKind } from '../../../shared/sources/detect';
import { parseInput } from '../../../shared/sources/parse-input';
import { fakeIo } from '../cli/fake-io';

/** An Indeed-style feed as other boards publish it (`<source>` per Indeed, `<jobs>` per Adzuna/ZipRecruiter). */
const feed = (root: string, prolog = '<?xml version="1.0" encoding="utf-8"?>\n') => `${prolog}<${root}>
  <publisher>Other Board</publisher>
  <job>
    <title><![CDATA[Backend Engineer]]></title>
    <referencenumber><![CDATA[job-1]]></referencenumber>
    <url><![CDATA[https://other.example/jobs/1]]></url>
    <company><![CDATA[Acme]]></company>
    <city>Austin</city><state>TX</state><country>US</country>
    <description><![CDATA[<p>Build APIs and services for our customers in Texas.</p>]]></description>
  </job>
  <job>
    <title><![CDATA[Nurse]]></title>
    <referencenumber><![CDATA[job-2]]></referencenumber>
    <url><![CDATA[https://other.example/jobs/2]]></url>
    <company><![CDATA[Clinic]]></company>
    <description><![CDATA[<p>Care for patients.</p>]]></description>
  </job>
</${root}>`;

describe('an Indeed-style XML feed handed in as a document', () => {
  it.each([
    ['an Indeed <source> feed with an XML declaration', feed('source')],
    ['an Indeed <source> feed without an XML declaration', feed('source', '')],
    ['a <jobs> feed (Adzuna, ZipRecruiter)', feed('jobs')],
    [
      'a feed behind a comment and a byte-order mark',
      `\uFEFF${feed('source', '<?xml version="1.0"?>\n<!-- generated -->\n')}`,
    ],
  ])('%s is detected as a feed and parsed into one raw posting per job', (_name, xml) => {
    expect(detectKind(xml).kind).toBe('feed');
    const postings = parseInput(xml);
    expect(postings.map((p) => [p.kind, p.externalId, p.title, p.companyName])).toEqual([
      ['feed', 'job-1', 'Backend Engineer', 'Acme'],
      ['feed', 'job-2', 'Nurse', 'Clinic'],
    ]);
  });

  it('parses as a feed when the kind is forced', () => {
    expect(parseInput(feed('source'), { kind: 'feed' })).toHaveLength(2);
  });

  it('a forced feed kind on something else is an unknown shape, not an empty list', () => {
    expect(() => parseInput('<html><body><p>hello</p></body></html>', { kind: 'feed' })).toThrow(
      expect.objectContaining({ code: 'INPUT.UNKNOWN_SHAPE' }),
    );
  });

  it('an XML document of another kind is still an unknown shape', () => {
    expect(() =>
      detectKind('<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>'),
    ).toThrow(expect.objectContaining({ code: 'INPUT.UNKNOWN_SHAPE' }));
  });

  it('jobrelay normalize turns a feed file into valid postings', async () => {
    const io = fakeIo({ 'feed.xml': Buffer.from(feed('source')) });
    const code = await runCli([normalizeCommand], ['normalize', 'feed.xml'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const postings = JSON.parse(io.out()) as JobPosting[];
    expect(postings.map((p) => p.title)).toEqual(['Backend Engineer', 'Nurse']);
    for (const posting of postings) expect(JobPosting.safeParse(posting).success).toBe(true);
  });

  it('the ingest API (POST /postings) reads a feed document, detected, into one raw posting per job', () => {
    const plan = planSubmissions([PostingSubmission.parse({ type: 'document', content: feed('source') })]);
    expect(plan.rejections).toEqual([]);
    expect(plan.groups.get(API_SOURCE_ID)?.map((p) => p.title)).toEqual(['Backend Engineer', 'Nurse']);
  });
});
