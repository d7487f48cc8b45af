import {
  beginParseScope,
  parseHtmlFresh,
  parseHtmlShared,
  rememberDocument,
} from '../../../shared/normalize/document/parse-html';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import { parseHtmlPage } from '../../../shared/sources/html';
import { parseInput } from '../../../shared/sources/parse-input';

const BODY = '<h2>Responsibilities</h2><ul><li>Build the payments API</li><li>Review code</li></ul>';
const context = { sourceId: 'scope-test', now: new Date('2026-11-20T00:00:00Z') };

describe('DOMs shared by the reads of one posting (parse-html.ts)', () => {
  it('gives the reads of one posting the same DOM for the same body', () => {
    beginParseScope();
    expect(parseHtmlShared(BODY)).toBe(parseHtmlShared(BODY));
  });

  it('never gives the next posting a DOM parsed for the posting before, even for the same body', () => {
    beginParseScope();
    const first = parseHtmlShared(BODY);
    beginParseScope();
    const second = parseHtmlShared(BODY);
    expect(second).not.toBe(first);
  });

  it('gives a posting the DOM its parser handed on with it, and no other posting that DOM', () => {
    const owner = {};
    const handed = parseHtmlFresh(BODY);
    rememberDocument(owner, BODY, handed);
    beginParseScope(owner);
    expect(parseHtmlShared(BODY)).toBe(handed);
    beginParseScope({});
    expect(parseHtmlShared(BODY)).not.toBe(handed);
  });

  it('hands a career page posting its body DOM, which reads as its body', () => {
    const [raw] = parseHtmlPage(
      `<html><body><main><h1>Backend Engineer</h1>${BODY}<p>Apply on our site.</p></main></body></html>`,
    );
    if (!raw?.html) throw new Error('the page gave no posting body');
    // the same DOM in two scopes of this posting: the parser's, not a parse of either scope
    beginParseScope(raw);
    const handed = parseHtmlShared(raw.html);
    beginParseScope(raw);
    expect(parseHtmlShared(raw.html)).toBe(handed);
    beginParseScope();
    expect(parseHtmlShared(raw.html)).not.toBe(handed);
  });

  it('normalises two postings with the same body alike, whatever was read before each', () => {
    const board = JSON.stringify({
      jobs: [1, 2].map((id) => ({
        id,
        title: `Engineer ${id}`,
        absolute_url: `https://boards.example.com/jobs/${id}`,
        content: BODY.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
        location: { name: 'Berlin, Germany' },
        updated_at: '2026-11-01T00:00:00Z',
      })),
    });
    const [one, two] = parseInput(board).map((raw) => normalizePosting(raw, context));
    expect(one?.responsibilities).toEqual(['Build the payments API', 'Review code']);
    expect(two?.responsibilities).toEqual(one?.responsibilities);
    expect(two?.description.html).toBe(one?.description.html);
  });
});
