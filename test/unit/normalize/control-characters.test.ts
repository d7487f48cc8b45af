import fc from 'fast-check';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { scrubControls, stripControls } from '../../../shared/normalize/text-repair';
import type { JobPosting } from '../../../shared/schema/posting';
import { RawPosting } from '../../../shared/schema/raw-posting';
import { parseInput } from '../../../shared/sources/parse-input';

/**
 * Control characters (an ESC in a JSON feed's title, a BEL in a structured city, "&#27;" decoded by the HTML
 * parser) never leave the normaliser, in any string field.
 */

const SEED = 20261126;
jest.setTimeout(120_000);
const context = { sourceId: 'controls', now: new Date('2026-11-26T00:00:00Z') };
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Every string of a posting that carries a control character, with its path. */
function controlStrings(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return FORBIDDEN.test(value) ? [`${path}=${JSON.stringify(value)}`] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => controlStrings(item, `${path}.${key}`));
}

describe('stripControls', () => {
  test.each([
    ['an ESC inside a title', 'Senior\u001b Engineer', false, 'Senior Engineer'],
    ['a terminal colour sequence', '\u001b[1;31mUrgent\u001b[0m Nurse', false, 'Urgent Nurse'],
    ['C1 controls', 'Caf\u0085e\u009b Barista\u0080', false, 'Caf e Barista'],
    ['a line break in a one-line field', 'Backend\nEngineer (m/w/d)', false, 'Backend Engineer (m/w/d)'],
    ['a tab in a company name', 'Acme\tGmbH', false, 'Acme GmbH'],
    ['a BEL in a Japanese city', '東京都\u0007港区', false, '東京都港区'],
    [
      'a description keeps its lines and tabs',
      'Tasks:\n\t- build\u0000 things\r\n',
      true,
      'Tasks:\n\t- build things\n',
    ],
    ['a description loses a form feed', 'Seite 1\u000cSeite 2', true, 'Seite 1Seite 2'],
  ])('%s', (_name, input, multiline, expected) => expect(stripControls(input, multiline)).toBe(expected));

  test('a string without control characters is returned as it is', () => {
    const text = 'Ingénieur·e logiciel — Lyon';
    expect(stripControls(text, false)).toBe(text);
  });
});

describe('scrubControls', () => {
  test('cleans nested strings and keeps unchanged objects as they are', () => {
    const clean = { city: 'Berlin', country: 'DE' };
    const content = {
      title: 'A\u001bB',
      locations: [clean, { city: 'Köln\u0007', country: 'DE' }],
      description: { text: 'a\n\u0001b', html: '<p>x\u001f</p>' },
    };
    const scrubbed = scrubControls(content);
    expect(scrubbed).toEqual({
      title: 'AB',
      locations: [clean, { city: 'Köln', country: 'DE' }],
      description: { text: 'a\nb', html: '<p>x</p>' },
    });
    expect(scrubbed.locations[0]).toBe(clean);
  });
});

/** Text with control characters mixed in: the characters a feed may carry between ordinary words. */
const control = fc.constantFrom(
  ...'\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0080\u0085\u009b\u009f\t\n\r'.split(''),
  '\u001b[31m',
  '\u001b[0m',
);
const word = fc.constantFrom(
  'Senior',
  'Engineer',
  'Berlin',
  '東京都',
  'Köln',
  '€60k',
  '50.000',
  'GmbH',
  ' ',
  '<b>',
  '&amp;',
);
const dirty = fc
  .array(fc.oneof(control, word, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join(''));

function normalizeRaw(input: Record<string, unknown>): JobPosting {
  return normalizePosting(RawPosting.parse(input), context);
}

describe('no output string carries a control character', () => {
  test('whatever field of a raw posting held them', () => {
    fc.assert(
      fc.property(fc.array(dirty, { minLength: 12, maxLength: 12 }), (s) => {
        const posting = normalizeRaw({
          kind: 'greenhouse',
          externalId: `id${s[0]}`,
          url: 'https://jobs.example/1',
          title: s[1],
          companyName: s[2],
          department: s[3],
          html: `<p>${s[4]}</p><h2>Requirements</h2><ul><li>${s[5]}</li></ul><h2>Benefits</h2><ul><li>${s[6]}</li></ul>`,
          sections: [{ heading: `Perks ${s[7]}`, html: `<ul><li>${s[7]}</li></ul>` }],
          fields: { location: [`Berlin ${s[8]}`], salary: [`€60k${s[9]}`], team: [s[10] ?? ''] },
          locations: [{ text: `Munich ${s[11]}`, city: `Munich${s[11]}`, region: s[10], country: 'DE' }],
          employmentTypes: [`Full-time${s[9]}`],
          salary: { min: 50_000, max: 60_000, currency: 'EUR', period: 'YEAR', text: `€50k–60k${s[11]}` },
          tags: [`Python${s[2]}`],
          seniority: s[3],
        });
        expect(controlStrings(posting)).toEqual([]);
        expect(posting.title).not.toMatch(/\n/);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  test.each([
    ['markdown', (s: string) => `# Backend${s}Engineer\n\nLocation: Berlin${s}\n\n## Requirements\n- Go${s}\n`],
    ['text', (s: string) => `Backend ${s} Engineer\nSalary: €60k${s}\n\nRequirements:\n- SQL ${s}\n`],
    [
      'greenhouse',
      (s: string) =>
        JSON.stringify({
          jobs: [
            {
              id: 1,
              absolute_url: 'https://x.example/1',
              title: `Nurse${s}`,
              location: { name: `Leeds${s}` },
              content: `&lt;p&gt;Care${s}&lt;/p&gt;`,
            },
          ],
        }),
    ],
    [
      'html',
      (s: string) =>
        `<html><body><main><h1>Chef${s.replace(/[<&]/g, '')}</h1><p>Kitchen &#27;&#x7f; ${s.replace(/[<&]/g, '')}</p></main></body></html>`,
    ],
  ])('through the %s parser', (kind, build) => {
    fc.assert(
      // a NUL makes a whole input binary (INPUT.BINARY): parsers see every other control
      fc.property(dirty, (dirtyText) => {
        const s = dirtyText.replace(/\u0000/g, '');
        for (const raw of parseInput(build(s), { kind: kind as 'markdown' })) {
          const posting = normalizePosting(raw, context);
          expect(controlStrings(posting)).toEqual([]);
          expect(posting.description.html).not.toMatch(FORBIDDEN);
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
