import type { Element } from 'domhandler';
import fc from 'fast-check';
import { isChrome } from '../../../shared/sources/html/page-noise';
import { parseInput } from '../../../shared/sources/parse-input';
import { FUZZ_SEED } from '../../support/hostile-inputs';

const element = (attribs: Record<string, string>, name = 'div'): Element =>
  ({ type: 'tag', name, attribs, children: [] }) as unknown as Element;

/** Every chrome word, written the ways templates write class names. */
const CHROME_WORDS = [
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'onetrust',
  'cookiebot',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'footer',
  'header',
  'masthead',
  'share',
  'sharing',
  'social',
  'related',
  'similar',
  'recommended',
  'newsletter',
  'subscribe',
  'modal',
  'popup',
  'overlay',
  'banner',
  'advert',
  'ads',
  'promo',
  'toolbar',
  'pagination',
  'login',
  'signup',
];
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

describe('isChrome by class and id', () => {
  test.each(CHROME_WORDS)('"%s" counts as a whole token, however the name is written', (word) => {
    for (const name of [
      word,
      `site-${word}`,
      `${word}_wrapper`,
      `main ${word}`,
      `page${capitalised(word)}`,
      `${word}2`,
    ])
      expect([name, isChrome(element({ class: name }))]).toEqual([name, true]);
    expect(isChrome(element({ id: `js-${word}` }))).toBe(true);
  });

  test.each(CHROME_WORDS)('"%s" inside a longer word is not chrome', (word) => {
    for (const name of [`x${word}y`, `pre${word}`, `${word}ish`])
      expect([name, isChrome(element({ class: name }))]).toEqual([name, false]);
  });

  test.each([
    ['top-bar', true],
    ['topBar', true],
    ['skip-link', true],
    ['cc-window', true],
    ['GDPRBanner', true],
    ['cookieConsentOverlay', true],
    ['recipe', false],
    ['navigator', false],
    ['advertisement-free', false],
    ['shareholder-info', false],
    ['headers-table', false],
  ])('%s → %s', (name, chrome) => expect(isChrome(element({ class: name }))).toBe(chrome));

  test.each([
    ['the Spanish page footer alone', 'pie', true],
    ['the Spanish footer spelled out', 'pie-de-pagina', true],
    ['a site footer in Spanish', 'site-pie', true],
    ['a footer wrapper', 'pieWrapper', true],
    ['a pie chart', 'pie-chart', false],
    ['a pie chart in camelCase', 'pieChart', false],
    ['a dish', 'apple-pie', false],
    ['a recipe card', 'recipe-card', false],
  ])('"pie" names a footer only when nothing else is named: %s', (_name, className, chrome) => {
    expect(isChrome(element({ class: className }))).toBe(chrome);
  });

  test('a page keeps a pie chart and a recipe block inside the posting and drops its Spanish footer', () => {
    const html =
      '<!doctype html><html lang="es"><body><main><h1>Analista de datos</h1>' +
      '<p>Buscamos analista para nuestro equipo de Madrid con experiencia en cuadros de mando.</p>' +
      '<div class="pie-chart"><p>Gráficos de reparto de ventas por región cada trimestre.</p></div>' +
      '<div class="recipe"><p>Colaborar con cocina en la receta del menú de temporada.</p></div>' +
      '<ul><li>SQL avanzado</li><li>Power BI</li></ul></main>' +
      '<div id="pie-de-pagina"><p>© 2026 Datos S.L. Todos los derechos reservados.</p></div></body></html>';
    const [posting] = parseInput(html, { kind: 'html' });
    expect(posting?.html).toContain('Gráficos de reparto');
    expect(posting?.html).toContain('receta del menú');
    expect(posting?.html).not.toContain('Todos los derechos reservados');
  });

  test('tags and roles of chrome count whatever the class says', () => {
    expect(isChrome(element({ class: 'pie-chart' }, 'footer'))).toBe(true);
    expect(isChrome(element({ role: 'Navigation' }))).toBe(true);
    expect(isChrome(element({ class: 'job-description' }, 'section'))).toBe(false);
  });

  test('never throws on any attribute text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 20 }), (className, id) => {
        expect(typeof isChrome(element({ class: className, id }))).toBe('boolean');
      }),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  });
});
