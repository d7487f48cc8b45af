import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPageFacts, type PageFactNeeds } from '../../../shared/sources/html';

/** Every HTML page the suite holds: career pages, JSON-LD pages, conformance pages. */
const FIXTURE_DIRS = ['documents', 'inputs', 'conformance'].map((dir) => join(__dirname, '../../fixtures', dir));
const pages = FIXTURE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const),
);
const URL = 'https://careers.example.com/jobs/42';

const NEEDS: PageFactNeeds[] = [
  { applyUrl: true, department: false },
  { applyUrl: false, department: true },
  { applyUrl: true, department: true },
];

describe('reading only the page facts a JSON-LD posting lacks', () => {
  test('the suite holds pages with an apply link and pages with a department to compare', () => {
    const full = pages.map(([, html]) => readPageFacts(html, { url: URL }));
    expect(full.filter((facts) => facts.applyUrl !== null).length).toBeGreaterThan(10);
    expect(full.filter((facts) => facts.fields.department?.length).length).toBeGreaterThan(3);
  });

  test.each(pages.map(([name, html]) => ({ name, html })))(
    '$name: the apply link and first department read for a need are those of the full reading',
    ({ html }) => {
      const full = readPageFacts(html, { url: URL });
      for (const needs of NEEDS) {
        const partial = readPageFacts(html, { url: URL }, needs);
        expect(partial.applyUrl).toBe(needs.applyUrl ? full.applyUrl : null);
        expect(partial.fields.department?.[0] ?? null).toBe(
          needs.department ? (full.fields.department?.[0] ?? null) : null,
        );
      }
    },
  );
});
