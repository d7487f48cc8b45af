import fc from 'fast-check';
import { htmlToText, sanitizeHtml } from '../../../shared/normalize/sanitize';

const DANGER = /<script|<iframe|<style|\son[a-z]+\s*=|javascript:|data:text|vbscript:/i;

describe('sanitizeHtml', () => {
  it.each([
    [
      'keeps the allow-list',
      '<h2>Role</h2><p>Build <strong>APIs</strong> and <em>tools</em></p><ul><li>One</li></ul>',
      '<h2>Role</h2><p>Build <strong>APIs</strong> and <em>tools</em></p><ul><li>One</li></ul>',
    ],
    ['maps h1 to h2 and h5/h6 to h4', '<h1>A</h1><h5>B</h5><h6>C</h6>', '<h2>A</h2><h4>B</h4><h4>C</h4>'],
    ['turns divs into paragraphs without nesting them', '<div><div>a</div><div>b</div></div>', '<p>a</p><p>b</p>'],
    [
      'drops scripts, styles and iframes with their content',
      '<p>x<script>alert(1)</script><style>p{}</style><iframe src="//e">y</iframe></p>',
      '<p>x</p>',
    ],
    ['drops event handlers and images', '<p onclick="steal()">hi<img src=x onerror=alert(1)></p>', '<p>hi</p>'],
    [
      'unwraps javascript:, data: and protocol-relative links',
      '<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="//evil.example">c</a>',
      '<p>abc</p>',
    ],
    [
      'marks kept links nofollow noopener',
      '<a href="https://ok.example/?a=1&b=2" target="_blank">ok</a>',
      '<p><a href="https://ok.example/?a=1&amp;b=2" rel="nofollow noopener">ok</a></p>',
    ],
    [
      'keeps mailto links',
      '<p><a href="mailto:jobs@acme.example">Mail us</a></p>',
      '<p><a href="mailto:jobs@acme.example" rel="nofollow noopener">Mail us</a></p>',
    ],
    [
      'drops comments and unknown tags but keeps their text',
      '<!-- secret --><custom-tag>kept</custom-tag>',
      '<p>kept</p>',
    ],
    [
      'wraps stray list items in a list',
      '<li>one</li><li>two</li>after',
      '<ul><li>one</li><li>two</li></ul><p>after</p>',
    ],
    [
      'closes formatting across paragraphs',
      '<b>bold<p>still bold</p></b>',
      '<p><b>bold</b></p><p><b>still bold</b></p>',
    ],
    ['splits paragraphs at double line breaks', '<p>one<br>two<br><br>three</p>', '<p>one<br />two</p><p>three</p>'],
    [
      'keeps table rows as paragraphs',
      '<table><tr><td>Location</td><td>Berlin</td></tr></table>',
      '<p>Location | Berlin</p>',
    ],
    ['escapes text', '<p>1 &lt; 2 &amp; "quotes"</p>', '<p>1 &lt; 2 &amp; "quotes"</p>'],
  ])('%s', (_name, input, output) => {
    expect(sanitizeHtml(input)).toBe(output);
  });

  it('returns an empty string for empty input', () => {
    expect(sanitizeHtml('   ')).toBe('');
  });

  it('never lets a script, a handler or a javascript: URL through, whatever the HTML', () => {
    const fragments = fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<svg onload=alert(1)>',
      '<p>',
      '</p>',
      '<ul><li>',
      '</li></ul>',
      '<b>',
      '</b>',
      '<a href="https://ok.example">',
      '</a>',
      '<iframe src=x>',
      '<!--',
      '-->',
      '<scr<script>ipt>',
      '"',
      "'",
      '>',
      '<',
      '&lt;script&gt;',
      '<style>',
      '</style>',
      '<div onmouseover="x">',
      'text',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 40 }), (parts) => {
        const out = sanitizeHtml(parts.join(''));
        expect(out).not.toMatch(DANGER);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('survives deep nesting and unclosed tags', () => {
    const deep = `${'<div>'.repeat(50_000)}deep text${'</span>'.repeat(50_000)}`;
    expect(sanitizeHtml(deep)).toContain('deep text');
    expect(sanitizeHtml('<ul><li>a<li>b<p>c<b>d')).toBe('<ul><li>a</li><li>b<br />c<b>d</b></li></ul>');
  });
});

describe('htmlToText', () => {
  it.each([
    ['separates paragraphs with a blank line', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    [
      'writes list items as "- " lines and indents nested ones',
      '<ul><li>A<ul><li>B</li></ul></li><li>C</li></ul>',
      '- A\n  - B\n- C',
    ],
    ['breaks lines at <br> and divs', 'a<br>b<div>c</div>', 'a\nb\nc'],
    ['decodes entities', '<p>R&amp;D &eacute;quipe &#8364;5</p>', 'R&D équipe €5'],
    ['tidies whitespace', '<p>  lots   of\n\n space </p>', 'lots of space'],
    [
      'leaves scripts, styles and hidden elements out',
      '<p>a</p><script>x()</script><style>y</style><p hidden>h</p><p style="display:none">n</p><p>b</p>',
      'a\n\nb',
    ],
    ['puts headings on their own lines', '<h2>Role</h2>text', 'Role\n\ntext'],
  ])('%s', (_name, input, output) => {
    expect(htmlToText(input)).toBe(output);
  });
});

describe('htmlToText after sanitizeHtml', () => {
  it('reads the text kept from sanitising exactly as it would read the sanitised HTML afresh', () => {
    const pieces = fc.constantFrom(
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<ul>',
      '<li>',
      '</li>',
      '</ul>',
      '<ol><li>x',
      '<br>',
      '<br><br>',
      '<b>',
      '</b>',
      '<h1>',
      '</h1>',
      '<h5>',
      '<table><tr><td>a</td><td>b</td></tr></table>',
      '<a href="https://x.example">',
      '</a>',
      ' ',
      '\n',
      'word',
      'two words',
      '&amp;',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const sanitized = sanitizeHtml(parts.join(''));
        const kept = htmlToText(sanitized);
        expect(kept).toBe(htmlToText(`${sanitized} `));
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});
