import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { collectText } from '../../../shared/boards/feed-stream';
import { validateLinkedIn, writeLinkedInFeed } from '../../../shared/boards/linkedin-xml';
import { HOSTILE_TEXT, ONLY_XML_CHARS, makePosting } from './posting-fixture';

const defaults = { companyId: '1337', posterEmail: 'hr@acme.example' };
const parser = new XMLParser({
  isArray: (name) => ['job', 'skill', 'alternateLocation'].includes(name),
  parseTagValue: false,
});

async function render(postings: ReturnType<typeof makePosting>[]) {
  const xml = await collectText(
    writeLinkedInFeed(
      postings,
      { defaults },
      { lastBuildDate: new Date('2026-03-03T00:00:00Z'), expectedJobCount: postings.length },
    ),
  );
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(ONLY_XML_CHARS.test(xml)).toBe(true);
  return {
    xml,
    source: (parser.parse(xml) as { source: Record<string, unknown> & { job?: Record<string, unknown>[] } }).source,
  };
}

describe('LinkedIn job XML feed', () => {
  it('an empty set is a well-formed feed with lastBuildDate, publisher and expectedJobCount 0', async () => {
    const { source } = await render([]);
    expect(source).toMatchObject({
      lastBuildDate: 'Tue, 03 Mar 2026 00:00:00 GMT',
      publisher: 'Jobrelay',
      expectedJobCount: '0',
    });
    expect(source.job).toBeUndefined();
  });

  it('writes the documented elements in CDATA', async () => {
    const { xml, source } = await render([makePosting()]);
    const job = source.job?.[0];
    expect(job).toMatchObject({
      partnerJobId: 'a1b2c3d4e5f6a7b8c9d0e1f2',
      company: 'Acme',
      title: 'Senior Backend Engineer',
      applyUrl: 'https://acme.example/jobs/4012345/apply',
      companyId: '1337',
      posterEmail: 'hr@acme.example',
      location: 'Berlin, Berlin, DE',
      workplaceTypes: 'Hybrid',
      jobtype: 'FULL_TIME',
      experienceLevel: 'MID_SENIOR_LEVEL',
      skills: { skill: ['Node.js', 'PostgreSQL'] },
    });
    for (const name of ['partnerJobId', 'company', 'title', 'description', 'applyUrl'])
      expect(xml).toContain(`<${name}><![CDATA[`);
  });

  it('hostile text keeps the feed valid', async () => {
    const { source } = await render([
      makePosting({ description: { html: `<p>${HOSTILE_TEXT}</p>`, text: HOSTILE_TEXT } }),
    ]);
    expect(String(source.job?.[0]?.['description'])).toContain('🚀');
  });
});

describe('LinkedIn validation', () => {
  it.each([
    ['a complete posting', makePosting(), defaults, []],
    [
      'a description under 100 characters',
      makePosting({ description: { html: '<p>Short.</p>', text: 'Short.' } }),
      defaults,
      ['LINKEDIN.DESCRIPTION_TOO_SHORT'],
    ],
    [
      'an http apply URL',
      makePosting({ applyUrl: 'http://acme.example/apply' }),
      defaults,
      ['LINKEDIN.APPLY_URL_NOT_HTTPS'],
    ],
    [
      'no apply URL at all',
      makePosting({ applyUrl: null, source: { ...makePosting().source, url: null } }),
      defaults,
      ['LINKEDIN.MISSING_APPLY_URL'],
    ],
    [
      'a title naming the company',
      makePosting({ title: 'Acme Backend Engineer' }),
      defaults,
      ['LINKEDIN.TITLE_HAS_COMPANY'],
    ],
    [
      'a title naming a salary',
      makePosting({ title: 'Backend Engineer – €80k' }),
      defaults,
      ['LINKEDIN.TITLE_HAS_SALARY'],
    ],
    [
      'a partner job id over 40 characters',
      makePosting({ id: 'x'.repeat(41) }),
      defaults,
      ['LINKEDIN.PARTNER_JOB_ID_TOO_LONG'],
    ],
    [
      'no company id or poster email on the partner',
      makePosting(),
      {},
      ['LINKEDIN.MISSING_COMPANY_ID', 'LINKEDIN.MISSING_POSTER_EMAIL'],
    ],
  ])('%s', (_name, posting, partnerDefaults, codes) => {
    expect(validateLinkedIn(posting, { defaults: partnerDefaults }).map((r) => r.code)).toEqual(codes);
  });

  it('says in plain words what is wrong with the apply URL', () => {
    const [missing] = validateLinkedIn(
      makePosting({ applyUrl: null, source: { ...makePosting().source, url: null } }),
      { defaults },
    );
    expect(missing).toEqual({
      code: 'LINKEDIN.MISSING_APPLY_URL',
      field: 'applyUrl',
      message: 'LinkedIn requires an https apply URL; this posting has none',
    });
  });

  it('does not mistake a word containing a short company name for the name', () => {
    const posting = makePosting({ title: 'Xylophone Engineer', company: { name: 'X', url: null } });
    expect(validateLinkedIn(posting, { defaults }).map((r) => r.code)).toEqual([]);
  });
});
