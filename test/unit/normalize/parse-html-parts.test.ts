import render from 'dom-serializer';
import fc from 'fast-check';
import { parseHtmlFresh, parseHtmlParts } from '../../../shared/normalize/document/parse-html';
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
});
