import type { Document } from 'domhandler';
import render from 'dom-serializer';
import fc from 'fast-check';
import { forEachElement } from '../../../shared/normalize/document/dom-walk';
import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';
import { parsePageWithoutScripts } from '../../../shared/sources/html/page-without-scripts';
import { FUZZ_SEED } from '../../support/hostile-inputs';

/** A DOM with every script element emptied, serialised: parsePageWithoutScripts may differ from a parse only there. */
function emptied(document: Document): string {
  forEachElement(document, (element) => {
    if (element.name === 'script') element.children = [];
  });
  return serialised(document);
}

const serialised = (document: Document): string => render(document, { decodeEntities: false });

const JSON_LD =
  '<script type="application/ld+json">{"@type":"JobPosting","description":"<p>Build <b>APIs</b></p>"}</script>';

/** Pieces of pages, with the places where a text scan and an HTML parser can disagree about a script. */
const PIECES = [
  JSON_LD,
  '<script>if (a < b) document.write("<p>x</p>")</script>',
  '<script>',
  '</script>',
  '</script >',
  '</scripts>',
  '<SCRIPT type="text/javascript">',
  '</SCRIPT>',
  '<script data-x="a>b">',
  '<script a=b"c=\'d>',
  '<script a="b"c="d>',
  '"',
  "'",
  '=',
  ' ',
  '<!-- ',
  ' -->',
  '<title>',
  '</title>',
  '<textarea>',
  '</textarea>',
  '<p title="',
  '">',
  '<h1>Ingénieur DevOps</h1>',
  '<ul class="meta"><li>Lyon</li><li>CDI</li></ul>',
  '<a href="/apply">Postuler</a>',
  '<p>',
  '</p>',
  'text',
  '<',
  '>',
];

describe('parsePageWithoutScripts', () => {
  test.each([
    ['a JSON-LD page', `<html><head><title>Dev | Acme</title>${JSON_LD}</head><body><h1>Dev</h1></body></html>`],
    ['a script inside a comment', `<p>a</p><!-- ${JSON_LD} --><p>b</p>`],
    ['a script written inside a title', `<title>${JSON_LD}</title><h1>x</h1>`],
    ['a script inside an attribute value', `<div data-x='${JSON_LD}'>x</div>`],
    ['an end tag the parser does not take', '<script>a</scripts>b</script><p>c</p>'],
    ['an attribute value holding >', '<script data-x="a>b">c</script><p class="d">e</p>'],
    ['a script never closed', '<p>a</p><script>x'],
    ['no script at all', '<h1>Dev</h1><p>a</p>'],
  ])('gives the DOM of the page but for script bodies: %s', (_name, html) => {
    expect(emptied(parsePageWithoutScripts(html))).toBe(emptied(parseHtmlFresh(html)));
  });

  test.each([
    ['a JSON-LD page', `<html><head>${JSON_LD}</head><body><h1>Dev</h1></body></html>`],
    ['a page with JSON-LD and other scripts', `<script src="a.js"></script>${JSON_LD}<SCRIPT>var a = "<b>";</SCRIPT>`],
  ])('leaves the script bodies out of %s', (_name, html) => {
    const document = parsePageWithoutScripts(html);
    expect(serialised(document)).toBe(emptied(parseHtmlFresh(html)));
  });

  test('gives the DOM of the page but for script bodies, for any soup of page pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), { maxLength: 30 }),
        (pieces) => {
          const html = pieces.join('');
          expect(emptied(parsePageWithoutScripts(html))).toBe(emptied(parseHtmlFresh(html)));
        },
      ),
      { seed: FUZZ_SEED, numRuns: 2000 },
    );
  });

  test('leaves every element outside the scripts as the page has it', () => {
    const html = `<head>${JSON_LD}</head><body><h1>Dev</h1><ul class="meta"><li>Lyon</li></ul><a href="/apply">Postuler</a></body>`;
    const document = parsePageWithoutScripts(html);
    const names: string[] = [];
    forEachElement(document, (element) => void names.push(element.name));
    expect(names).toEqual(['head', 'script', 'body', 'h1', 'ul', 'li', 'a']);
  });
});
