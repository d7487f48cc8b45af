import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { allowListHtml } from '../../../shared/normalize/allow-list-html';
import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';
import { walkDom } from '../../../shared/normalize/document/dom-walk';
import { writeSafeHtml, writeSanitizedHtmlOf } from '../../../shared/normalize/document/safe-html-writer';
import { sanitizeAllowList, sanitizeHtml } from '../../../shared/normalize/sanitize';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { parseInput } from '../../../shared/sources/parse-input';

/**
 * The shortcut past sanitize-html must give sanitize-html's own result whenever it answers at all, and must
 * answer for what the safe-HTML writer produces (or it saves nothing).
 */

const written = (html: string): string => writeSafeHtml(parseHtmlFresh(html));

/** Tokens of allow-list HTML and its near misses, for soups that are sometimes valid and often not. */
const token = fc.constantFrom(
  '<p>',
  '</p>',
  '<br>',
  '<br/>',
  '</br>',
  '<ul>',
  '</ul>',
  '<ol>',
  '</ol>',
  '<li>',
  '</li>',
  '<h2>',
  '</h2>',
  '<h3>',
  '</h3>',
  '<h4>',
  '</h4>',
  '<strong>',
  '</strong>',
  '<em>',
  '</em>',
  '<b>',
  '</b>',
  '<i>',
  '</i>',
  '<a href="https://a.example/x?y=1&amp;z=2">',
  '<a href="mailto:jobs@acme.example">',
  '<a href="http://b.example">',
  '<a href="HTTPS://c.example">',
  '<a href="javascript:alert(1)">',
  '<a href="//evil.example">',
  '<a href="https://x.example/&amp">',
  '<a href="https://x.example/&lt;">',
  '<a href="https://x.example/\u00e9">',
  '<a href=https://x.example>',
  '</a>',
  '<P>',
  '<A href="https://a.example">',
  '<div>',
  '</div>',
  '<script>',
  '</script>',
  '<h1>',
  '<span>',
  '<!-- c -->',
  '<p class="x">',
  '<li >',
  'text',
  ' ',
  'Zürich',
  '"quoted"',
  "it's",
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&AMP;',
  '&copy',
  '&#38;',
  '&nbsp;',
  '&',
  '<',
  '>',
  '\u0000',
  '\n',
  'a & b',
  '1 < 2',
);
const soup = fc.array(token, { maxLength: 30 }).map((tokens) => tokens.join(''));

function conformanceBodies(): string[] {
  const dir = join(__dirname, '../../fixtures/conformance');
  const bodies: string[] = [];
  for (const file of readdirSync(dir).filter((f) => !f.endsWith('.case.json'))) {
    try {
      for (const raw of parseInput(readFileSync(join(dir, file)))) {
        for (const html of [raw.html, ...raw.sections.map((s) => s.html)]) if (html) bodies.push(html);
      }
    } catch {
      // inputs that are meant to be rejected have no body to check
    }
  }
  return bodies;
}

describe('allowListHtml', () => {
  it.each([
    ['a paragraph', '<p>Build APIs</p>', '<p>Build APIs</p>'],
    ['line breaks', '<p>one<br>two</p>', '<p>one<br />two</p>'],
    [
      'links',
      '<p><a href="https://a.example/?q=1&amp;r=2">x</a></p>',
      '<p><a href="https://a.example/?q=1&amp;r=2" rel="nofollow noopener">x</a></p>',
    ],
    ['escaped quotes in text', '<p>say &quot;hi&quot; &amp; &lt;go&gt;</p>', '<p>say "hi" &amp; &lt;go&gt;</p>'],
    ['nested lists', '<ul><li>a<ul><li>b</li></ul></li></ul>', '<ul><li>a<ul><li>b</li></ul></li></ul>'],
  ])('gives sanitize-html’s result for %s', (_name, input, output) => {
    expect(allowListHtml(input)).toBe(output);
    expect(sanitizeAllowList(input)).toBe(output);
  });

  it.each([
    ['another tag', '<p><span>x</span></p>'],
    ['an attribute', '<p class="x">x</p>'],
    ['an unclosed tag', '<p>x'],
    ['a stray closing tag', 'x</p>'],
    ['a list item in a list item', '<ul><li>a<li>b</li></li></ul>'],
    ['a paragraph in a paragraph', '<p>a<p>b</p></p>'],
    ['a javascript link', '<a href="javascript:x()">x</a>'],
    ['a raw ampersand', '<p>a & b</p>'],
    ['an unknown entity', '<p>&copy;</p>'],
  ])('leaves %s to sanitize-html', (_name, input) => {
    expect(allowListHtml(input)).toBeNull();
  });

  it('matches sanitize-html on any token soup it accepts', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const fast = allowListHtml(html);
        if (fast !== null) expect(fast).toBe(sanitizeAllowList(html));
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });

  it('accepts and matches sanitize-html on what the safe-HTML writer makes of token soup', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const safe = written(html);
        // NUL is the one character left to sanitize-html (normalising removes it before this point)
        const fast = allowListHtml(safe) ?? (safe.includes('\u0000') ? sanitizeAllowList(safe) : 'rejected');
        expect(fast).toBe(sanitizeAllowList(safe));
      }),
      { numRuns: 3000, seed: 20261126 },
    );
  });

  it('accepts and matches sanitize-html on every conformance body', () => {
    const bodies = conformanceBodies();
    expect(bodies.length).toBeGreaterThan(50);
    for (const body of bodies) {
      const safe = written(body);
      expect(allowListHtml(safe) ?? 'rejected').toBe(sanitizeAllowList(safe));
    }
  });
});

/** Links and text the allow-list check leaves to sanitize-html: controls and C1 controls in an href, NUL in text. */
const unchecked = fc.constantFrom(
  '<a href="https://x.example/a\u0001b">',
  '<a href="https://x.example/\u0085">',
  '<a href="mailto:a\u007fb@x.example">',
  '<a href="https://x.example/\u009f">',
  'a\u0000b',
);
const wideSoup = fc
  .array(fc.oneof({ arbitrary: token, weight: 6 }, { arbitrary: unchecked, weight: 1 }), { maxLength: 30 })
  .map((tokens) => tokens.join(''));

/** sanitizeHtml as it read before the writer wrote sanitize-html's form itself: the checked tokens, then the check. */
const sanitizedBefore = (html: string): string => {
  const safe = written(html);
  return allowListHtml(safe) ?? sanitizeAllowList(safe);
};

describe("the safe-HTML writer's sanitize-html form", () => {
  it('is final exactly when the allow-list check accepts the checked form, and then is its answer', () => {
    fc.assert(
      fc.property(wideSoup, (html) => {
        const dom = parseHtmlFresh(html);
        const direct = writeSanitizedHtmlOf((visitor) => (walkDom(dom, visitor), true));
        const checked = allowListHtml(writeSafeHtml(dom));
        expect(direct?.final).toBe(checked !== null);
        if (direct?.final) expect(direct.html).toBe(checked);
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
  });

  it.each([
    ['a NUL in text', '<p>a\u0000b</p>'],
    ['a control character in an href', '<p><a href="https://x.example/a\u0001b">x</a></p>'],
    ['a C1 control in an href', '<a href="https://x.example/\u0085">x</a>'],
  ])('leaves %s to sanitize-html', (_name, html) => {
    const dom = parseHtmlFresh(html);
    expect(writeSanitizedHtmlOf((visitor) => (walkDom(dom, visitor), true))?.final).toBe(false);
    expect(sanitizeHtml(html)).toBe(sanitizedBefore(html));
  });

  it('gives sanitizeHtml the result it had through the check and sanitize-html', () => {
    fc.assert(
      fc.property(wideSoup, (html) => {
        expect(sanitizeHtml(html, parseHtmlFresh(html))).toBe(sanitizedBefore(html));
      }),
      { numRuns: 2000, seed: FUZZ_SEED },
    );
  });

  it('is final on every conformance body', () => {
    for (const body of conformanceBodies()) {
      const dom = parseHtmlFresh(body);
      const direct = writeSanitizedHtmlOf((visitor) => (walkDom(dom, visitor), true));
      expect(direct).toEqual({ html: allowListHtml(writeSafeHtml(dom)), final: true });
    }
  });
});
