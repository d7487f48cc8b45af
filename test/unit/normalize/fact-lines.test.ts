import { splitFactLine } from '../../../shared/normalize/document/fact-line';
import { normalizePosting } from '../../../shared/normalize/normalize-posting';
import type { JobPosting, SourceKind } from '../../../shared/schema/posting';
import { parseInput } from '../../../shared/sources/parse-input';

const context = { sourceId: 'fact-lines', now: new Date('2026-11-26T12:00:00Z') };

function normalize(content: string, kind: SourceKind): JobPosting {
  const raw = parseInput(content, { kind })[0];
  if (!raw) throw new Error('no posting parsed');
  return normalizePosting(raw, context);
}

describe('a line of several facts splits into its fields', () => {
  test.each([
    ['en pipes', 'Location: Leeds | Salary: £32k | Type: Permanent', ['location', 'salary', 'employment type']],
    ['de middle dots', 'Standort: Köln · Gehalt: 52.000 € · Arbeitszeit: Vollzeit', ['location', 'salary', 'hours']],
    ['fr bullets', 'Lieu : Nantes • Contrat : CDI • Salaire : 38 000 €', ['location', 'employment type', 'salary']],
    [
      'es slashes',
      'Ubicación: Bilbao / Salario: 30.000 € / Jornada: completa',
      ['location', 'salary', 'employment type'],
    ],
    [
      'ja full-width pipes',
      '勤務地：福岡市 ｜ 給与：月給25万円 ｜ 雇用形態：正社員',
      ['location', 'salary', 'employment type'],
    ],
    [
      'zh full-width pipes without spaces',
      '工作地点：成都｜薪资：15K-20K｜工作性质：全职',
      ['location', 'salary', 'employment type'],
    ],
    [
      'nl dashes',
      'Locatie: Utrecht – Salaris: € 4.000 – Dienstverband: fulltime',
      ['location', 'salary', 'employment type'],
    ],
  ])('%s: %s', (_name, line, keys) => expect(splitFactLine(line)?.map((f) => f.key)).toEqual(keys));

  test.each([
    ['pipes', '📍 Porto | 💶 1.400 € por mês | 💼 Tempo inteiro', ['location', 'salary', 'meta']],
    ['middle dots', '📍 Graz · 💰 3.100 € brutto · ⏰ 38,5 Std./Woche', ['location', 'salary', 'hours']],
  ])('icons as labels, %s: %s', (_name, line, keys) => expect(splitFactLine(line)?.map((f) => f.key)).toEqual(keys));

  test('a decorating icon does not start a fact line', () =>
    expect(splitFactLine('🚀 Fast growth | 🌍 Global team')).toBeNull());

  test('a separator inside a value keeps the value whole', () => {
    expect(splitFactLine('Location: Berlin / Munich | Salary: €60k / year')).toEqual([
      { label: 'Location', key: 'location', value: 'Berlin / Munich' },
      { label: 'Salary', key: 'salary', value: '€60k / year' },
    ]);
  });

  test.each([
    ['one fact', 'Location: Berlin | Munich'],
    ['headings, not facts', 'Requirements: Go | Benefits: gym'],
    ['a sentence with a pipe', 'We ship weekly | our stack: Go'],
    ['a URL', 'Apply: https://jobs.example/a/b'],
  ])('%s is no fact line: %s', (_name, line) => expect(splitFactLine(line)).toBeNull());
});

type Expect = { city: string; salaryMin: number; currency: string; employment: string };

describe('postings with a fact line get place, pay and contract, each from its own fact', () => {
  const rows: [string, SourceKind, string, Expect][] = [
    [
      'English Markdown header',
      'markdown',
      '# Data Analyst\n\nLocation: Leeds | Salary: £32,000 per year | Type: Permanent\n\n## What you will do\n- Build dashboards\n',
      { city: 'Leeds', salaryMin: 32000, currency: 'GBP', employment: 'FULL_TIME' },
    ],
    [
      'German text with middle dots',
      'text',
      'Buchhalter (m/w/d)\nOrt: Köln · Gehalt: 52.000 € brutto pro Jahr · Anstellung: Vollzeit\n\nAufgaben:\n- Monatsabschluss\n',
      { city: 'Cologne', salaryMin: 52000, currency: 'EUR', employment: 'FULL_TIME' },
    ],
    [
      'Japanese text with full-width pipes',
      'text',
      '経理スタッフ\n勤務地：福岡市中央区 ｜ 給与：月給25万円〜30万円 ｜ 雇用形態：正社員\n\n【仕事内容】\n・月次決算\n',
      { city: 'Fukuoka', salaryMin: 250000, currency: 'JPY', employment: 'FULL_TIME' },
    ],
    [
      'Portuguese Markdown with icon facts on one line',
      'markdown',
      '# Rececionista\n\n📍 Porto | 💶 1.400 € por mês | 💼 Tempo inteiro\n\n## Funções\n- Atender clientes\n',
      { city: 'Porto', salaryMin: 1400, currency: 'EUR', employment: 'FULL_TIME' },
    ],
    [
      'HTML paragraph with bullets',
      'html',
      '<html><body><main><h1>Chargé de clientèle</h1><p>Lieu : Nantes • Contrat : CDI • Salaire : 38 000 € par an</p><h2>Missions</h2><ul><li>Conseiller les clients</li></ul></main></body></html>',
      { city: 'Nantes', salaryMin: 38000, currency: 'EUR', employment: 'FULL_TIME' },
    ],
    [
      'HTML table with a fact in each cell',
      'html',
      '<html><body><main><h1>Analista</h1><table><tr><td>Ubicación: Bilbao</td><td>Salario: 30.000 € al año</td></tr><tr><td>Jornada: jornada completa</td><td>Inicio: enero</td></tr></table><h2>Funciones</h2><ul><li>Informes</li></ul></main></body></html>',
      { city: 'Bilbao', salaryMin: 30000, currency: 'EUR', employment: 'FULL_TIME' },
    ],
  ];
  test.each(rows)('%s', (_name, kind, content, expected) => {
    const posting = normalize(content, kind);
    expect(posting.locations.map((l) => l.city)).toEqual([expected.city]);
    expect(posting.locations[0]?.text).not.toMatch(/[|•·:：｜]/u);
    expect(posting.salary).toMatchObject({ min: expected.salaryMin, currency: expected.currency });
    expect(posting.salary?.text).not.toMatch(/[|•·｜]/u);
    expect(posting.employmentTypes).toEqual([expected.employment]);
  });
});
