import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloneNode } from 'domhandler';
import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';
import { parseHtmlPage, readPageFacts } from '../../../shared/sources/html';

/**
 * parse-input.ts parses a JSON-LD page once for its two page readers: `parseHtmlPage` reads a deep copy of the DOM
 * and `readPageFacts` the parsed DOM itself, after the copy was read and mutated. Each must read what it reads
 * from a parse of its own.
 */
const DIRS = ['inputs', 'conformance', 'documents'].map((dir) => join(__dirname, '../../fixtures', dir));
const PAGES = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const),
);
const OPTIONS = { url: 'https://jobs.example.org/postings/1', title: null };
const NEEDS = [undefined, { applyUrl: true, department: true, facts: true }, { applyUrl: false, department: true }];

describe('a JSON-LD page read from one parse', () => {
  it('has pages to read', () => {
    expect(PAGES.length).toBeGreaterThan(40);
  });

  it.each(PAGES)('%s: the copy reads as a parse of its own, and so does the DOM after the copy was read', (_, html) => {
    const parsed = parseHtmlFresh(html);
    const body = parseHtmlPage(html, OPTIONS, cloneNode(parsed, true));
    expect(body).toEqual(parseHtmlPage(html, OPTIONS));
    for (const needs of NEEDS)
      expect(readPageFacts(html, OPTIONS, needs, cloneNode(parsed, true))).toEqual(readPageFacts(html, OPTIONS, needs));
    expect(readPageFacts(html, OPTIONS, NEEDS[1], parsed)).toEqual(readPageFacts(html, OPTIONS, NEEDS[1]));
  });
});
