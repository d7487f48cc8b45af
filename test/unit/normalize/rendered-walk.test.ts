import fc from 'fast-check';
import type { Element } from 'domhandler';
import { FUZZ_SEED } from '../../support/hostile-inputs';
import { MAX_NESTING } from '../../../shared/normalize/document/depth-guard';
import { walkDom, type DomVisitor } from '../../../shared/normalize/document/dom-walk';
import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';
import { walkRendered } from '../../../shared/normalize/document/rendered-walk';
import { sanitizeHtml, htmlToText } from '../../../shared/normalize/sanitize';
import { parseMarkdown } from '../../../shared/sources/markdown';
import { parseText } from '../../../shared/sources/text';

/** A visitor that writes down what it is shown. */
function recorder(): { visitor: DomVisitor; events: string[] } {
  const events: string[] = [];
  const name = (element: Element): string =>
    element.attribs.href === undefined ? element.name : `${element.name} ${element.attribs.href}`;
  return {
    events,
    visitor: {
      enter: (element) => (events.push(`<${name(element)}>`), true),
      leave: (element) => void events.push(`</${element.name}>`),
      text: (data) => void events.push(JSON.stringify(data)),
    },
  };
}

/** The walk of the parsed DOM, as the sanitiser saw it before. */
function parsedWalk(html: string): string[] {
  const { visitor, events } = recorder();
  walkDom(parseHtmlFresh(html), visitor);
  return events;
}

const TOKENS = [
  '<p>',
  '</p>',
  '<h2>',
  '</h2>',
  '<h3>',
  '</h3>',
  '<h4>',
  '</h4>',
  '<ul>',
  '</ul>',
  '<ol>',
  '</ol>',
  '<li>',
  '</li>',
  '<br>',
  '<strong>',
  '</strong>',
  '<em>',
  '</em>',
  '<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">',
  '<a href="mailto:jobs@example.com">',
  '</a>',
  'Go &amp; Rust',
  '&lt;3',
  ' ',
  '\n',
  'Salary:',
  ' €60k',
  '&quot;',
  'ü',
  '<div>',
  '<p class="x">',
  '&nbsp;',
  '&',
  '<',
  '>',
  '<b>',
];

describe('walking a rendered Markdown or text body without parsing it', () => {
  test('HTML it accepts is walked exactly as its parsed DOM is; the rest is left to the parser', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (tokens) => {
        const html = tokens.join('');
        const { visitor, events } = recorder();
        if (walkRendered(html, visitor)) expect(events).toEqual(parsedWalk(html));
        else expect(events).toEqual([]);
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  const TAGS = ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'];
  const TEXTS = ['Go &amp; Rust', '&lt;3', ' ', '\n', 'Salary:', ' €60k', '&quot;x&quot;', 'ü'];
  const { tree } = fc.letrec<{ tree: string; node: string }>((tie) => ({
    tree: fc.array(tie('node'), { maxLength: 4 }).map((nodes) => nodes.join('')),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...TEXTS),
      fc
        .tuple(fc.constantFrom(...TAGS), tie('tree'))
        .map(([tag, inner]) =>
          tag === 'br'
            ? '<br>'
            : tag === 'a'
              ? `<a href="https://example.com/?q=1&amp;r=2">${inner}</a>`
              : `<${tag}>${inner}</${tag}>`,
        ),
    ),
  }));
  test('well-nested HTML it accepts is walked exactly as its parsed DOM is', () => {
    fc.assert(
      fc.property(tree, (html) => {
        const { visitor, events } = recorder();
        if (walkRendered(html, visitor)) expect(events).toEqual(parsedWalk(html));
        else expect(events).toEqual([]);
      }),
      { seed: FUZZ_SEED, numRuns: 3000 },
    );
  });

  test.each([
    ['mis-nested inline tags', '<p><strong>a<em>b</strong>c</em></p>'],
    ['a paragraph left open before a list', '<p>a<ul><li>b</li></ul></p>'],
    ['an item opened inside an item', '<ul><li>a<li>b</li></li></ul>'],
    ['a tag with another attribute', '<p class="x">a</p>'],
    ['an entity the renderer never writes', '<p>a&nbsp;b</p>'],
    ['a tag left open', '<p>a'],
    [
      "lists nested deeper than the parser's depth guard",
      `${'<ul><li>'.repeat(MAX_NESTING)}a${'</li></ul>'.repeat(MAX_NESTING)}`,
    ],
  ])('%s is left to the parser', (_name, html) => {
    expect(walkRendered(html, recorder().visitor)).toBe(false);
  });

  const LINES = [
    '# Senior Engineer',
    '## Requirements',
    '**Salary:** €60k & more',
    '- Python <3',
    '  - nested "item"',
    '- see [docs](https://example.com/a?b=1&c="2")',
    'We **build** *tools* for [shops](mailto:jobs@example.com).',
    'ABOUT US',
    'Location: Berlin',
    '1. First',
    '',
    'Plain line',
    '| Location | Berlin |',
  ];
  test('a parsed document body sanitises to the same HTML and text through the walk as through its DOM', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('markdown', 'text'),
        fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 12 }),
        (kind, lines) => {
          const [raw] = kind === 'markdown' ? parseMarkdown(lines.join('\n')) : parseText(lines.join('\n'));
          const html = raw?.html;
          if (!html) return;
          const walked = sanitizeHtml(html, undefined, true);
          const walkedText = htmlToText(walked);
          const parsed = sanitizeHtml(html, parseHtmlFresh(html));
          expect(walked).toBe(parsed);
          expect(walkedText).toBe(htmlToText(parsed));
          expect(walkRendered(html, recorder().visitor)).toBe(true);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  });
});
