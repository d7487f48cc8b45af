import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';
import { textOf } from '../../../shared/normalize/document/dom-walk';
import { shortTextOf } from '../../../shared/sources/html/text-length';

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
