import { postingId } from '../../../shared/ids';
import {
  normalizePosting,
  normalizePostingTraced,
  type NormalizeContext,
} from '../../../shared/normalize/normalize-posting';
import { JobPosting } from '../../../shared/schema/posting';
import { RawPosting, type RawPostingInput } from '../../../shared/schema/raw-posting';
import { parseInput } from '../../../shared/sources/parse-input';
import { readdirSync } from 'node:fs';
import { INPUTS_DIR, inputFixture } from '../../support/input-fixtures';

const now = new Date('2026-11-20T12:00:00Z');
const context: NormalizeContext = { sourceId: 'test-source', now };
const raw = (input: Partial<RawPostingInput>): RawPosting => RawPosting.parse({ kind: 'html', ...input });
const normalize = (input: Partial<RawPostingInput>, extra: Partial<NormalizeContext> = {}) =>
  JobPosting.parse(normalizePosting(raw(input), { ...context, ...extra }));

describe('normalizePosting: identity', () => {
  test.each<[string, Partial<RawPostingInput>, Partial<NormalizeContext>, string]>([
    ['the ATS id', { externalId: '4012345006', url: 'https://x.example/jobs/1' }, {}, '4012345006'],
    ['the posting URL when there is no id', { url: 'https://x.example/jobs/1' }, {}, 'https://x.example/jobs/1'],
    ['--url when the input has no URL', {}, { url: 'https://x.example/jobs/2' }, 'https://x.example/jobs/2'],
  ])('externalId is %s', (_name, input, extra, externalId) => {
    const posting = normalize({ title: 'Cook', ...input }, extra);
    expect(posting.source.externalId).toBe(externalId);
    expect(posting.id).toBe(postingId('test-source', externalId));
  });

  test('without id or URL the external id is a hash of title and company, the same on every run', () => {
    const first = normalize({ title: 'Cook', companyName: 'Harbour Kitchen' });
    const second = normalize({ title: 'Cook', companyName: 'Harbour Kitchen' });
    const other = normalize({ title: 'Cook', companyName: 'Olive Grove' });
    expect(first.source.externalId).toMatch(/^h-[0-9a-f]{32}$/);
    expect(second.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  test('the posting id is URL-safe and derived from source id + external id', () => {
    const posting = normalize({ externalId: 'a/b c?d', title: 'x' });
    expect(posting.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    expect(posting.source).toEqual({ id: 'test-source', kind: 'html', externalId: 'a/b c?d', url: null });
  });
});

describe('normalizePosting: context and fallbacks', () => {
  test('--title and --company win over the input; --url does not replace the posting URL', () => {
    const posting = normalize(
      { title: 'Old', companyName: 'Old Co', url: 'https://x.example/jobs/1' },
      { title: 'New Title', companyName: 'New Co', url: 'https://x.example/board' },
    );
    expect(posting).toMatchObject({
      title: 'New Title',
      company: { name: 'New Co' },
      source: { url: 'https://x.example/jobs/1' },
    });
  });

  test('the company comes from a "company" header field when the input has no company', () => {
    expect(normalize({ title: 'x', fields: { company: ['Tidewater Labs'] } }).company.name).toBe('Tidewater Labs');
  });

  test('the department comes from the source, else from a header field', () => {
    expect(normalize({ title: 'x', department: 'Design', fields: { department: ['Other'] } }).department).toBe(
      'Design',
    );
    expect(normalize({ title: 'x', fields: { team: ['Platform'] } }).department).toBe('Platform');
  });

  test('the apply URL is the apply link resolved against the posting URL, else the posting URL', () => {
    expect(normalize({ url: 'https://x.example/jobs/1', applyUrl: '/jobs/1/apply' }).applyUrl).toBe(
      'https://x.example/jobs/1/apply',
    );
    expect(normalize({ url: 'https://x.example/jobs/1' }).applyUrl).toBe('https://x.example/jobs/1');
    expect(normalize({ url: 'https://x.example/jobs/1', applyUrl: 'javascript:alert(1)' }).applyUrl).toBe(
      'https://x.example/jobs/1',
    );
    expect(normalize({ applyUrl: 'mailto:jobs@x.example' }).applyUrl).toBe('mailto:jobs@x.example');
    expect(normalize({}).applyUrl).toBeNull();
  });

  test('dates are ISO 8601: epoch ms, Recruitee format and header fields', () => {
    expect(normalize({ datePosted: 1763370000000 }).datePosted).toBe('2025-11-17T09:00:00Z');
    expect(normalize({ datePosted: '2026-07-30 19:46:15 UTC', validThrough: '2027-01-14' })).toMatchObject({
      datePosted: '2026-07-30T19:46:15Z',
      validThrough: '2027-01-14',
    });
    expect(normalize({ fields: { posted: ['30.10.2026'], deadline: ['2026-12-01'] } })).toMatchObject({
      datePosted: '2026-10-30',
      validThrough: '2026-12-01',
    });
    expect(normalize({ datePosted: 'soon' }).datePosted).toBeNull();
  });

  test('a new posting is open', () => {
    expect(normalize({ title: 'x', validThrough: '2020-01-01' }).status).toBe('open');
  });
});

describe('normalizePosting: description', () => {
  test('pre-split sections are part of the description, each under its heading', () => {
    const posting = normalize({
      html: '<p>Intro</p>',
      sections: [{ heading: 'Your tasks', html: '<ul><li>Bake bread</li></ul>' }],
    });
    expect(posting.description.text).toMatch(/Intro[\s\S]*Your tasks[\s\S]*Bake bread/);
  });

  test('Markdown is rendered, and raw HTML inside it is escaped rather than run', () => {
    const posting = normalize({ markdown: '# Cook\n\n- Prepare sauces\n\n<script>alert(1)</script>' });
    expect(posting.description.text).toContain('Prepare sauces');
    expect(posting.description.html).not.toMatch(/<script/i);
  });

  test('plain text keeps its words', () => {
    expect(normalize({ text: 'Sort and pack orders.\nMorning shifts.' }).description.text).toMatch(
      /Sort and pack orders\.[\s\S]*Morning shifts\./,
    );
  });

  test('a posting with no body has an empty description, not an error', () => {
    expect(normalize({ title: 'x' }).description).toEqual({ html: '', text: '' });
  });
});

describe('normalizePosting: contentHash and determinism', () => {
  test('the same input gives the same posting and hash', () => {
    const input = { externalId: '1', title: 'Cook', html: '<p>Cook for 200 guests.</p>' };
    expect(normalize(input)).toEqual(normalize(input));
  });

  test('the hash ignores quality and the clock but follows the content', () => {
    const input = { externalId: '1', title: 'Cook', html: '<p>Cook.</p>', validThrough: '2026-12-01' };
    const before = normalize(input, { now: new Date('2026-11-01T00:00:00Z') });
    const after = normalize(input, { now: new Date('2027-01-01T00:00:00Z') });
    expect(after.quality.warnings).toContain('expired');
    expect(before.quality.warnings).not.toContain('expired');
    expect(after.contentHash).toBe(before.contentHash);
    expect(normalize({ ...input, title: 'Chef' }).contentHash).not.toBe(before.contentHash);
  });
});

describe('normalizePosting: every input kind', () => {
  test.each([
    ['greenhouse-board.json', 3],
    ['lever-postings.json', 3],
    ['ashby-board.json', 2],
    ['smartrecruiters-list.json', 2],
    ['smartrecruiters-detail.json', 1],
    ['recruitee-offers.json', 2],
    ['personio-positions.xml', 2],
    ['jsonld-graph.html', 1],
    ['jsonld-remote.html', 1],
    ['posting-plain.html', 1],
    ['posting.md', 1],
    ['posting.txt', 1],
  ])('%s normalises to %i valid postings with distinct ids', (fixture, count) => {
    const postings = parseInput(inputFixture(fixture)).map((r) => normalizePosting(r, context));
    expect(postings).toHaveLength(count);
    for (const posting of postings) expect(JobPosting.safeParse(posting).success).toBe(true);
    expect(new Set(postings.map((p) => p.id)).size).toBe(count);
  });

  test('structured ATS values reach the posting: Ashby pay, dates and apply link', () => {
    const [posting] = parseInput(inputFixture('ashby-board.json')).map((r) => normalizePosting(r, context));
    expect(posting).toMatchObject({
      source: { kind: 'ashby', externalId: '5b0c6f0e-aaaa-4bbb-8ccc-000000000001' },
      datePosted: '2026-09-30T15:00:00Z',
      applyUrl: 'https://jobs.ashbyhq.com/sakura/5b0c6f0e-aaaa-4bbb-8ccc-000000000001/application',
      department: '研究開発',
    });
  });
});

describe('normalizePosting: explanation', () => {
  test('every field of the posting has an origin', () => {
    const [input] = parseInput(inputFixture('greenhouse-board.json'));
    const { posting, trace } = normalizePostingTraced(input as RawPosting, context);
    expect(Object.keys(trace).sort()).toEqual(Object.keys(posting).sort());
    expect(trace.datePosted).toContain('first_published');
    expect(trace.salary).toContain('pay_input_ranges');
  });

  // normalizePosting builds no origin strings: the posting must not depend on whether they are built
  test.each(readableFixtures())('%s gives the same postings traced and untraced', (name) => {
    const raws = parseInput(inputFixture(name));
    expect(raws.length).toBeGreaterThan(0);
    expect(raws.map((r) => normalizePosting(r, context))).toEqual(
      raws.map((r) => normalizePostingTraced(r, context).posting),
    );
  });
});

/** The input fixtures parseInput reads (the others are bad inputs it rejects). */
function readableFixtures(): string[] {
  return readdirSync(INPUTS_DIR)
    .sort()
    .filter((name) => {
      try {
        return parseInput(inputFixture(name)).length > 0;
      } catch {
        return false;
      }
    });
}
