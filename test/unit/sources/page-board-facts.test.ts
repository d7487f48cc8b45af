import { parseInput } from '../../../shared/sources/parse-input';
import { isPayEstimate } from '../../../shared/sources/html/page-meta';
import { isChrome } from '../../../shared/sources/html/page-noise';
import { parseHtmlFresh } from '../../../shared/normalize/document/parse-html';
import type { Element } from 'domhandler';

/** Job boards' facts beside the title: marked items in a wrapper, the employer's name, the board's pay estimate. */
const page = (facts: string, title = 'Payroll Officer') =>
  `<html><head><title>${title}</title><meta property="og:site_name" content="JobBoard"></head><body><main><section><h1>${title}</h1>${facts}</section><p>We run nine residential homes across the west of the city and employ 1,400 staff.</p><h2>Responsibilities</h2><ul><li>Process the fortnightly payroll</li><li>Answer payroll queries</li></ul></main></body></html>`;

const read = (facts: string) => parseInput(page(facts), { kind: 'html' })[0];

describe('items of a facts wrapper whose attributes say what they hold', () => {
  test.each([
    [
      'Workable data-ui spans among unlabelled facts',
      '<div><span data-ui="job-location">Nantes, France</span><span data-ui="job-workplace">Hybride</span><span data-ui="job-department">Tech</span></div>',
      { location: ['Nantes, France'], workplace: ['Hybride'], department: ['Tech'] },
    ],
    [
      'SEEK data-automation spans with a link inside',
      '<div><span data-automation="job-detail-location"><a href="/in-Parramatta">Parramatta, Sydney NSW</a></span><span data-automation="job-detail-work-type"><a href="/full-time">Full time</a></span><span data-automation="job-detail-salary">$85,000 – $95,000 per year</span></div>',
      {
        location: ['Parramatta, Sydney NSW'],
        'employment type': ['Full time'],
        salary: ['$85,000 – $95,000 per year'],
      },
    ],
    [
      'StepStone data-at list items',
      '<ul><li data-at="metadata-location"><span>Dortmund</span></li><li data-at="metadata-work-type">Vollzeit</li></ul>',
      { location: ['Dortmund'], 'employment type': ['Vollzeit'] },
    ],
  ])('%s', (_name, facts, fields) => expect(read(facts)?.fields).toMatchObject(fields));

  test('unmarked items stay meta items (counter-case)', () => {
    expect(read('<div><span>Nantes, France</span><span>Tech</span></div>')?.fields.meta).toEqual([
      'Nantes, France',
      'Tech',
    ]);
  });
});

describe("the employer's name marked beside the title", () => {
  test.each([
    [
      'advertiser-name',
      '<span data-automation="advertiser-name">Harbourview Aged Care</span>',
      'Harbourview Aged Care',
    ],
    [
      'company-name class',
      '<a class="company-name" href="/cmp/1">Westfalen Kältetechnik GmbH</a>',
      'Westfalen Kältetechnik GmbH',
    ],
    ['header-company-name', '<a data-at="header-company-name" href="/cmp/2">Nordlicht AG</a>', 'Nordlicht AG'],
  ])('%s', (_name, facts, company) => expect(read(facts)?.companyName).toBe(company));

  test.each([
    ['a company review link', '<a data-automation="company-review-link" href="/reviews">3.8 ★ 42 reviews</a>'],
    ['a company logo', '<img class="company-logo" src="/l.png" alt="Logo">'],
  ])('counter-case, %s: the site name stays', (_name, facts) => expect(read(facts)?.companyName).toBe('JobBoard'));
});

describe("a job board's pay estimate is no fact of the posting", () => {
  test.each([
    ['Gehaltsprognose Für diesen Job schätzen wir: 41.000 € – 48.500 €', true],
    ['Estimated salary: $52K – $61K a year', true],
    ['Salaire estimé : 38 000 € – 42 000 €', true],
    ['Salario estimado: 1.800.000 COP', true],
    ['推定年収 500万円〜650万円', true],
    ['Salary: £26,000 - £28,500 per annum', false],
    ['想定年収 600万円〜850万円', false],
    ['Gehalt: 3.400 € – 3.900 € monatlich', false],
  ])('%s → %s', (text, estimate) => expect(isPayEstimate(text)).toBe(estimate));

  test('an estimate block under the title is left out of the salary fields and the body', () => {
    const raw = read(
      '<div class="salary-teaser"><p>Gehaltsprognose</p><p>Für diesen Job schätzen wir: 41.000 € – 48.500 €</p></div>',
    );
    expect(raw?.fields.salary).toBeUndefined();
    expect(JSON.stringify(raw?.fields)).not.toContain('41.000');
    expect(raw?.html).not.toContain('schätzen');
  });
});

describe('share widgets named only in test attributes', () => {
  const first = (html: string): Element => {
    const body = parseHtmlFresh(`<html><body>${html}</body></html>`);
    const find = (nodes: readonly unknown[]): Element | null => {
      for (const node of nodes as Element[]) {
        if (node.type === 'tag' && node.name === 'section') return node;
        const inner = node.children ? find(node.children) : null;
        if (inner) return inner;
      }
      return null;
    };
    const found = find(body.children);
    if (!found) throw new Error('no section');
    return found;
  };
  test.each([
    ['<section data-ui="share"><a href="#">LinkedIn</a></section>', true],
    ['<section data-automation="share-job"><a href="#">X</a></section>', true],
    ['<section data-ui="job-description"><p>Text</p></section>', false],
    ['<section data-ui="shareholder-letter"><p>Text</p></section>', false],
  ])('%s → %s', (html, chrome) => expect(isChrome(first(html))).toBe(chrome));
});

describe('a block named like a menu that holds the posting', () => {
  const prose =
    '<h3>Descripción de la oferta</h3><p>Empresa con más de 25 años en la distribución de alimentos requiere un auxiliar contable para su sede administrativa.</p><p>Funciones: causación de facturas, conciliaciones bancarias y apoyo en la liquidación de impuestos.</p><p>Ofrecemos contrato a término indefinido, auxilio de transporte y horario de lunes a viernes.</p><p>Requisitos: técnico o tecnólogo en contabilidad y un año de experiencia como auxiliar contable.</p>';
  const body = (wrapper: string) =>
    `<html><head><title>Auxiliar contable</title></head><body><main><h1>Auxiliar contable</h1>${wrapper}</main></body></html>`;

  test.each([
    ['utility classes "box_border menu_top"', `<div class="box_border menu_top dFlex">${prose}</div>`, true],
    ['an id "navigation-content"', `<div id="navigation-content">${prose}</div>`, true],
  ])('%s: kept as the posting', (_name, wrapper, kept) => {
    const raw = parseInput(body(wrapper), { kind: 'html' })[0];
    expect(raw?.html?.includes('conciliaciones bancarias')).toBe(kept);
  });

  test.each([
    [
      'a real menu of links',
      '<div class="menu_top"><a href="/a">Empleos</a><a href="/b">Empresas</a><a href="/c">Salarios</a></div>',
    ],
    ['a footer named so, however long', `<div class="site-footer">${prose}</div>`],
    ['a sidebar named so', `<div class="sidebar menu">${prose}</div>`],
  ])('counter-case, %s: still chrome', (_name, wrapper) => {
    const raw = parseInput(
      body(`${wrapper}<p>Buscamos auxiliar contable con experiencia mínima de un año en causación.</p>`),
      {
        kind: 'html',
      },
    )[0];
    expect(raw?.html).not.toMatch(/conciliaciones bancarias|Empresas/);
  });
});

describe("the employer's name with a legal form among unlabelled facts", () => {
  test.each([
    [
      '<div class="mb5"><a href="/distribuidora">Distribuidora Andina de Alimentos S.A.S.</a> <span>4,2 ★ (37 evaluaciones)</span></div>',
      'Distribuidora Andina de Alimentos S.A.S.',
    ],
    ['<ul><li>Nordlicht Logistik GmbH</li><li>Hamburg</li><li>Vollzeit</li></ul>', 'Nordlicht Logistik GmbH'],
  ])('%s', (facts, company) => {
    const raw = read(facts);
    expect(raw?.companyName).toBe(company);
    expect(raw?.fields.meta ?? []).not.toContain(company);
  });

  test('counter-case: a team name without a legal form stays a meta item', () => {
    const raw = read('<ul><li>Payroll Services</li><li>Hamburg</li></ul>');
    expect(raw?.companyName).toBe('JobBoard');
    expect(raw?.fields.meta).toContain('Payroll Services');
  });
});

describe("a list of the employer's other openings headed in Japanese or Chinese", () => {
  const withOthers = (heading: string) =>
    `<html><head><title>カスタマーサクセスマネージャー</title></head><body><main><h2>カスタマーサクセスマネージャー</h2><p>株式会社ミライクラウドは中小企業向けのクラウド会計ソフトを提供しています。導入企業数は一万二千社を超えました。</p><ul><li>導入企業のオンボーディング支援</li><li>解約防止施策の企画</li></ul><div><h3>${heading}</h3><ul><li><a href="/j/1">インサイドセールス</a><span>東京都渋谷区</span></li><li><a href="/j/2">バックエンドエンジニア</a><span>大阪府大阪市</span></li></ul></div></main></body></html>`;
  test.each([['その他の募集職種'], ['その他の求人'], ['其他职位']])('%s', (heading) => {
    const raw = parseInput(withOthers(heading), { kind: 'html' })[0];
    expect(raw?.html).not.toContain('インサイドセールス');
    expect(raw?.html).toContain('オンボーディング');
  });
  test('counter-case: a section about other duties stays', () => {
    const raw = parseInput(withOthers('その他の業務'), { kind: 'html' })[0];
    expect(raw?.html).toContain('インサイドセールス');
  });
});
