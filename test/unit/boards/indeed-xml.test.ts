import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { collectText } from '../../../shared/boards/feed-stream';
import { INDEED_REQUIRED, validateIndeed, writeIndeedFeed } from '../../../shared/boards/indeed-xml';
import { HOSTILE_TEXT, HOSTILE_TEXT_CLEANED, ONLY_XML_CHARS, makePosting } from './posting-fixture';

const context = { defaults: { publisher: 'Acme Careers' }, publicBaseUrl: 'https://jobs.acme.example' };
const buildDate = new Date('2026-03-03T00:00:00Z');
const parser = new XMLParser({ isArray: (name) => name === 'job', parseTagValue: false, trimValues: false });

async function render(postings: ReturnType<typeof makePosting>[]) {
  const xml = await collectText(writeIndeedFeed(postings, context, { lastBuildDate: buildDate }));
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(ONLY_XML_CHARS.test(xml)).toBe(true);
  const doc = parser.parse(xml) as {
    source: { publisher: string; lastBuildDate: string; job?: Record<string, string>[] };
  };
  return { xml, source: doc.source, jobs: doc.source.job ?? [] };
}

describe('Indeed XML feed', () => {
  it('an empty set is a well-formed <source> with publisher and lastBuildDate and no job', async () => {
    const { source, jobs } = await render([]);
    expect(source.publisher).toBe('Acme Careers');
    expect(source.lastBuildDate).toBe(buildDate.toUTCString());
    expect(jobs).toHaveLength(0);
  });

  it('writes every required element in CDATA for each job', async () => {
    const { xml, jobs } = await render([makePosting()]);
    expect(jobs).toHaveLength(1);
    for (const element of INDEED_REQUIRED) {
      expect(jobs[0]?.[element]).toBeTruthy();
      expect(xml).toContain(`<${element}><![CDATA[`);
    }
    expect(jobs[0]).toMatchObject({
      title: 'Senior Backend Engineer',
      city: 'Berlin',
      state: 'Berlin',
      country: 'DE',
      company: 'Acme',
      requisitionid: '4012345',
      jobtype: 'fulltime',
      remotetype: 'Hybrid remote',
      salary: 'EUR 70000–90000 per year',
    });
  });

  it('writes one job per location with distinct, stable reference numbers', async () => {
    const posting = makePosting({
      locations: [
        { city: 'Berlin', region: 'Berlin', country: 'DE', workplace: 'onsite', text: 'Berlin' },
        { city: 'Munich', region: 'Bavaria', country: 'DE', workplace: 'onsite', text: 'Munich' },
      ],
    });
    const first = await render([posting]);
    const again = await render([makePosting({ ...posting, title: 'Staff Backend Engineer', version: 2 })]);
    const refs = first.jobs.map((j) => j['referencenumber']);
    expect(new Set(refs).size).toBe(2);
    expect(again.jobs.map((j) => j['referencenumber'])).toEqual(refs);
    expect(first.jobs.map((j) => j['city'])).toEqual(['Berlin', 'Munich']);
  });

  it('hostile text ("]]>", control characters, lone surrogates, emoji) keeps the feed valid', async () => {
    const { jobs } = await render([
      makePosting({ title: HOSTILE_TEXT, description: { html: `<p>${HOSTILE_TEXT}</p>`, text: HOSTILE_TEXT } }),
    ]);
    expect(jobs[0]?.['title']).toBe(HOSTILE_TEXT_CLEANED);
    expect(jobs[0]?.['description']).toBe(`<p>${HOSTILE_TEXT_CLEANED}</p>`);
  });
});

describe('Indeed validation', () => {
  const remote = { city: null, region: null, country: 'CA', workplace: 'remote' as const, text: 'Remote, Canada' };
  it.each([
    ['a complete posting', makePosting(), {}, []],
    ['no title', makePosting({ title: '  ' }), {}, ['INDEED.MISSING_TITLE']],
    ['no company', makePosting({ company: { name: null, url: null } }), {}, ['INDEED.MISSING_COMPANY']],
    ['no company but a partner default', makePosting({ company: { name: null, url: null } }), { company: 'Acme' }, []],
    [
      'no location at all',
      makePosting({ locations: [] }),
      {},
      ['INDEED.MISSING_CITY', 'INDEED.MISSING_STATE', 'INDEED.MISSING_COUNTRY'],
    ],
    [
      'a remote location without a city',
      makePosting({ locations: [remote] }),
      {},
      ['INDEED.MISSING_CITY', 'INDEED.MISSING_STATE'],
    ],
    [
      'a remote location with partner defaults for city and state',
      makePosting({ locations: [remote] }),
      { city: 'Toronto', state: 'Ontario' },
      [],
    ],
    ['no description', makePosting({ description: { html: '', text: '' } }), {}, ['INDEED.MISSING_DESCRIPTION']],
    [
      'no URL of any kind',
      makePosting({ applyUrl: null, source: { ...makePosting().source, url: null } }),
      {},
      ['INDEED.MISSING_URL'],
    ],
    [
      'no date posted nor first-seen date',
      makePosting({ datePosted: null, firstSeenAt: undefined as unknown as string }),
      {},
      ['INDEED.MISSING_DATE'],
    ],
  ])('%s', (_name, posting, defaults, codes) => {
    const reasons = validateIndeed(posting, { defaults, publicBaseUrl: null });
    expect(reasons.map((r) => r.code)).toEqual(codes);
    for (const r of reasons) expect(r.message).toMatch(/^Indeed requires /);
  });

  it('names the location a missing city is about', () => {
    const posting = makePosting({
      locations: [{ city: null, region: null, country: 'CA', workplace: 'remote', text: 'Remote, Canada' }],
    });
    const [missingCity] = validateIndeed(posting, { defaults: {} });
    expect(missingCity).toMatchObject({ field: 'locations[0].city' });
    expect(missingCity?.message).toContain('"CA"');
  });
});
