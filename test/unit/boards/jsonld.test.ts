import { GOOGLE_REQUIRED, jsonLdScriptText, toJobPostingJsonLd, validateGoogle } from '../../../shared/boards/jsonld';
import { makePosting } from './posting-fixture';

const context = { defaults: { logo: 'https://acme.example/logo.png' }, publicBaseUrl: 'https://jobs.acme.example' };

describe('schema.org JobPosting JSON-LD', () => {
  it('holds every property Google for Jobs requires, and the recommended ones the posting has', () => {
    const ld = toJobPostingJsonLd(makePosting(), context);
    for (const property of GOOGLE_REQUIRED) expect(ld[property]).toBeTruthy();
    expect(ld).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      datePosted: '2026-03-02T09:00:00Z',
      validThrough: '2036-04-30T23:59:59Z',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Acme',
        sameAs: 'https://acme.example',
        logo: 'https://acme.example/logo.png',
      },
      jobLocation: [
        {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            addressLocality: 'Berlin',
            addressRegion: 'Berlin',
            addressCountry: 'DE',
          },
        },
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 70000, maxValue: 90000, unitText: 'YEAR' },
      },
      identifier: { '@type': 'PropertyValue', name: 'Acme', value: '4012345' },
      directApply: false,
      url: 'https://jobs.acme.example/jobs/a1b2c3d4e5f6a7b8c9d0e1f2',
    });
    expect(ld['jobLocationType']).toBeUndefined();
  });

  it('marks a fully remote job TELECOMMUTE with the countries it hires in, and no jobLocation', () => {
    const ld = toJobPostingJsonLd(
      makePosting({
        locations: [
          { city: null, region: null, country: 'CA', workplace: 'remote', text: 'Remote, Canada' },
          { city: null, region: null, country: 'US', workplace: 'remote', text: 'Remote, US' },
        ],
      }),
      context,
    );
    expect(ld['jobLocationType']).toBe('TELECOMMUTE');
    expect(ld['applicantLocationRequirements']).toEqual([
      { '@type': 'Country', name: 'CA' },
      { '@type': 'Country', name: 'US' },
    ]);
    expect(ld['jobLocation']).toBeUndefined();
  });

  it('keeps jobLocation and leaves out TELECOMMUTE when only some locations are remote', () => {
    const ld = toJobPostingJsonLd(
      makePosting({
        locations: [
          { city: 'Hanoi', region: null, country: 'VN', workplace: 'hybrid', text: 'Hanoi' },
          { city: null, region: null, country: 'VN', workplace: 'remote', text: 'Remote VN' },
        ],
      }),
      context,
    );
    expect(ld['jobLocationType']).toBeUndefined();
    expect(ld['jobLocation']).toHaveLength(1);
    expect(ld['applicantLocationRequirements']).toEqual([{ '@type': 'Country', name: 'VN' }]);
  });

  it.each([
    [
      'a single amount',
      { min: 5000, max: 5000, currency: 'USD', period: 'MONTH' as const, text: '$5000' },
      { value: 5000, unitText: 'MONTH' },
    ],
    [
      '"up to" an amount',
      { min: null, max: 6000000, currency: 'JPY', period: 'YEAR' as const, text: '〜600万円' },
      { maxValue: 6000000, unitText: 'YEAR' },
    ],
  ])('writes baseSalary for %s', (_name, salary, value) => {
    const ld = toJobPostingJsonLd(makePosting({ salary }), context);
    expect((ld['baseSalary'] as { value: unknown }).value).toEqual({ '@type': 'QuantitativeValue', ...value });
  });

  it('script text cannot close the script element, and parses back to the same object', () => {
    const ld = toJobPostingJsonLd(makePosting({ title: '</script><script>alert(1)</script>' }), context);
    const text = jsonLdScriptText(ld);
    expect(text).not.toContain('</');
    expect(JSON.parse(text)).toEqual(ld);
  });
});

describe('Google for Jobs validation', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it.each([
    ['a complete posting', makePosting(), []],
    ['no title', makePosting({ title: '' }), ['GOOGLE.MISSING_TITLE']],
    ['a title in capitals', makePosting({ title: 'SENIOR BACKEND ENGINEER' }), ['GOOGLE.TITLE_ALL_CAPS']],
    ['no description', makePosting({ description: { html: '', text: '' } }), ['GOOGLE.MISSING_DESCRIPTION']],
    [
      'a description that repeats the title',
      makePosting({ description: { html: '<p>Senior Backend Engineer</p>', text: 'Senior Backend Engineer' } }),
      ['GOOGLE.DESCRIPTION_IS_TITLE'],
    ],
    ['no organisation', makePosting({ company: { name: null, url: null } }), ['GOOGLE.MISSING_HIRING_ORGANIZATION']],
    ['no location', makePosting({ locations: [] }), ['GOOGLE.MISSING_LOCATION']],
    [
      'remote anywhere, no country',
      makePosting({ locations: [{ city: null, region: null, country: null, workplace: 'remote', text: 'Remote' }] }),
      ['GOOGLE.REMOTE_WITHOUT_COUNTRY'],
    ],
    ['expired', makePosting({ validThrough: '2026-05-01T00:00:00Z' }), ['GOOGLE.EXPIRED']],
    [
      'no date posted nor first-seen date',
      makePosting({ datePosted: null, firstSeenAt: undefined as unknown as string }),
      ['GOOGLE.MISSING_DATE_POSTED'],
    ],
  ])('%s', (_name, posting, codes) => {
    expect(validateGoogle(posting, { defaults: {}, now }).map((r) => r.code)).toEqual(codes);
  });
});
