import fc from 'fast-check';
import { Parser, Tokenizer, type Handler } from 'htmlparser2';
import { FastTokenizer, HAS_FAST_FORWARD } from '../../../shared/normalize/html-tokenizer';
import { FUZZ_SEED } from '../../support/hostile-inputs';

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/** Every parser event with its arguments and source positions, in order. */
function events(chunks: readonly string[], fast: boolean): string[] {
  const log: string[] = [];
  let parser: Parser | null = null;
  const record =
    (name: string) =>
    (...args: unknown[]): void =>
      void log.push(JSON.stringify([name, args, parser?.startIndex, parser?.endIndex]));
  const handler: Partial<Handler> = {
    onopentag: record('open'),
    onclosetag: record('close'),
    ontext: record('text'),
    oncomment: record('comment'),
    oncdatastart: record('cdata'),
    onprocessinginstruction: record('pi'),
    onattribute: record('attribute'),
  };
  parser = new Parser(handler, fast ? { ...OPTIONS, Tokenizer: FastTokenizer } : OPTIONS);
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return log;
}

/** Pieces where the tokenizer searches for one character: raw-text elements, comments, declarations, end tags. */
const PIECES = [
  '<script>',
  '<script type="application/ld+json">',
  '</script>',
  '</SCRIPT >',
  '</scrip',
  '<style>',
  '</style>',
  '<title>',
  '</title>',
  '<textarea>',
  '</textarea>',
  '<!--',
  '-->',
  '--',
  '<!doctype html>',
  '<!x>',
  '<?xml ?>',
  '<![CDATA[',
  ']]>',
  '<p>',
  '</p>',
  '</ p>',
  '<a href="x>y">',
  "<b class='c'>",
  '</b>',
  '<',
  '>',
  '</',
  '<<',
  '&amp;',
  '&lt;',
  '{"description":"<p>Build</p>"}',
  'text',
  ' ',
  '\n',
  'é',
];

describe('FastTokenizer', () => {
  test('htmlparser2 still has the character search it replaces', () => {
    expect(HAS_FAST_FORWARD).toBe(true);
  });

  test.each([
    [
      'a JSON-LD script holding HTML',
      '<script type="application/ld+json">{"d":"<p>a</p><ul><li>b</li></ul>"}</script><p>x</p>',
    ],
    ['a script never closed', '<p>a</p><script>if (a < b) { x("</scrip") }'],
    ['a comment never closed', '<p>a<!-- note <b>x</b>'],
    ['an end tag with spaces', '<style>p{}</style  ><p>a</p  >'],
    ['a declaration and a processing instruction', '<!doctype html><?php echo 1 ?><p>a</p>'],
    ['nothing to find at the very end', '<p>a</p><'],
  ])('reads %s exactly as the stock tokenizer does', (_name, html) => {
    expect(events([html], true)).toEqual(events([html], false));
  });

  test('reads any markup soup exactly as the stock tokenizer does, whole or written in chunks', () => {
    const soup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 });
    fc.assert(
      fc.property(soup, fc.array(fc.nat(), { maxLength: 4 }), (pieces, cuts) => {
        const html = pieces.join('');
        expect(events([html], true)).toEqual(events([html], false));
        const at = [...new Set(cuts.map((cut) => cut % (html.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, i) => html.slice(start, at[i] ?? html.length));
        expect(events(chunks, true)).toEqual(events(chunks, false));
      }),
      { seed: FUZZ_SEED, numRuns: 1500 },
    );
  });

  test('is a subclass of the stock tokenizer, so the parser drives it the same way', () => {
    expect(new FastTokenizer({}, {} as never)).toBeInstanceOf(Tokenizer);
  });
});
