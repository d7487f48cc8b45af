import { parseInput } from '../../../shared/sources/parse-input';

const page = (lang: string, body: string): string =>
  `<!doctype html><html lang="${lang}"><head><title>Jobs</title></head><body>${body}</body></html>`;

/** Each case: a small page, the passages its body must keep, and any it must leave out. */
const cases: Array<[string, string, string, string[], string[]]> = [
  [
    'a heading, a short paragraph and a longer list',
    'en',
    '<h1>Barista</h1><p>Join our café in Leeds.</p><ul><li>Prepare espresso drinks to our recipes</li><li>Keep the counter spotless</li><li>Serve customers with a smile every day</li></ul>',
    ['Join our café in Leeds.', 'Prepare espresso drinks', 'Serve customers'],
    [],
  ],
  [
    'a heading, a longer paragraph and a short list',
    'de',
    '<h1>Lagerhelfer (m/w/d)</h1><p>Wir suchen ab sofort Verstärkung für unser Lager in Kassel, in Vollzeit und mit Perspektive auf Übernahme.</p><ul><li>Staplerschein</li><li>Teamgeist</li></ul>',
    ['Wir suchen ab sofort', 'Staplerschein', 'Teamgeist'],
    [],
  ],
  [
    'the same inside a wrapper div',
    'fr',
    '<div class="wrap"><h1>Vendeur</h1><p>Notre boutique de Lyon recrute.</p><ul><li>Accueillir et conseiller la clientèle</li><li>Tenir la caisse et gérer le stock</li></ul></div>',
    ['Notre boutique de Lyon recrute.', 'Accueillir et conseiller', 'Tenir la caisse'],
    [],
  ],
  [
    'a paragraph in a wrapper of its own beside the list',
    'es',
    '<main><h1>Camarero</h1><div class="intro"><p>Restaurante en Sevilla busca camarero con experiencia en sala para la temporada de verano.</p></div><ol><li>Turnos de tarde</li></ol></main>',
    ['Restaurante en Sevilla', 'Turnos de tarde'],
    [],
  ],
  [
    'a sub-heading and its list beside the intro',
    'ja',
    '<article><h1>倉庫スタッフ</h1><p>福岡の物流センターで、入出荷や検品の作業をお願いします。未経験の方も歓迎します。シフトは相談に応じます。</p><h3>応募資格</h3><ul><li>高卒以上</li></ul></article>',
    ['福岡の物流センター', '応募資格', '高卒以上'],
    [],
  ],
  [
    'loose words beside the posting (a date line, not a paragraph) are still left out',
    'en',
    '<div class="posted">Posted 3 days ago</div><div class="job"><h1>Driver</h1><p>Deliver parcels across Bristol in one of our electric vans, five days a week.</p><ul><li>Full UK licence</li></ul></div>',
    ['Deliver parcels across Bristol', 'Full UK licence'],
    ['Posted 3 days ago'],
  ],
  [
    'a Spanish footer ("pie") and a top bar beside the posting are chrome, not content',
    'es',
    '<div id="top-bar"><a href="/">Inicio</a> | <a href="/empleo">Empleo</a></div><div id="oferta"><h1>Cocinero</h1><p>Buscamos cocinero para nuestro restaurante de Valencia.</p><ul><li>Experiencia en cocina mediterránea</li></ul></div><div id="pie"><p>© 2026 Restaurante Albufera S.L. Todos los derechos reservados. Aviso legal.</p></div>',
    ['Buscamos cocinero', 'cocina mediterránea'],
    ['Todos los derechos reservados', 'Inicio'],
  ],
];

describe('the main content of very small career pages', () => {
  test.each(cases)('%s keeps every part of the posting', (_name, lang, body, kept, dropped) => {
    const [posting] = parseInput(page(lang, body), { kind: 'html' });
    for (const passage of kept) expect(posting?.html).toContain(passage);
    for (const passage of dropped) expect(posting?.html).not.toContain(passage);
  });
});
