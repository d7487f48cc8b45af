import { parseInput } from '../../../shared/sources/parse-input';

/** A page with no <h1>: the title is the heading inside a header marked as the job's, with the facts after it. */
const page = (header: string) =>
  `<html><body><main>${header}<section><h3>About the role</h3><p>You join a team of six people at our head office and take part in the monthly close.</p></section></main></body></html>`;

describe('a marked job header wrapping the title heading and the facts: the heading is the title', () => {
  test.each([
    [
      'fr, employer link before the heading',
      '<div class="job-header"><a href="/c/acme">Acme S.A.S.</a><h2>Comptable fournisseurs</h2><ul class="metas"><li>CDI</li><li>Nanterre (92)</li></ul></div>',
      'Comptable fournisseurs',
      ['Nanterre (92)'],
    ],
    [
      'de, facts in spans',
      '<div class="job-header"><h3>Lagerist (m/w/d)</h3><div><span>Vollzeit</span><span>Erfurt</span></div></div>',
      'Lagerist (m/w/d)',
      ['Erfurt'],
    ],
    [
      'es, header section',
      '<section class="posting-header"><h2>Analista de datos</h2><ul><li>Medellín, Antioquia</li><li>Tiempo completo</li></ul></section>',
      'Analista de datos',
      ['Medellín, Antioquia'],
    ],
  ])('%s', (_name, header, title, location) => {
    const raw = parseInput(page(header), { kind: 'html' })[0];
    expect(raw?.title).toBe(title);
    expect(raw?.fields.location ?? raw?.fields.meta).toEqual(expect.arrayContaining(location));
  });

  test.each([
    // the marked element is the heading itself: unchanged
    ['<h2 class="job-title">Data Analyst</h2><ul><li>Leeds</li></ul>', 'Data Analyst'],
    // an <h1> elsewhere in the content still wins over a marked header
    ['<h1>Data Analyst</h1><div class="job-header"><h2>About us</h2><p>Leeds</p></div>', 'Data Analyst'],
  ])('counter-case: %s', (header, title) => {
    expect(parseInput(page(header), { kind: 'html' })[0]?.title).toBe(title);
  });
});
