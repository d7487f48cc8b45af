import { parseInput } from '../../../shared/sources/parse-input';

/** A board page: the title, the employer, then a line of its own, then the facts. */
const page = (line: string) =>
  `<html><body><main><h1>Analista de datos</h1><div><a href="/e/acme">Acme S.A.S.</a></div>${line}<div><span class="tag">Tiempo Completo</span></div><h3>Descripción</h3><p>Acme, con 20 años en el mercado, busca un analista para su equipo de operaciones en la sede principal.</p></main></body></html>`;

describe('a line under the title that holds only a place is a fact of the header, not the body', () => {
  test.each([
    ['a locality before a capital district', '<p>Fontibón, Bogotá, D.C.</p>', 'Fontibón, Bogotá, D.C.'],
    ['a city and its state', '<p>Monterrey, N.L.</p>', 'Monterrey, N.L.'],
    ['a city and its province', '<div>Córdoba, Argentina</div>', 'Córdoba, Argentina'],
    ['a city with a particle', '<p>Frankfurt am Main</p>', 'Frankfurt am Main'],
  ])('%s', (_name, line, place) => {
    const raw = parseInput(page(line), { kind: 'html' })[0];
    expect([...(raw?.fields.meta ?? []), ...(raw?.fields.location ?? [])]).toContain(place);
  });

  test.each([
    // a sentence naming a city begins the body
    ['a sentence', '<p>Trabajarás en nuestra oficina de Bogotá.</p>'],
    // a footer-like line naming a company that contains a city
    ['a copyright line', '<p>© 2026 深圳鹏程智造科技有限公司 粤ICP备20260000号</p>'],
    // a line that is no place at all
    ['a tagline', '<p>Acme S.A.S.</p>'],
  ])('counter-case: %s', (_name, line) => {
    const raw = parseInput(page(line), { kind: 'html' })[0];
    const text = line.replace(/<[^>]+>/g, '');
    expect([...(raw?.fields.meta ?? []), ...(raw?.fields.location ?? [])]).not.toContain(text);
  });
});
