import { PermanentError } from '../../../shared/errors';
import type { SourceKind } from '../../../shared/schema/posting';
import { decodeContent } from '../../../shared/sources/decode-content';
import { detectKind } from '../../../shared/sources/detect';
import { parseInput } from '../../../shared/sources/parse-input';
import { inputFixture, inputFixtureText } from '../../support/input-fixtures';

describe('input kind detection', () => {
  test.each<[string, SourceKind | null]>([
    ['greenhouse-board.json', 'greenhouse'],
    ['greenhouse-job.json', 'greenhouse'],
    ['greenhouse-empty.json', 'greenhouse'],
    ['lever-postings.json', 'lever'],
    ['ashby-board.json', 'ashby'],
    ['smartrecruiters-list.json', 'smartrecruiters'],
    ['smartrecruiters-detail.json', 'smartrecruiters'],
    ['smartrecruiters-list-with-details.json', 'smartrecruiters'],
    ['recruitee-offers.json', 'recruitee'],
    ['recruitee-offer.json', 'recruitee'],
    ['personio-positions.xml', 'personio'],
    ['personio-empty.xml', 'personio'],
    ['jsonld-graph.html', 'jsonld'],
    ['jsonld-remote.html', 'jsonld'],
    ['jsonld-document.json', 'jsonld'],
    ['posting-plain.html', 'html'],
    ['posting.md', 'markdown'],
    ['link-first.md', 'markdown'],
    ['posting.txt', 'text'],
    ['empty-array.json', null],
  ])('%s is detected as %s', (fixture, kind) => {
    expect(detectKind(inputFixtureText(fixture)).kind).toBe(kind);
  });

  test.each<[string, string | Buffer, string]>([
    ['malformed JSON', inputFixture('malformed.json'), 'INPUT.MALFORMED'],
    ['JSON of an unknown shape', inputFixture('unknown-shape.json'), 'INPUT.UNKNOWN_SHAPE'],
    ["Lever's not-found answer", inputFixture('lever-not-found.json'), 'INPUT.UNKNOWN_SHAPE'],
    ['malformed Personio XML', inputFixture('personio-malformed.xml'), 'INPUT.MALFORMED'],
    ['an XML document that is not a job export', inputFixture('rss-feed.xml'), 'INPUT.UNKNOWN_SHAPE'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'INPUT.BINARY'],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'INPUT.BINARY'],
    ['bytes with NULs', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), 'INPUT.BINARY'],
    [
      'a string full of control characters',
      '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(5),
      'INPUT.BINARY',
    ],
    ['an empty file', Buffer.alloc(0), 'INPUT.MALFORMED'],
    ['whitespace only', '  \n\t ', 'INPUT.MALFORMED'],
    ['a JSON array of numbers', '[1, 2, 3]', 'INPUT.UNKNOWN_SHAPE'],
    ['a JSON array of objects of no known ATS', '[{"name": "x"}]', 'INPUT.UNKNOWN_SHAPE'],
  ])('%s is refused with %s', (_name, content, code) => {
    expect(() => parseInput(content)).toThrow(PermanentError);
    expect(() => parseInput(content)).toThrow(expect.objectContaining({ code }));
  });

  test.each<[string, SourceKind, string]>([
    ['a Lever file forced as Greenhouse', 'greenhouse', 'lever-postings.json'],
    ['a Markdown file forced as Personio', 'personio', 'posting.md'],
    ['a JSON document without JobPosting forced as JSON-LD', 'jsonld', 'unknown-shape.json'],
  ])('%s is refused as an unknown shape', (_name, kind, fixture) => {
    expect(() => parseInput(inputFixture(fixture), { kind })).toThrow(
      expect.objectContaining({ code: 'INPUT.UNKNOWN_SHAPE' }),
    );
  });

  test('a pasted HTML description that starts with words is read as HTML', () => {
    expect(detectKind('Join our team!<br><ul><li>Cook</li><li>Clean</li></ul>').kind).toBe('html');
    expect(detectKind('Join our team! We use <b>bold</b> words.').kind).toBe('text');
  });

  test('--source-kind html reads a JSON-LD page through the HTML parser', () => {
    expect(parseInput(inputFixture('jsonld-graph.html'), { kind: 'html' })[0]?.kind).toBe('html');
  });

  test('--source-kind text reads a Markdown file as text', () => {
    expect(parseInput(inputFixture('posting.md'), { kind: 'text' })[0]?.kind).toBe('text');
  });

  test('UTF-8 with a byte-order mark, UTF-16 and Windows-1252 bytes decode to the same text', () => {
    const text = '{"offers": []} Zürich – café';
    expect(decodeContent(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    expect(decodeContent(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(
      decodeContent(Buffer.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9])),
    ).toBe('Zürich – café');
  });

  test('a page in the legacy charset it declares (Shift_JIS) is decoded with that charset', () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="Shift_JIS"></head><body><p>'),
      Buffer.from([0x93, 0x8c, 0x8b, 0x9e]),
      Buffer.from('</p></body></html>'),
    ]);
    expect(decodeContent(page)).toContain('<p>東京</p>');
  });

  test('a 5 MB board export is detected and parsed', () => {
    const job = JSON.parse(inputFixtureText('greenhouse-board.json')).jobs[0];
    const jobs = Array.from({ length: 2500 }, (_, i) => ({
      ...job,
      id: 9000000 + i,
      content: `${job.content}${'&lt;p&gt;More detail about the role.&lt;/p&gt;'.repeat(40)}`,
    }));
    const content = Buffer.from(JSON.stringify({ jobs, meta: { total: jobs.length } }));
    expect(content.length).toBeGreaterThan(5_000_000);
    expect(parseInput(content)).toHaveLength(2500);
  });
});
