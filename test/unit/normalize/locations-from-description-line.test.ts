import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'test', now: new Date('2026-11-20T00:00:00Z') };

/** A JSON-LD page whose jobLocation is `office` and whose description holds `line`. */
const jsonLdPage = (office: Record<string, string>, line: string): string =>
  `<html><head><script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Analyst',
    datePosted: '2026-11-20',
    hiringOrganization: { '@type': 'Organization', name: 'Acme' },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', ...office } },
    description: `<p>We help teams plan their work and ship it.</p><p><strong>${line.split(':')[0]}:</strong>${line.slice(line.indexOf(':') + 1)}</p><ul><li>Analyse data</li></ul>`,
  })}</script></head><body></body></html>`;

/** A Lever posting in one office whose description holds `line`. */
const leverPosting = (office: string, line: string): string =>
  JSON.stringify([
    {
      id: 'l-1',
      text: 'Analyst',
      categories: { location: office, commitment: 'Full-time' },
      description: `<div>We help teams plan their work.</div><div><b>${line.split(':')[0]}:</b>${line.slice(line.indexOf(':') + 1)}</div>`,
      lists: [],
      hostedUrl: 'https://jobs.lever.co/acme/l-1',
      createdAt: 1763683200000,
    },
  ]);

const places = (input: string) =>
  parseInput(input).flatMap((raw) =>
    normalizePosting(raw, context).locations.map((l) => [l.city, l.country, l.workplace]),
  );

describe('a posting with one office in its fields takes the alternatives its description lists', () => {
  it.each([
    [
      'JSON-LD, US cities and remote',
      jsonLdPage(
        { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
        'Locations: Austin, TX; Chicago, IL; or Remote (US only)',
      ),
      [
        ['Austin', 'US'],
        ['Chicago', 'US'],
        [null, 'US', 'remote'],
      ],
    ],
    [
      'JSON-LD, Australian cities',
      jsonLdPage(
        { addressLocality: 'Sydney', addressRegion: 'NSW', addressCountry: 'AU' },
        'Location: Sydney or Melbourne',
      ),
      [
        ['Sydney', 'AU'],
        ['Melbourne', 'AU'],
      ],
    ],
    [
      'Lever, Canadian cities',
      leverPosting('Toronto, ON', 'Location: Toronto, ON or Vancouver, BC'),
      [
        ['Toronto', 'CA'],
        ['Vancouver', 'CA'],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    const read = places(input);
    expect(read).toHaveLength(expected.length);
    expected.forEach((e) => expect(read).toContainEqual(expect.arrayContaining(e)));
  });

  it('a description line naming the same office adds nothing', () => {
    const input = jsonLdPage({ addressLocality: 'Leeds', addressCountry: 'GB' }, 'Location: Leeds');
    expect(places(input).map(([city, country]) => [city, country])).toEqual([['Leeds', 'GB']]);
  });
});
