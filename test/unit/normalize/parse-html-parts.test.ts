import render from 'dom-serializer';
import fc from 'fast-check';
import type { AnyNode } from 'domhandler';
import { headingPart, parseHtmlFresh, parseHtmlParts } from '../../../shared/normalize/document/parse-html';
import { FUZZ_SEED } from '../../support/hostile-inputs';

const serialised = (document: Parameters<typeof render>[0]): string => render(document, { decodeEntities: false });

/** Fragments that end parts cleanly and the ones that leave something open across the seam. */
const FRAGMENTS = [
  '<p>',
  '</p>',
  '<ul>',
  '</ul>',
  '<li>',
  '</li>',
  '<h3>Heading</h3>',
  '<b>',
  '</b>',
  '<br>',
  '<div>',
  '</div>',
  'text ',
  ' more',
  '\n',
  '&amp;',
  '&am',
  '&#3',
  '<!-- note ',
  ' -->',
  '<script>',
  '</script>',
  '<svg>',
  '</svg>',
  '<title>',
  '</title>',
  '<div/>',
  '<p class="a',
  '"',
  '<',
  '>',
  '</span>',
  '<table><tr><td>cell',
];

describe('parseHtmlParts', () => {
  it.each([
    ['a body and a section heading and list', ['<p>About us</p>\n', '<h3>Requirements</h3>', '<ul><li>Go</li></ul>']],
    ['a part that leaves a list open', ['<ul><li>Go', '<h3>Benefits</h3>', '<ul><li>Gym</li></ul>']],
    ['text meeting text at a seam', ['<p>a</p>tail', 'head<p>b</p>']],
    ['an unfinished comment', ['<p>a</p><!-- x', '<p>b</p>']],
    ['a tag cut off in its attributes', ['<p><p class="a', '<p>']],
    ['a tag cut off in a quoted value holding >', ['<p>a</p><p title="x>y', '">b</p>']],
    ['an unfinished entity', ['<p>a</p>&#3', '9;<p>b</p>']],
    ['an SVG closed by its parent', ['<div><svg></div>', '<br/><p>b</p>']],
    ['empty parts', ['', '<h3>Benefits</h3>', '', '<ul><li>Gym</li></ul>']],
  ])('gives the concatenation the DOM of parsing it whole: %s', (_, parts) => {
    const { whole } = parseHtmlParts(parts);
    expect(serialised(whole)).toBe(serialised(parseHtmlFresh(parts.join(''))));
  });

  it('gives each part the DOM of parsing it alone', () => {
    const parts = ['<p>About</p>', '<h3>Tasks</h3>', '<li>Build</li><li>Run</li>'];
    expect(parseHtmlParts(parts).parts.map(serialised)).toEqual(parts.map((part) => serialised(parseHtmlFresh(part))));
  });

  it('shares the parts’ nodes when every seam is clean instead of parsing the whole again', () => {
    const { parts, whole } = parseHtmlParts(['<p>About</p>\n', '<h3>Tasks</h3>', '<ul><li>Build</li></ul>']);
    expect(whole.children).toEqual(parts.flatMap((part) => part.children));
    expect(whole.children[0]).toBe(parts[0]?.children[0]);
  });

  it('agrees with parsing the concatenation whole on any token soup split anywhere', () => {
    const part = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        expect(serialised(parseHtmlParts(parts).whole)).toBe(serialised(parseHtmlFresh(parts.join(''))));
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
  });

  it('agrees with parsing the whole when a part is given as a built heading, on any token soup', () => {
    const part = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((tokens) => tokens.join(''));
    const piece = fc.oneof(part, headingText.map(headingPart));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (pieces) => {
        const html = pieces.map((p) => (typeof p === 'string' ? p : p.html)).join('');
        expect(serialised(parseHtmlParts(pieces).whole)).toBe(serialised(parseHtmlFresh(html)));
      }),
      { numRuns: 2000, seed: FUZZ_SEED },
    );
  });
});

/** Section names: words, entity-like and markup-like text, any character at all. */
const headingText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(
      fc.constantFrom(
        'Benefits',
        ' ',
        '&',
        'amp;',
        '&lt;',
        '<b>',
        '</h3>',
        '<',
        '>',
        '"',
        '\n',
        '\t',
        '\0',
        '&#39;',
        'é',
      ),
      {
        maxLength: 8,
      },
    )
    .map((tokens) => tokens.join('')),
);

/** Each node's kind, name, attributes, text and links to its parent, as the parser sets them. */
function shape(node: AnyNode, parent: AnyNode | null): unknown {
  const own = { type: node.type, parentOk: node.parent === parent };
  if (node.type === 'text') return { ...own, data: node.data };
  if (!('children' in node)) return own;
  const element = node as AnyNode & { name?: string; attribs?: Record<string, string> };
  return {
    ...own,
    name: element.name,
    attribs: element.attribs,
    children: node.children.map((child) => shape(child, node)),
    siblings: node.children.map((child, i) => [
      child.prev === (node.children[i - 1] ?? null),
      child.next === (node.children[i + 1] ?? null),
    ]),
  };
}

describe('headingPart', () => {
  it('builds the DOM htmlparser2 reads from its HTML, for any heading text', () => {
    fc.assert(
      fc.property(headingText, (text) => {
        const { html, document } = headingPart(text);
        expect(shape(document, null)).toEqual(shape(parseHtmlFresh(html), null));
        expect(serialised(document)).toBe(serialised(parseHtmlFresh(html)));
      }),
      { numRuns: 3000, seed: FUZZ_SEED },
    );
  });

  it.each(['Requirements', 'R&D &amp; more', 'a <b>bold</b> name', '<!-- x', 'Ça &#39;va'])(
    'reads %j back as the text of one h3',
    (text) => {
      const { document } = headingPart(text);
      expect(shape(document, null)).toEqual(shape(parseHtmlFresh(headingPart(text).html), null));
      expect(document.children).toHaveLength(1);
    },
  );
});
