import type { PostingRecord } from '../../../shared/schema/stored-posting';

const DESCRIPTION_TEXT =
  'We build the rails that move job postings between employers and boards. You will own the syndication service, ' +
  'design its delivery guarantees and mentor two engineers.';

/** A complete, valid stored posting; tests override what they are about. */
export function makePosting(overrides: Partial<PostingRecord> = {}): PostingRecord {
  return {
    id: 'a1b2c3d4e5f6a7b8c9d0e1f2',
    source: {
      id: 'acme-greenhouse',
      kind: 'greenhouse',
      externalId: '4012345',
      url: 'https://boards.greenhouse.io/acme/jobs/4012345',
    },
    title: 'Senior Backend Engineer',
    seniority: 'senior',
    company: { name: 'Acme', url: 'https://acme.example' },
    department: 'Engineering',
    employmentTypes: ['FULL_TIME'],
    locations: [{ city: 'Berlin', region: 'Berlin', country: 'DE', workplace: 'hybrid', text: 'Berlin (hybrid)' }],
    salary: { min: 70000, max: 90000, currency: 'EUR', period: 'YEAR', text: '€70k–90k' },
    description: {
      html: `<p>${DESCRIPTION_TEXT}</p><ul><li>Node.js</li><li>PostgreSQL</li></ul>`,
      text: `${DESCRIPTION_TEXT}\n\n• Node.js\n• PostgreSQL`,
    },
    responsibilities: ['Own the syndication service'],
    requirements: { must: ['Node.js'], nice: ['Go'] },
    benefits: ['30 days of paid leave'],
    skills: ['Node.js', 'PostgreSQL'],
    languages: [{ code: 'en', required: true, level: 'fluent' }],
    terms: { probationMonths: 6, paidLeaveDays: 30 },
    applyUrl: 'https://acme.example/jobs/4012345/apply',
    datePosted: '2026-03-02T09:00:00Z',
    validThrough: '2036-04-30T23:59:59Z',
    status: 'open',
    contentHash: 'h1',
    quality: { score: 95, warnings: [] },
    version: 1,
    firstSeenAt: '2026-03-02T10:00:00.000Z',
    lastChangedAt: '2026-03-02T10:00:00.000Z',
    closedAt: null,
    closedReason: null,
    dedupKey: 'acme|senior backend engineer|berlin',
    fingerprint: '0123456789abcdef',
    dedupTerms: [],
    duplicateOf: null,
    tags: [],
    expiresAt: '2036-04-30T23:59:59.000Z',
    ...overrides,
  };
}

/** Text an attacker or a broken ATS might send: CDATA terminators, markup, controls, lone surrogates, emoji. */
export const HOSTILE_TEXT =
  'Fix ]]> now <b>&amp;</b> \u0000\u0001\u0008\u000b\u001f\uFFFE tab\there \uD800 lone \uDC00 and 🚀 ok 👩🏽‍💻 ]]]]>';

/** What survives cleaning: the same text without the characters XML 1.0 forbids. */
export const HOSTILE_TEXT_CLEANED = 'Fix ]]> now <b>&amp;</b>  tab\there  lone  and 🚀 ok 👩🏽‍💻 ]]]]>';

/** Every character XML 1.0 allows (https://www.w3.org/TR/xml/#charsets). */
export const ONLY_XML_CHARS = /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
