import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';
import { serializeContent } from '../../../shared/sources/html/serialize';

describe('the body HTML a career page hands on', () => {
  test.each([
    ['single spaces as written', '<p>Lead the night shift</p>', '<p>Lead the night shift</p>'],
    ['a run with a line break becomes one line break', '<p>Lead\n   the  shift</p>', '<p>Lead\nthe shift</p>'],
    ['tabs and no-break spaces become one space', '<p>Lead\tthe\u00a0shift</p>', '<p>Lead the shift</p>'],
    [
      'href kept, other attributes dropped',
      '<p class="x" style="color:red"><a href="/apply?a=1&amp;b=2" target="_blank">Apply</a></p>',
      '<p><a href="/apply?a=1&amp;b=2">Apply</a></p>',
    ],
    ['text escaped again', '<p>R&amp;D &lt;3 "quotes"</p>', '<p>R&amp;D &lt;3 &quot;quotes&quot;</p>'],
    ['void elements without a closing tag', '<p>one<br>two<img src="x.png"></p>', '<p>one<br>two<img></p>'],
    [
      'scripts, styles and hidden elements left out',
      '<p>Hi<script>x()</script><span hidden>no</span></p>',
      '<p>Hi</p>',
    ],
  ])('%s', (_name, html, expected) => {
    expect(serializeContent(parseHtmlFresh(html))).toBe(expected);
  });
});
