import { normalizeLocations } from '../../../shared/normalize/locations';
import { parseInput } from '../../../shared/sources/parse-input';
import { isTitledSummaryOf } from '../../../shared/sources/jsonld/teaser-description';

/**
 * A JSON-LD description that is a one-line summary naming the title ("Specjalista ds. zakupów w dziale
 * zaopatrzenia.") on a page that shows that title and the whole posting: the posting takes the page's body.
 * The page's place then joins the JSON-LD's: one place given on-site (JSON-LD's "not TELECOMMUTE") and hybrid
 * (the page's "praca hybrydowa") is one hybrid place.
 */
const TASKS = ['prowadzenie negocjacji z dostawcami', 'przygotowywanie zamówień', 'analiza cen i raportowanie'];
const NEEDS = ['minimum 2 lata doświadczenia w zakupach', 'znajomość języka angielskiego na poziomie B2'];
const BODY =
  `<section><h2>Zakres obowiązków</h2><ul>${TASKS.map((t) => `<li>${t} w dziale zaopatrzenia firmy</li>`).join('')}</ul></section>` +
  `<section><h2>Wymagania</h2><ul>${NEEDS.map((t) => `<li>${t}</li>`).join('')}</ul></section>` +
  `<section><h2>Oferujemy</h2><ul><li>prywatna opieka medyczna dla pracownika i rodziny</li><li>karta sportowa</li></ul></section>`;
const TITLE = 'Specjalista ds. zakupów';

const page = (description: string, h1: string): string =>
  `<!doctype html><html lang="pl"><head><script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: TITLE,
    description,
    hiringOrganization: { '@type': 'Organization', name: 'Hartmann Polska' },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Poznań', addressCountry: 'PL' } },
  })}</script></head><body><main><h1>${h1}</h1>${BODY}</main></body></html>`;

describe('a JSON-LD summary naming the title', () => {
  test.each([
    ['names the title', 'Specjalista ds. zakupów w dziale zaopatrzenia.', TITLE, true],
    ['names it in other case', 'SPECJALISTA DS. ZAKUPÓW – oferta pracy.', TITLE, true],
    ['names another title', 'Księgowa w dziale finansów.', TITLE, false],
    ['a title too short to tie them', 'Dev w zespole.', 'Dev', false],
  ])('%s', (_name, description, title, summary) => expect(isTitledSummaryOf(description, BODY, title)).toBe(summary));

  test('the posting takes the body of a page that shows the title', () => {
    const [raw] = parseInput(page('Specjalista ds. zakupów w dziale zaopatrzenia.', TITLE), { url: null });
    expect(raw?.html).toContain('znajomość języka angielskiego na poziomie B2');
  });

  test('counter-case: a page showing another title keeps the JSON-LD description', () => {
    const [raw] = parseInput(page('Specjalista ds. zakupów w dziale zaopatrzenia.', 'Księgowa'), { url: null });
    expect(raw?.html ?? raw?.text ?? '').not.toContain('na poziomie B2');
  });
});

describe('one place given on-site and hybrid', () => {
  const read = (
    raw: Array<{ text: string; city: string; workplace: 'onsite' | 'hybrid' | 'remote' }>,
    texts: string[],
  ) =>
    normalizeLocations({
      raw: raw.map((r) => ({ region: null, country: 'PL', ...r })),
      texts,
      workplace: null,
      bodyText: '',
      countryHint: 'PL',
    }).map((l) => [l.city, l.workplace]);

  test('is one hybrid place', () =>
    expect(
      read([{ text: 'Poznań, PL', city: 'Poznań', workplace: 'onsite' }], ['Poznań, Jeżyce', 'praca hybrydowa']),
    ).toEqual([['Poznań', 'hybrid']]));

  test('counter-case: on-site and remote are not made hybrid', () =>
    expect(
      read([{ text: 'Poznań, PL', city: 'Poznań', workplace: 'onsite' }], ['Poznań, Jeżyce', 'praca zdalna']).map(
        ([, w]) => w,
      ),
    ).not.toContain('hybrid'));

  test('counter-case: two places stay apart', () =>
    expect(
      read([{ text: 'Poznań, PL', city: 'Poznań', workplace: 'onsite' }], ['Gdańsk', 'praca hybrydowa']).map(
        ([c]) => c,
      ),
    ).toEqual(['Poznań', 'Gdańsk']));
});
