import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';
import { textOf } from '../../../shared/normalize/document/dom-walk';
import { readHtmlPage } from '../../../shared/sources/html';
import { decodeEntities } from '../../../shared/sources/json-values';
import { pageTextBound, shortTextOf } from '../../../shared/sources/html/text-length';

const LIMIT = 20;

describe('the text of a subtree when it is short, found without reading all of a long one', () => {
  test.each([
    ['a short line', '<p>Berlin · Full-time</p>', 'Berlin · Full-time'],
    ['exactly at the limit', '<p>abcdefghij klmnopqrs</p>', 'abcdefghij klmnopqrs'],
    ['one character over the limit', '<p>abcdefghij klmnopqrst</p>', null],
    ['a long paragraph', `<p>${'word '.repeat(200)}</p>`, null],
    ['whitespace runs that collapse under the limit', '<p>  a \n\n\t b   c  </p><div>   d   </div>', 'a b c d'],
    ['no-break spaces, which collapse as whitespace too', '<p>a\u00a0\u00a0\u00a0b\u3000\u3000c</p>', 'a b c'],
    ['block boundaries adding spaces that push it over', '<p>abcde</p><p>fghij</p><p>klmno</p><p>pqrst</p>', null],
    [
      'scripts, styles and hidden elements, which are not text',
      '<p>Lyon<script>var x = "a very long script body";</script><span hidden>a long hidden remark here</span></p>',
      'Lyon',
    ],
    ['nothing at all', '<div> </div>', ''],
    ['a CJK line', '<p>東京都千代田区・正社員</p>', '東京都千代田区・正社員'],
  ])('%s', (_name, html, expected) => {
    const document = parseHtmlFresh(html);
    expect(shortTextOf(document, LIMIT)).toBe(expected);
    const text = textOf(document);
    expect(text.length <= LIMIT ? text : null).toBe(expected);
  });
});

/** The body as plain text, as teaser-description.ts compares it. */
const plainText = (html: string): string =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

describe('an upper bound on the text of any body read from a page', () => {
  test.each([
    [
      'a posting page with chrome',
      '<header><nav><a href="/">Home</a></nav></header><main><h1>Engineer</h1><p>We build.</p></main>',
    ],
    ['markup between every word', '<p><b>a</b><i>b</i><span>c</span> <em>d</em></p>'],
    ['escapes and entities the body writes again', '<p>R&amp;D &lt;team&gt; &quot;here&quot; &amp;copy; &nbsp; x</p>'],
    ['whitespace-only text between blocks', '<div>\n  <p>one</p>\n  <p>two</p>\n</div>'],
    ['a body without a body element', 'Loose words <p>and a paragraph</p>'],
    [
      'a title and a textarea, the only text there is',
      '<title>Only title</title><body><textarea>typed text</textarea></body>',
    ],
    ['nothing visible at all', '<div> </div>'],
  ])('holds for %s', (_name, html) => {
    const bound = pageTextBound(parseHtmlFresh(html));
    expect(plainText(readHtmlPage(html, {}, parseHtmlFresh(html)).body).length).toBeLessThanOrEqual(bound);
  });

  test.each([
    ['a script, however long', `<p>Lyon</p><script>${'x'.repeat(500)}</script>`, 'Lyon'.length + 2],
    ['a style', `<p>Lyon</p><style>${'p{}'.repeat(50)}</style>`, 'Lyon'.length + 2],
    ['two text nodes, a space before each', '<p>ab</p><p>cd</p>', 2 + 1 + 2 + 1 + 1],
  ])('leaves out what no body holds: %s', (_name, html, expected) => {
    expect(pageTextBound(parseHtmlFresh(html))).toBe(expected);
  });
});
