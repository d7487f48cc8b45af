import { parseHtmlPage } from '../../../shared/sources/html';

/**
 * A `<dt>` may have several `<dd>` descriptions (HTML's name-value groups): Workday lists a posting's places as
 * `<dt>locations</dt><dd>Boston, MA</dd><dd>Cambridge, MA</dd>`. Every description keeps the term's label.
 */
const filler = `<p>${'We run clinics and labs across the region and hire all year. '.repeat(3)}</p>`;
const nearTitle = (lang: string, dl: string): string =>
  `<!doctype html><html lang="${lang}"><body><main><h1>Coordinator</h1><div><dl>${dl}</dl></div><div>${filler}</div></main></body></html>`;
const inBody = (lang: string, dl: string): string =>
  `<!doctype html><html lang="${lang}"><body><main><h1>Coordinator</h1><div>${filler}<dl>${dl}</dl>${filler}</div></main></body></html>`;

describe('every description of a term carries its label', () => {
  const rows: [string, string, string, string[]][] = [
    [
      'en Workday locations',
      'en',
      '<dt>locations</dt><dd>Boston, MA</dd><dd>Cambridge, MA</dd>',
      ['Boston, MA', 'Cambridge, MA'],
    ],
    [
      'de Standorte',
      'de',
      '<dt>Standorte</dt><dd>Köln</dd><dd>Bonn</dd><dd>Düsseldorf</dd>',
      ['Köln', 'Bonn', 'Düsseldorf'],
    ],
    ['fr Lieux with a colon', 'fr', '<dt>Lieu :</dt><dd>Nantes</dd><dd>Rennes</dd>', ['Nantes', 'Rennes']],
  ];
  test.each(rows)('near the title: %s', (_name, lang, dl, places) => {
    const [posting] = parseHtmlPage(nearTitle(lang, dl), {});
    expect(posting?.fields.location).toEqual(places);
  });
  test.each(rows)('in the body: %s', (_name, lang, dl, places) => {
    const [posting] = parseHtmlPage(inBody(lang, dl), {});
    expect(posting?.fields.location).toEqual(places);
  });
});

describe('a label ends with the next term or with its list', () => {
  test('each term labels only its own descriptions', () => {
    const dl = '<dt>Location</dt><dd>Leeds</dd><dt>Time type</dt><dd>Full time</dd>';
    const [posting] = parseHtmlPage(nearTitle('en', dl), {});
    expect(posting?.fields.location).toEqual(['Leeds']);
    // Workday's "time type" is an employment-type label (field-dictionary.ts)
    expect(posting?.fields['employment type']).toEqual(['Full time']);
  });

  test('a description in a later list is not labelled by the term of an earlier one', () => {
    const html = `<!doctype html><html lang="en"><body><main><h1>Coordinator</h1><div>${filler}<dl><dt>Location</dt><dd>Leeds</dd></dl><dl><dd>Bradford</dd></dl>${filler}</div></main></body></html>`;
    const [posting] = parseHtmlPage(html, {});
    expect(posting?.fields.location).toEqual(['Leeds']);
  });
});
