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

/**
 * A short sentence right after the title ("Boutique de Lyon.", "Büro in Köln.") is the posting's first line,
 * not a button or a date on the way to the facts: the list after it stays in the body instead of being read
 * as the facts under the title. Each case: a small page, the passages its body must keep.
 */
const shortSentences: Array<[string, string, string, string[]]> = [
  [
    'a three-word paragraph in French',
    'fr',
    '<h1>Vendeur</h1><p>Boutique de Lyon.</p><ul><li>Accueillir et conseiller la clientèle</li><li>Tenir la caisse</li></ul>',
    ['Boutique de Lyon.', 'Accueillir et conseiller', 'Tenir la caisse'],
  ],
  [
    'a three-word sentence in a div, in a wrapper',
    'fr',
    '<div class="wrap"><h1>Vendeur</h1><div>Boutique de Lyon.</div><ul><li>Accueillir et conseiller la clientèle</li><li>Tenir la caisse et gérer le stock</li></ul></div>',
    ['Boutique de Lyon.', 'Accueillir et conseiller', 'gérer le stock'],
  ],
  [
    'a German paragraph',
    'de',
    '<h1>Verkäufer (m/w/d)</h1><p>Büro in Köln.</p><ul><li>Kundenberatung im Laden</li><li>Kassenführung</li></ul>',
    ['Büro in Köln.', 'Kundenberatung', 'Kassenführung'],
  ],
  [
    'a loose German sentence beside the title',
    'de',
    '<main><h1>Verkäufer (m/w/d)</h1>Büro in Köln.<ul><li>Kundenberatung im Laden und am Telefon</li><li>Kassenführung und Warenpflege</li></ul></main>',
    ['Büro in Köln.', 'Kundenberatung im Laden', 'Warenpflege'],
  ],
  [
    'a Spanish exclamation in a span',
    'es',
    '<h1>Dependiente</h1><span>¡Te estamos esperando!</span><ul><li>Atención al cliente en tienda</li><li>Reposición de género</li></ul>',
    ['Te estamos esperando!', 'Atención al cliente', 'Reposición de género'],
  ],
  [
    'a short Japanese sentence',
    'ja',
    '<h1>販売スタッフ</h1><div>渋谷区の店舗です。</div><ul><li>接客・レジ業務</li><li>商品の品出し</li></ul>',
    ['渋谷区の店舗です。', '接客・レジ業務', '商品の品出し'],
  ],
  [
    'an English question in a div',
    'en',
    '<div class="job"><h1>Courier</h1><div>Love cycling in Leeds?</div><ul><li>Deliver parcels by cargo bike</li><li>Plan your own routes</li></ul></div>',
    ['Love cycling in Leeds?', 'Deliver parcels by cargo bike', 'Plan your own routes'],
  ],
];

describe('a short sentence after the title of a small page', () => {
  test.each(shortSentences)('%s begins the body', (_name, lang, body, kept) => {
    const [posting] = parseInput(page(lang, body), { kind: 'html' });
    for (const passage of kept) expect(posting?.html).toContain(passage);
    expect(Object.values(posting?.fields ?? {}).flat()).toEqual([]);
  });

  test.each([
    ['a button', 'en', '<span class="btn">Apply</span>', 'Bristol'],
    ['a date line', 'de', '<div>Veröffentlicht am 3. März 2026</div>', 'Kassel'],
    ['a two-word label', 'fr', '<div>Offre urgente</div>', 'Lyon'],
  ])('%s between the title and the facts is still passed over', (_name, lang, between, city) => {
    const body = `<h1>Driver</h1>${between}<ul class="job-meta"><li>${city}</li><li>Full-time</li></ul><p>Deliver parcels across the city in one of our electric vans, five days a week, with a fixed route and a friendly team.</p>`;
    const [posting] = parseInput(page(lang, body), { kind: 'html' });
    expect(Object.values(posting?.fields ?? {}).flat()).toContain(city);
  });

  test('a copyright line beside a small posting is not a sentence of the posting', () => {
    const body =
      '<div class="job"><h1>Courier</h1><p>Deliver parcels across Leeds by cargo bike, four days a week.</p><ul><li>Own bike welcome</li></ul></div><div>© 2026 Velo Ltd. All rights reserved.</div>';
    const [posting] = parseInput(page('en', body), { kind: 'html' });
    expect(posting?.html).toContain('Deliver parcels across Leeds');
    expect(posting?.html).not.toContain('All rights reserved');
  });
});
